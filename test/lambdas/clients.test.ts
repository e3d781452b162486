import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeAwsClients } from '../../lambdas/adapters/aws/clients';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('makeAwsClients', () => {
  it('uses path-style S3 URLs and the local SES endpoint for SES v2 when endpoints are set', async () => {
    vi.stubEnv('AWS_REGION', 'us-east-1');
    const clients = makeAwsClients({
      AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:4568',
      AWS_ENDPOINT_URL_SES: 'http://127.0.0.1:4579',
    });

    expect(clients.s3.config.forcePathStyle).toBe(true);
    const endpoint = await clients.sesV2.config.endpoint?.();
    expect(endpoint?.hostname).toBe('127.0.0.1');
    expect(endpoint?.port).toBe(4579);
  });

  it('keeps virtual-hosted S3 URLs on AWS', () => {
    vi.stubEnv('AWS_REGION', 'us-east-1');

    expect(makeAwsClients({}).s3.config.forcePathStyle).toBe(false);
  });
});
