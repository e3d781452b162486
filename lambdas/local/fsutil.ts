// Durable file writes for the local stack: what we acknowledge must survive a crash or power loss.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readdir, rename, rm, statfs, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp files start with this prefix so directory scans skip them. */
export const TEMP_PREFIX = '.tmp-';

/** Writes via temp file + fsync + rename + directory fsync: readers see the old file or the whole new one. */
export async function writeFileDurable(path: string, data: string | Uint8Array, mode = 0o644): Promise<void> {
  const tmp = join(dirname(path), `${TEMP_PREFIX}${basename(path)}.${randomBytes(4).toString('hex')}`);
  const fh = await open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } catch (err) {
    await fh.close().catch(() => {});
    await unlink(tmp).catch(() => {});
    throw err;
  }
  await fh.close();
  try {
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
  await fsyncDir(dirname(path));
}

export async function fsyncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export async function fsyncFile(path: string): Promise<void> {
  const fh = await open(path, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Removes a file and makes the removal durable; a missing file is fine. */
export async function removeDurable(path: string): Promise<void> {
  await rm(path, { force: true });
  await fsyncDir(dirname(path));
}

/** Deletes temp files left behind by a crash mid-write. */
export async function sweepTempFiles(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (name.startsWith(TEMP_PREFIX)) await rm(join(dir, name), { force: true });
  }
}

export class DataDirError extends Error {
  override name = 'DataDirError';
}

/**
 * Creates the data dir and proves it is writable (a probe file written and fsynced) and has room.
 * Throws DataDirError with a message a user can act on.
 */
export async function checkDataDir(dir: string, minFreeBytes: number): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const probe = join(dir, `${TEMP_PREFIX}probe`);
    await writeFileDurable(probe, 'probe');
    await unlink(probe);
  } catch (err) {
    throw new DataDirError(`data dir ${dir} is not writable (${describeFsError(err)}); set POISE_DATA_DIR`);
  }
  const fs = await statfs(dir);
  const free = Number(fs.bavail) * Number(fs.bsize);
  if (free < minFreeBytes) {
    throw new DataDirError(
      `data dir ${dir} has ${Math.floor(free / 1048576)} MiB free, less than the ${Math.ceil(minFreeBytes / 1048576)} MiB needed; free some disk space or set POISE_DATA_DIR`,
    );
  }
}

export function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}

export function describeFsError(err: unknown): string {
  const code = errorCode(err);
  const msg = err instanceof Error ? err.message : String(err);
  return code && !msg.startsWith(code) ? `${code}: ${msg}` : msg;
}
