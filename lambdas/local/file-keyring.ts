// The link-signing keyring kept in a file (the local stand-in for the Secrets Manager secret):
// created on first use with one random key, mode 0600, written durably; read once and cached.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, mkdir, open, readFile, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { generateKeyring, type Keyring, parseKeyring, serializeKeyring } from '../approvals/tokens';
import { errorCode, fsyncDir, TEMP_PREFIX } from './fsutil';

export function fileKeyring(path: string): () => Promise<Keyring> {
  let pending: Promise<Keyring> | undefined;
  return () => {
    pending ??= loadOrCreateKeyring(path).catch((err: unknown) => {
      pending = undefined; // retried by the next caller
      throw err;
    });
    return pending;
  };
}

/** Reads the keyring file, creating it when missing. Two processes starting at once get the same keys. */
export async function loadOrCreateKeyring(path: string): Promise<Keyring> {
  const existing = await readKeyring(path);
  if (existing) return existing;
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `${TEMP_PREFIX}${basename(path)}.${randomBytes(4).toString('hex')}`);
  const fh = await open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  try {
    await fh.writeFile(serializeKeyring(generateKeyring()));
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    // link, not rename: it fails when another process created the file first, and theirs wins.
    await link(tmp, path);
    await fsyncDir(dirname(path));
  } catch (err) {
    if (errorCode(err) !== 'EEXIST') throw err;
  } finally {
    await unlink(tmp).catch(() => {});
  }
  const created = await readKeyring(path);
  if (!created) throw new Error(`token keyring ${path}: missing right after it was written`);
  return created;
}

async function readKeyring(path: string): Promise<Keyring | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined;
    throw err;
  }
  try {
    return parseKeyring(text);
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message} (delete it to make a new one)`);
  }
}
