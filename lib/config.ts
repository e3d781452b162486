// Typed deployment configuration, read from the `poise` key of the CDK context (cdk.json or `-c`).
// Validated once at synth so a bad value fails with the key's name instead of a broken deployment.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Node } from 'constructs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { parsePolicy } from '../lambdas/domain/policy';

/** The context key that holds the whole Poise configuration. */
export const CONTEXT_KEY = 'poise';

/** Lambda caps the whole environment at 4 KB; the inlined policy must leave room for the rest. */
const MAX_POLICY_JSON_BYTES = 3_000;

/** SES v2 raw messages are capped at 40 MB; nothing larger can ever be relayed. */
const SES_MAX_RAW_BYTES = 40 * 1024 * 1024;

const domain = z
  .string()
  .regex(
    /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'expected a lower-case DNS domain',
  );

// Cognito accepts http only for localhost.
const consoleUrl = z
  .url()
  .refine(
    (v) => v.startsWith('https://') || /^http:\/\/localhost(:\d+)?\//.test(v),
    'must be https (or http://localhost)',
  );

const openAuth = z.object({
  /** Connectors are recognised by source IP only; TLS is still required. */
  auth: z.literal('open'),
  /** IPv4 ranges of the outbound connectors (Microsoft 365, Google Workspace) allowed to connect. */
  allowedConnectorCidrs: z.array(z.cidrv4()).min(1, 'list at least one connector range'),
});

const smtpAuth = z.object({
  /** SMTP AUTH with a password held in Secrets Manager; for direct SMTP clients. */
  auth: z.literal('auth'),
  /** An existing secret to use; by default the stack creates one (with its own KMS key). */
  secretArn: z.string().startsWith('arn:').optional(),
  /** Optional source-IP allow-list on top of SMTP AUTH. */
  allowedConnectorCidrs: z.array(z.cidrv4()).min(1).default(['0.0.0.0/0']),
});

const fields = z
  .object({
    /** Domains the reps send from; SES identities that must be verified in the account. */
    sendingDomains: z.array(domain).min(1, 'list at least one sending domain'),
    /** How mail reaches the gateway. */
    ingress: z.enum(['mail-manager', 'receipt-rule']).default('mail-manager'),
    /** Mail Manager ingress point authentication (mail-manager ingress only). */
    mailManager: z.discriminatedUnion('auth', [openAuth, smtpAuth]).optional(),
    /** Domain the SES receipt rule accepts mail for (receipt-rule ingress only). */
    relayDomain: domain.optional(),
    /** Hours a held message waits for an approver. */
    holdDeadlineHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(48),
    /** Approver used when a rep has no manager in the directory. */
    fallbackApprover: z.email(),
    /** From address of notices to approvers and reps; its domain must be a sending domain. */
    notifyFrom: z.email(),
    /** Receives alarm notifications (an SNS email subscription, confirmed by the recipient). */
    alarmEmail: z.email(),
    /** Largest message the filter reads; larger ones are held as oversize. */
    maxMessageBytes: z.number().int().min(1024).max(SES_MAX_RAW_BYTES).default(SES_MAX_RAW_BYTES),
    /** Days raw mail stays in S3. */
    rawRetentionDays: z.number().int().min(1).max(3650).default(30),
    /** Deliveries of one Submission before it moves to the dead-letter queue. */
    maxReceiveCount: z.number().int().min(1).max(1000).default(5),
    /** Public base URL of the approval links; by default the console's URL (its CloudFront distribution or `console.domainName`). */
    publicUrl: z.url().optional(),
    /** The review console's sign-in (Cognito hosted UI) and the approvals sweeper. */
    console: z
      .object({
        /** Hosted UI domain prefix: `<prefix>.auth.<region>.amazoncognito.com`, unique per region. */
        domainPrefix: z
          .string()
          .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'lower-case letters, digits and hyphens')
          .refine((v) => !/aws|amazon|cognito/.test(v), 'may not contain aws, amazon or cognito'),
        /**
         * Extra URLs the hosted UI may return an authorization code to (https, or http://localhost), e.g. a
         * console under development; the deployed console's own URL is always allowed.
         */
        callbackUrls: z.array(consoleUrl).default([]),
        /** Where the hosted UI may send the console after sign-out. */
        logoutUrls: z.array(consoleUrl).default([]),
        /** Minutes between sweeper runs (reminders, expiry). */
        sweepIntervalMinutes: z.number().int().min(1).max(60).default(5),
        /** Your own host name for the console distribution (a CNAME to it); needs certificateArn. */
        domainName: domain.optional(),
        /** ACM certificate in us-east-1 covering domainName (CloudFront requires us-east-1). */
        certificateArn: z
          .string()
          .regex(
            /^arn:aws[\w-]*:acm:us-east-1:\d{12}:certificate\/[\w-]+$/,
            'an ACM certificate ARN in us-east-1',
          )
          .optional(),
      })
      .strict()
      .refine((c) => (c.domainName === undefined) === (c.certificateArn === undefined), {
        message: 'domainName and certificateArn go together',
        path: ['certificateArn'],
      }),
    /** Policy file (YAML or JSON, validated at synth) inlined into the filter's environment; by default the built-in policy. */
    policyFile: z.string().min(1).optional(),
  })
  .strict();

const schema = fields.superRefine((c, ctx) => {
  if (c.ingress === 'mail-manager' && !c.mailManager) {
    ctx.addIssue({
      code: 'custom',
      path: ['mailManager'],
      message:
        "required when ingress is 'mail-manager' ({auth: 'open', allowedConnectorCidrs} or {auth: 'auth'})",
    });
  }
  if (c.ingress === 'receipt-rule' && !c.relayDomain) {
    ctx.addIssue({
      code: 'custom',
      path: ['relayDomain'],
      message: "required when ingress is 'receipt-rule'",
    });
  }
  const notifyDomain = c.notifyFrom.split('@')[1]?.toLowerCase();
  if (notifyDomain && !c.sendingDomains.includes(notifyDomain)) {
    ctx.addIssue({
      code: 'custom',
      path: ['notifyFrom'],
      message: `domain ${notifyDomain} is not one of sendingDomains, so SES would refuse to send from it`,
    });
  }
  // Raw mail must outlive a hold, or an approval would find nothing to relay.
  if (c.rawRetentionDays * 24 < c.holdDeadlineHours + 24) {
    ctx.addIssue({
      code: 'custom',
      path: ['rawRetentionDays'],
      message: `must keep raw mail at least a day beyond holdDeadlineHours (${c.holdDeadlineHours} h)`,
    });
  }
});

export type PoiseConfigInput = z.input<typeof schema>;

/** Validated configuration, with the policy file already read. */
export type PoiseConfig = Omit<z.output<typeof schema>, 'policyFile'> & {
  /** Minified policy JSON, or undefined for the built-in policy. */
  policyJson?: string;
};

/** Thrown when the context is invalid; the message names every offending key. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

// `-c key=value` always yields strings: accept JSON for arrays, objects and numbers.
function fromCli(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (/^[[{]/.test(trimmed) || /^-?\d+(\.\d+)?$/.test(trimmed)) {
    try {
      return JSON.parse(trimmed);
    } catch {
      return value;
    }
  }
  return value;
}

function describe(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const key = [CONTEXT_KEY, ...issue.path.map(String)].join('.');
      return `  - ${key}: ${issue.message}`;
    })
    .join('\n');
}

/**
 * Validates raw context into a PoiseConfig.
 * @param raw the value of the `poise` context key
 * @param baseDir directory that a relative `policyFile` is resolved against
 */
export function parseConfig(raw: unknown, baseDir: string = process.cwd()): PoiseConfig {
  if (raw === undefined) {
    throw new ConfigError(
      `Missing CDK context key '${CONTEXT_KEY}' (see cdk.json and the README, Deploy to AWS)`,
    );
  }
  const value = fromCli(raw);
  const normalised =
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromCli(v)]))
      : value;
  const result = schema.safeParse(normalised);
  if (!result.success) {
    throw new ConfigError(`Invalid CDK context '${CONTEXT_KEY}':\n${describe(result.error.issues)}`);
  }
  const { policyFile, ...config } = result.data;
  return { ...config, policyJson: policyFile ? readPolicy(resolve(baseDir, policyFile)) : undefined };
}

function readPolicy(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${CONTEXT_KEY}.policyFile: cannot read ${path}: ${(error as Error).message}`);
  }
  // Validate at synth, so a bad policy fails the deploy with its line numbers, not the cold start.
  try {
    parsePolicy(text, path);
  } catch (error) {
    throw new ConfigError(`${CONTEXT_KEY}.policyFile: ${(error as Error).message}`);
  }
  // The file as written (YAML is a superset of JSON), minified; the Lambda validates it again.
  const json = JSON.stringify(parseYaml(text));
  if (Buffer.byteLength(json) > MAX_POLICY_JSON_BYTES) {
    throw new ConfigError(
      `${CONTEXT_KEY}.policyFile: ${path} is ${Buffer.byteLength(json)} bytes minified; ` +
        `Lambda environment variables allow about ${MAX_POLICY_JSON_BYTES}`,
    );
  }
  return json;
}

/**
 * Reads and validates the configuration from a construct's context. Single keys can be
 * overridden on the command line as `-c poise:<key>=<value>` (JSON for lists and objects).
 */
export function loadConfig(node: Node, baseDir?: string): PoiseConfig {
  const base: unknown = fromCli(node.tryGetContext(CONTEXT_KEY));
  const overrides = Object.fromEntries(
    Object.keys(fields.shape)
      .map((key) => [key, node.tryGetContext(`${CONTEXT_KEY}:${key}`)] as const)
      .filter(([, value]) => value !== undefined),
  );
  if (base === undefined && Object.keys(overrides).length === 0) return parseConfig(undefined, baseDir);
  const merged = base && typeof base === 'object' && !Array.isArray(base) ? { ...base, ...overrides } : base;
  return parseConfig(Object.keys(overrides).length > 0 ? merged : base, baseDir);
}
