// The deployed approvals and sweeper modules: built once from the environment, failing loudly.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const ENV = {
  AWS_REGION: 'us-east-1',
  POISE_TABLE_NAME: 'poise-table',
  POISE_NOTIFY_FROM: 'poise@seller.example',
  POISE_FALLBACK_APPROVER: 'lead@seller.example',
  POISE_PUBLIC_URL: 'https://poise.seller.example',
  POISE_TOKEN_SECRET_ID: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:poise-keyring',
};

describe('approvals and sweeper entry points', () => {
  it.each(['approvals', 'sweeper'])(
    '%s builds its handler from the environment without calling AWS',
    async (name) => {
      for (const [k, v] of Object.entries(ENV)) vi.stubEnv(k, v);
      const mod = await import(`../../lambdas/handlers/${name}.ts`);
      expect(typeof mod.handler).toBe('function');
    },
  );

  it.each([
    ['POISE_TOKEN_SECRET_ID', ''],
    ['POISE_PUBLIC_URL', 'not a url'],
  ])('fails at cold start naming %s', async (name, value) => {
    for (const [k, v] of Object.entries(ENV)) vi.stubEnv(k, v);
    vi.stubEnv(name, value);
    await expect(import('../../lambdas/handlers/approvals')).rejects.toThrow(name);
  });
});
