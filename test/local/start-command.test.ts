// `poise start` configuration and its start-up errors (exit 1 with a message; nothing left running).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { banner, run } from '../../bin/commands/start';
import { UsageError } from '../../bin/commands/usage';
import type { Gateway } from '../../lambdas/local/gateway';
import { DEFAULT_DATA_DIR, SettingsError, settingsFromEnv } from '../../lambdas/local/settings';
import { tempDir } from './helpers';

describe('settingsFromEnv', () => {
  it('defaults to .poise/ in the repository, 2525 and 8025 on loopback', () => {
    expect(settingsFromEnv({})).toMatchObject({
      dataDir: DEFAULT_DATA_DIR,
      host: '127.0.0.1',
      smtpPort: 2525,
      httpPort: 8025,
      worker: true,
      maxRecipients: 100,
      sweepIntervalMs: 60_000,
    });
    expect(DEFAULT_DATA_DIR).toMatch(/\.poise$/);
  });

  it('reads the POISE_* variables and passes the filter ones through', () => {
    const s = settingsFromEnv({
      POISE_SMTP_PORT: '0',
      POISE_UPSTREAM_SMTP: 'smtp://u:p@127.0.0.1:1025',
      POISE_SMTP_USER: 'alice',
      POISE_SMTP_PASS: 'pw',
      POISE_POLICY_JSON: '{"version":1}',
      POISE_WORKER: 'paused',
      POISE_SWEEP_INTERVAL_SECONDS: '5',
    });

    expect(s).toMatchObject({
      smtpPort: 0,
      upstreamSmtp: 'smtp://u:p@127.0.0.1:1025',
      smtpUser: { username: 'alice', password: 'pw' },
      worker: false,
      sweepIntervalMs: 5000,
      filterEnv: { POISE_POLICY_JSON: '{"version":1}' },
    });
  });

  it.each([
    [{ POISE_SMTP_PORT: 'seventy' }, /POISE_SMTP_PORT/],
    [{ POISE_HTTP_PORT: '70000' }, /POISE_HTTP_PORT/],
    [{ POISE_UPSTREAM_SMTP: 'mail.example.com' }, /POISE_UPSTREAM_SMTP: must look like smtp:\/\//],
    [{ POISE_SMTP_USER: 'alice' }, /set both POISE_SMTP_USER and POISE_SMTP_PASS/],
    [{ POISE_WORKER: 'off' }, /POISE_WORKER/],
    [{ POISE_SWEEP_INTERVAL_SECONDS: '-1' }, /POISE_SWEEP_INTERVAL_SECONDS/],
  ])('throws a SettingsError naming the variable for %j', (env, message) => {
    expect(() => settingsFromEnv(env)).toThrow(SettingsError);
    expect(() => settingsFromEnv(env)).toThrow(message);
  });
});

describe('poise start', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  const saved = { ...process.env };
  let errors: string[];

  beforeEach(async () => {
    dir = await tempDir();
    errors = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => {
      errors.push(line);
    });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    process.env = { ...saved };
    await dir.remove();
  });

  it('exits 1 with a clear message when the data dir is not writable', async () => {
    const file = join(dir.path, 'file');
    await writeFile(file, 'x');
    process.env.POISE_DATA_DIR = join(file, 'data');

    expect(await run([])).toBe(1);
    expect(errors.join('\n')).toMatch(/poise start: data dir .* is not writable/);
  });

  it('exits 1 naming the variable when a setting is invalid', async () => {
    process.env.POISE_SMTP_PORT = 'nope';

    expect(await run([])).toBe(1);
    expect(errors.join('\n')).toMatch(/poise start: invalid settings: POISE_SMTP_PORT/);
  });

  it('treats arguments as a usage error', async () => {
    await expect(run(['--port', '25'])).rejects.toBeInstanceOf(UsageError);
  });
});

describe('the start banner', () => {
  it('prints where the console is and how to sign in', () => {
    const gw = {
      host: '127.0.0.1',
      smtpPort: 2525,
      httpPort: 8025,
      publicUrl: 'http://127.0.0.1:8025',
      dataDir: '/tmp/poise-data',
      outboxDir: '/tmp/poise-data/outbox',
      devCredentials: { username: 'dev', password: 'smtp-pw', source: 'data-dir' },
      certificateFingerprint: 'AA:BB',
      consoleUsers: [
        { email: 'admin@localhost.localdomain', password: 'console-pw', groups: ['admins'] },
        { email: 'approver@localhost.localdomain', password: 'console-pw', groups: ['approvers'] },
      ],
    } as unknown as Gateway;

    const text = banner(gw);

    expect(text).toContain('console    http://127.0.0.1:8025/console/');
    expect(text).toMatch(/sign in\s+admin@localhost\.localdomain \(admins\)\s+password console-pw/);
    expect(text).toContain('approver@localhost.localdomain (approvers)');
    expect(text).toContain('console-credentials.json');
  });
});
