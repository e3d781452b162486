// Names shared by the CDK stacks, the Lambda config and the local stack. Change them here only.

/** Environment variables the Lambdas read (validated in lambdas/config.ts). */
export const ENV = {
  rawBucket: 'POISE_RAW_BUCKET',
  tableName: 'POISE_TABLE_NAME',
  queueUrl: 'POISE_QUEUE_URL',
  ingress: 'POISE_INGRESS',
  maxMessageBytes: 'POISE_MAX_MESSAGE_BYTES',
  holdDeadlineHours: 'POISE_HOLD_DEADLINE_HOURS',
  notifyFrom: 'POISE_NOTIFY_FROM',
  fallbackApprover: 'POISE_FALLBACK_APPROVER',
  sesConfigurationSet: 'POISE_SES_CONFIGURATION_SET',
  policyJson: 'POISE_POLICY_JSON',
  publicUrl: 'POISE_PUBLIC_URL',
  senderDomains: 'POISE_SENDER_DOMAINS',
  /** Secrets Manager id (ARN or name) of the link-signing keyring (approvals and sweeper Lambdas). */
  tokenSecretId: 'POISE_TOKEN_SECRET_ID',
  /** Local stand-in for the keyring secret: a JSON file, created (mode 0600) when missing. */
  tokenKeyFile: 'POISE_TOKEN_KEY_FILE',
  /** Where the review console is (linked from the view page). */
  consoleUrl: 'POISE_CONSOLE_URL',
} as const;

/** Key prefix of raw messages in the raw-mail bucket (receipt rules write there; IAM is scoped to it). */
export const RAW_PREFIX = 'raw/';

/** Single-table design: one table, generic key names, two GSIs. */
export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** GSI1: items by status, sorted by time (e.g. HELD holds by deadline). */
  gsi1: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  /** GSI2: holds by approver, sorted by deadline. */
  gsi2: { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ttlAttribute: 'ttl',
} as const;

/** Metric namespace shared by code and dashboard. */
export const METRICS_NAMESPACE = 'Poise';
