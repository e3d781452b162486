import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** What the filter needs from the environment besides its keyring. */
function stubFilterEnv(): void {
  vi.stubEnv('AWS_REGION', 'us-east-1');
  vi.stubEnv('POISE_TABLE_NAME', 'poise-table');
  vi.stubEnv('POISE_NOTIFY_FROM', 'poise@seller.example');
  vi.stubEnv('POISE_FALLBACK_APPROVER', 'lead@seller.example');
  vi.stubEnv('POISE_PUBLIC_URL', 'https://approvals.seller.example');
}

describe('deployed entry points', () => {
  it('fail at cold start with an error naming the missing variable', async () => {
    vi.stubEnv('POISE_TABLE_NAME', '');

    await expect(import('../../lambdas/handlers/filter')).rejects.toThrow(/POISE_TABLE_NAME/);
  });

  it('build the filter and ingest handlers once from the environment', async () => {
    stubFilterEnv();
    vi.stubEnv('POISE_TOKEN_SECRET_ID', 'poise-keyring');
    vi.stubEnv('POISE_QUEUE_URL', 'https://sqs.us-east-1.amazonaws.com/1/q');
    vi.stubEnv('POISE_RAW_BUCKET', 'poise-raw');

    const filter = await import('../../lambdas/handlers/filter');
    const ingest = await import('../../lambdas/handlers/ingest');

    expect(typeof filter.handler).toBe('function');
    expect(typeof ingest.handler).toBe('function');
  });

  it('leave the keyring file to the local gateway: the deployed filter refuses to start with one', async () => {
    stubFilterEnv();
    vi.stubEnv('POISE_TOKEN_KEY_FILE', '/tmp/poise-token-keys.json');

    await expect(import('../../lambdas/handlers/filter')).rejects.toThrow(/POISE_TOKEN_KEY_FILE/);
  });
});
