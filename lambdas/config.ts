// Runtime configuration, read once at cold start. Errors name the variable so a bad deploy fails loudly.
import { z } from 'zod';
import { defaultPolicy, type Policy, parsePolicy } from './domain/policy';
import { ENV, RAW_PREFIX } from './shared/contract';

/** SES v1 SendRawEmail refuses messages over 10 MB. */
export const SES_V1_MAX_BYTES = 10 * 1024 * 1024;
/** SES v2 SendEmail (Content.Raw) accepts up to 40 MB; anything larger is held as `oversize`. */
export const SES_V2_MAX_BYTES = 40 * 1024 * 1024;
/** Key prefix the receipt-rule S3 action writes under (`<prefix><SES message id>`); the CDK scopes IAM to it. */
export const RECEIPT_RULE_KEY_PREFIX = RAW_PREFIX;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

const email = z.string().trim().pipe(z.email());
const positiveInt = z.coerce.number().int().positive();
const csv = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );

// What every function that reads held mail and sends through SES needs (filter, approvals, sweeper).
const mailSchema = z.object({
  [ENV.tableName]: z.string().min(3),
  [ENV.maxMessageBytes]: positiveInt.max(SES_V2_MAX_BYTES).default(SES_V2_MAX_BYTES),
  [ENV.notifyFrom]: email,
  [ENV.fallbackApprover]: email,
  [ENV.sesConfigurationSet]: z.string().min(1).optional(),
  [ENV.policyJson]: z.string().optional(),
});

// The filter mails the approver signed links: it needs where they point and the keyring to sign them
// (the Secrets Manager secret on AWS, a file locally).
const filterSchema = mailSchema
  .extend({
    [ENV.holdDeadlineHours]: positiveInt.max(24 * 30).default(24),
    [ENV.publicUrl]: z.url(),
    [ENV.senderDomains]: csv,
    [ENV.tokenSecretId]: z.string().min(1).optional(),
    [ENV.tokenKeyFile]: z.string().min(1).optional(),
  })
  .refine((v) => v[ENV.tokenSecretId] || v[ENV.tokenKeyFile], {
    path: [ENV.tokenSecretId],
    message: `set it (or ${ENV.tokenKeyFile} locally): the approval links are signed with that keyring`,
  });

const ingestSchema = z.object({
  [ENV.queueUrl]: z.url(),
  [ENV.rawBucket]: z.string().min(3),
  [ENV.ingress]: z.enum(['mail-manager', 'receipt-rule']).default('mail-manager'),
});

// The approvals and sweeper Lambdas: links point at the public URL, signed with the keyring secret.
const approvalsSchema = mailSchema.extend({
  [ENV.publicUrl]: z.url(),
  [ENV.consoleUrl]: z.url().optional(),
  // An ARN or a name: Secrets Manager takes either.
  [ENV.tokenSecretId]: z.string().min(1),
});

export interface ApprovalsConfig {
  tableName: string;
  maxMessageBytes: number;
  notifyFrom: string;
  fallbackApprover: string;
  sesConfigurationSet?: string;
  policy: Policy;
  publicUrl: string;
  consoleUrl?: string;
  tokenSecretId: string;
}

export function loadApprovalsConfig(env: Env = process.env): ApprovalsConfig {
  const v = parseEnv(approvalsSchema, env);
  return {
    ...mailConfig(v),
    publicUrl: v[ENV.publicUrl],
    consoleUrl: v[ENV.consoleUrl],
    tokenSecretId: v[ENV.tokenSecretId],
  };
}

export interface FilterConfig {
  tableName: string;
  /** Messages above this many bytes are held as `oversize` (never above the SES v2 limit). */
  maxMessageBytes: number;
  holdDeadlineHours: number;
  notifyFrom: string;
  fallbackApprover: string;
  sesConfigurationSet?: string;
  policy: Policy;
  publicUrl: string;
  senderDomains: string[];
  /** Secrets Manager id of the link-signing keyring (AWS). */
  tokenSecretId?: string;
  /** A keyring file instead: the local gateway opens it and passes it to awsFilterDeps. */
  tokenKeyFile?: string;
}

export interface IngestConfig {
  queueUrl: string;
  rawBucket: string;
  ingress: 'mail-manager' | 'receipt-rule';
}

export function loadFilterConfig(env: Env = process.env): FilterConfig {
  const v = parseEnv(filterSchema, env);
  return {
    ...mailConfig(v),
    holdDeadlineHours: v[ENV.holdDeadlineHours],
    publicUrl: v[ENV.publicUrl],
    senderDomains: v[ENV.senderDomains],
    tokenSecretId: v[ENV.tokenSecretId],
    tokenKeyFile: v[ENV.tokenKeyFile],
  };
}

function mailConfig(v: z.output<typeof mailSchema>) {
  return {
    tableName: v[ENV.tableName],
    maxMessageBytes: v[ENV.maxMessageBytes],
    notifyFrom: v[ENV.notifyFrom],
    fallbackApprover: v[ENV.fallbackApprover],
    sesConfigurationSet: v[ENV.sesConfigurationSet],
    policy: loadPolicy(v[ENV.policyJson]),
  };
}

export function loadIngestConfig(env: Env = process.env): IngestConfig {
  const v = parseEnv(ingestSchema, env);
  return { queueUrl: v[ENV.queueUrl], rawBucket: v[ENV.rawBucket], ingress: v[ENV.ingress] };
}

function parseEnv<S extends z.ZodType>(schema: S, env: Env): z.infer<S> {
  // Empty strings count as unset: CDK and shells often export VAR="" for "no value".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${String(i.path[0] ?? '?')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return result.data;
}

function loadPolicy(text: string | undefined): Policy {
  if (!text) return defaultPolicy();
  try {
    return parsePolicy(text, ENV.policyJson);
  } catch (err) {
    throw new ConfigError(`Invalid configuration: ${ENV.policyJson}: ${(err as Error).message}`);
  }
}
