// The local keyring file: made once (0600), the same keys for every reader, a broken file named.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateKeyring, serializeKeyring, signToken, verifyToken } from '../../lambdas/approvals/tokens';
import { fileKeyring, loadOrCreateKeyring } from '../../lambdas/local/file-keyring';
import { tempDir } from './helpers';

describe('file keyring', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await dir.remove();
  });

  it('creates the file with one 32-byte key, mode 0600, and reads the same keys afterwards', async () => {
    const path = join(dir.path, 'token-keys.json');
    const first = await loadOrCreateKeyring(path);

    expect(((await stat(path)).mode & 0o777).toString(8)).toBe('600');
    expect(first.keys.get(first.current)?.length).toBe(32);
    expect(serializeKeyring(await loadOrCreateKeyring(path))).toBe(serializeKeyring(first));
    expect(await readFile(path, 'utf8')).toBe(serializeKeyring(first));
    // No temp files left behind.
    expect(await readdir(dir.path)).toEqual(['token-keys.json']);
  });

  it('gives concurrent first readers the same keys: a link one signs, the other verifies', async () => {
    const path = join(dir.path, 'token-keys.json');
    const [a, b, c] = await Promise.all([
      loadOrCreateKeyring(path),
      fileKeyring(path)(),
      loadOrCreateKeyring(path),
    ]);
    expect(serializeKeyring(b)).toBe(serializeKeyring(a));
    expect(serializeKeyring(c)).toBe(serializeKeyring(a));
    const token = signToken(
      { holdId: 'h1', action: 'approve', approver: 'm@x.example', expiresAt: Date.now() + 60_000 },
      a,
    );
    expect(verifyToken(token, c, { action: 'approve' }).ok).toBe(true);
  });

  it('refuses a broken file, naming it, instead of replacing the keys', async () => {
    const path = join(dir.path, 'token-keys.json');
    await writeFile(path, '{"current":"k1","keys":{"k1":"short"}}');

    await expect(loadOrCreateKeyring(path)).rejects.toThrow(/token-keys\.json: .*shorter than 32 bytes/);
    expect(await readFile(path, 'utf8')).toBe('{"current":"k1","keys":{"k1":"short"}}');
  });

  it('retries a failed read on the next call', async () => {
    const path = join(dir.path, 'token-keys.json');
    await writeFile(path, 'not json');
    const keyring = fileKeyring(path);
    await expect(keyring()).rejects.toThrow(/not JSON/);

    await writeFile(path, serializeKeyring(generateKeyring()));
    await expect(keyring()).resolves.toMatchObject({ current: 'k1' });
  });
});
