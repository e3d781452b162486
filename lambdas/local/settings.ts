// `npm start` settings from the environment, validated once; errors name the variable.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ENV } from '../shared/contract';
import type { GatewayOptions } from './gateway';

/** Repository root (lambdas/local/../..): the default data dir and the dev corpus are found from it. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '.poise');

const port = z.coerce.number().int().min(0).max(65535);
const schema = z.object({
  POISE_DATA_DIR: z.string().min(1).optional(),
  POISE_SMTP_PORT: port.default(2525),
  POISE_HTTP_PORT: port.default(8025),
  POISE_BIND: z.string().min(1).default('127.0.0.1'),
  POISE_UPSTREAM_SMTP: z
    .string()
    .regex(/^smtps?:\/\//, 'must look like smtp://[user:pass@]host:port')
    .optional(),
  POISE_SMTP_USER: z.string().min(1).optional(),
  POISE_SMTP_PASS: z.string().min(1).optional(),
  [ENV.maxMessageBytes]: z.coerce.number().int().positive().optional(),
  POISE_SMTP_MAX_RECIPIENTS: z.coerce.number().int().positive().default(100),
  /** `paused`: accept and queue only (inspect <data>/queue, test restarts); processing resumes on the next start. */
  POISE_WORKER: z.enum(['on', 'paused']).default('on'),
  /** Seconds between sweeper runs (approval reminders, expiry); 0 turns the timer off. */
  POISE_SWEEP_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
});

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Filter variables passed through to the in-process handler when the user sets them. */
const FILTER_VARS = [
  ENV.maxMessageBytes,
  ENV.holdDeadlineHours,
  ENV.notifyFrom,
  ENV.fallbackApprover,
  ENV.policyJson,
  ENV.publicUrl,
  ENV.senderDomains,
];

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayOptions {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${String(i.path[0] ?? '?')}: ${i.message}`);
    throw new SettingsError(`invalid settings: ${problems.join('; ')}`);
  }
  const v = parsed.data;
  if (Boolean(v.POISE_SMTP_USER) !== Boolean(v.POISE_SMTP_PASS)) {
    throw new SettingsError('invalid settings: set both POISE_SMTP_USER and POISE_SMTP_PASS, or neither');
  }
  const filterEnv: Record<string, string> = {};
  for (const name of FILTER_VARS) {
    const value = cleaned[name];
    if (value !== undefined) filterEnv[name] = value;
  }
  return {
    dataDir: v.POISE_DATA_DIR ? resolve(v.POISE_DATA_DIR) : DEFAULT_DATA_DIR,
    host: v.POISE_BIND,
    smtpPort: v.POISE_SMTP_PORT,
    httpPort: v.POISE_HTTP_PORT,
    upstreamSmtp: v.POISE_UPSTREAM_SMTP,
    smtpUser:
      v.POISE_SMTP_USER && v.POISE_SMTP_PASS
        ? { username: v.POISE_SMTP_USER, password: v.POISE_SMTP_PASS }
        : undefined,
    maxMessageBytes: v[ENV.maxMessageBytes],
    maxRecipients: v.POISE_SMTP_MAX_RECIPIENTS,
    worker: v.POISE_WORKER === 'on',
    sweepIntervalMs: v.POISE_SWEEP_INTERVAL_SECONDS * 1000,
    filterEnv,
  };
}
