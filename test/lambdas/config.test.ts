import { describe, expect, it } from 'vitest';
import { ConfigError, loadFilterConfig, loadIngestConfig, SES_V2_MAX_BYTES } from '../../lambdas/config';

const FILTER_ENV = {
  POISE_TABLE_NAME: 'poise-table',
  POISE_NOTIFY_FROM: 'poise@seller.example',
  POISE_FALLBACK_APPROVER: 'lead@seller.example',
  POISE_PUBLIC_URL: 'https://approvals.seller.example',
  POISE_TOKEN_SECRET_ID: 'arn:aws:secretsmanager:us-east-1:1:secret:poise-keyring',
};

describe('loadFilterConfig', () => {
  it('applies the defaults', () => {
    const config = loadFilterConfig(FILTER_ENV);

    expect(config).toMatchObject({
      tableName: 'poise-table',
      maxMessageBytes: SES_V2_MAX_BYTES,
      holdDeadlineHours: 24,
      notifyFrom: 'poise@seller.example',
      fallbackApprover: 'lead@seller.example',
      senderDomains: [],
      publicUrl: 'https://approvals.seller.example',
      tokenSecretId: 'arn:aws:secretsmanager:us-east-1:1:secret:poise-keyring',
    });
    expect(config.policy.mode).toBe('enforce');
  });

  it('takes a keyring file instead of the secret (the local gateway)', () => {
    const config = loadFilterConfig({
      ...FILTER_ENV,
      POISE_TOKEN_SECRET_ID: undefined,
      POISE_TOKEN_KEY_FILE: '/data/token-keys.json',
    });

    expect(config.tokenKeyFile).toBe('/data/token-keys.json');
    expect(config.tokenSecretId).toBeUndefined();
  });

  it('reads numbers and lists', () => {
    const config = loadFilterConfig({
      ...FILTER_ENV,
      POISE_MAX_MESSAGE_BYTES: '1048576',
      POISE_HOLD_DEADLINE_HOURS: '8',
      POISE_SENDER_DOMAINS: 'Seller.example, sales.seller.example,',
    });

    expect(config).toMatchObject({
      maxMessageBytes: 1048576,
      holdDeadlineHours: 8,
      senderDomains: ['seller.example', 'sales.seller.example'],
    });
  });

  it.each([
    ['POISE_TABLE_NAME', { POISE_TABLE_NAME: undefined }],
    ['POISE_TABLE_NAME', { POISE_TABLE_NAME: '' }],
    ['POISE_FALLBACK_APPROVER', { POISE_FALLBACK_APPROVER: 'not-an-address' }],
    ['POISE_NOTIFY_FROM', { POISE_NOTIFY_FROM: undefined }],
    ['POISE_MAX_MESSAGE_BYTES', { POISE_MAX_MESSAGE_BYTES: String(SES_V2_MAX_BYTES + 1) }],
    ['POISE_HOLD_DEADLINE_HOURS', { POISE_HOLD_DEADLINE_HOURS: 'soon' }],
    ['POISE_PUBLIC_URL', { POISE_PUBLIC_URL: 'not a url' }],
    // The approver's mail carries signed links: where they point and the signing key are required.
    ['POISE_PUBLIC_URL', { POISE_PUBLIC_URL: undefined }],
    ['POISE_TOKEN_SECRET_ID', { POISE_TOKEN_SECRET_ID: undefined }],
  ])('throws a ConfigError naming %s', (name, override) => {
    const attempt = () => loadFilterConfig({ ...FILTER_ENV, ...override });

    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(name);
  });
});

describe('loadIngestConfig', () => {
  it('reads the queue, bucket and ingress kind', () => {
    expect(
      loadIngestConfig({
        POISE_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/1/q',
        POISE_RAW_BUCKET: 'raw-bucket',
        POISE_INGRESS: 'receipt-rule',
      }),
    ).toEqual({
      queueUrl: 'https://sqs.us-east-1.amazonaws.com/1/q',
      rawBucket: 'raw-bucket',
      ingress: 'receipt-rule',
    });
  });

  it('throws a ConfigError naming every missing variable', () => {
    const attempt = () => loadIngestConfig({ POISE_INGRESS: 'smtp' });

    expect(attempt).toThrow(/POISE_QUEUE_URL.*POISE_RAW_BUCKET.*POISE_INGRESS/);
  });
});
