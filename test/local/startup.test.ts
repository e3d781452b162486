// Start-up: an unusable data dir or a full disk is a clear error before anything listens; a second
// start reuses the data dir (same dev credentials and certificate).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirError } from '../../lambdas/local/fsutil';
import { StartError } from '../../lambdas/local/gateway';
import { startTestGateway, tempDir } from './helpers';

describe('gateway start-up', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(() => dir.remove());

  it('fails with a clear error when the data dir cannot be created', async () => {
    const file = join(dir.path, 'a-file');
    await writeFile(file, 'x');

    const start = startTestGateway(join(file, 'data'));

    await expect(start).rejects.toBeInstanceOf(DataDirError);
    await expect(start).rejects.toThrow(/data dir .*a-file\/data is not writable \(ENOTDIR/);
  });

  it('fails with a clear error when the disk is (nearly) full', async () => {
    const start = startTestGateway(join(dir.path, 'data'), { minFreeBytes: Number.MAX_SAFE_INTEGER });

    await expect(start).rejects.toThrow(/MiB free, less than the .* MiB needed/);
  });

  it('fails with a clear error when the SMTP port is taken, leaving nothing running', async () => {
    const first = await startTestGateway(join(dir.path, 'one'), { worker: false });
    try {
      const start = startTestGateway(join(dir.path, 'two'), { worker: false, smtpPort: first.smtpPort });

      await expect(start).rejects.toBeInstanceOf(StartError);
      await expect(start).rejects.toThrow(/SMTP port is not available/);
    } finally {
      await first.stop();
    }
  });

  it('reuses the data dir on a second start: same dev user and certificate', async () => {
    const first = await startTestGateway(dir.path, { worker: false });
    const creds = first.devCredentials;
    const fingerprint = first.certificateFingerprint;
    await first.stop();

    const second = await startTestGateway(dir.path, { worker: false });
    try {
      expect(second.devCredentials).toEqual(creds);
      expect(second.certificateFingerprint).toBe(fingerprint);
      expect(creds.password.length).toBeGreaterThanOrEqual(20);
    } finally {
      await second.stop();
    }
  });

  it('uses POISE_SMTP_USER/PASS credentials instead of the dev user when given', async () => {
    const gw = await startTestGateway(dir.path, {
      worker: false,
      smtpUser: { username: 'alice', password: 's3cret-pass' },
    });
    try {
      expect(gw.devCredentials).toEqual({ username: 'alice', password: 's3cret-pass', source: 'env' });
    } finally {
      await gw.stop();
    }
  });
});
