// A wired approvals world: dynalite-backed table with a directory, mocked S3/SES, a fixed clock.
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { simpleParser } from 'mailparser';
import { DynamoDirectoryStore } from '../../lambdas/adapters/aws/dynamo-directory-store';
import { type ApprovalsApi, makeApprovalsApi } from '../../lambdas/app/approvals-api';
import type { SweepDeps } from '../../lambdas/app/sweep';
import type { Telemetry } from '../../lambdas/app/telemetry';
import { Directory } from '../../lambdas/approvals/directory';
import { generateKeyring, type Keyring, signToken, type TokenAction } from '../../lambdas/approvals/tokens';
import { loadApprovalsConfig } from '../../lambdas/config';
import { parsePolicy } from '../../lambdas/domain/policy';
import { approvalsApiDeps, awsApprovalsWiring, sweepDeps } from '../../lambdas/handlers/approvals-deps';
import type { World } from '../lambdas/harness';

export const PUBLIC_URL = 'https://poise.example.com';
export const NOTIFY_FROM = 'poise@seller.example';

export const DIRECTORY_CSV = [
  'email,role,manager,team,fallback',
  'lead@seller.example,admin,,,',
  'mia@seller.example,manager,,emea,',
  'bob@seller.example,manager,,apac,',
  'sam@seller.example,rep,mia@seller.example,emea,',
  'ana@seller.example,rep,bob@seller.example,apac,',
  'ren@seller.example,rep,mia@seller.example,renewals,',
].join('\n');

export const POLICY = JSON.stringify({
  version: 1,
  teams: [{ name: 'renewals', members: ['ren@seller.example'], onExpiry: 'approve' }],
});

export interface Wired {
  api: ApprovalsApi;
  sweep: SweepDeps;
  keyring: Keyring;
  clock: { now: Date };
  logs: Array<{ level: string; message: string; fields?: Record<string, unknown> }>;
}

export async function wire(
  world: World,
  now = new Date('2026-11-27T10:00:00Z'),
  opts: { telemetry?: Telemetry } = {},
): Promise<Wired> {
  const config = loadApprovalsConfig({
    POISE_TABLE_NAME: world.tableName,
    POISE_NOTIFY_FROM: NOTIFY_FROM,
    POISE_FALLBACK_APPROVER: 'lead@seller.example',
    POISE_PUBLIC_URL: PUBLIC_URL,
    POISE_TOKEN_SECRET_ID: 'poise-token-keyring',
    POISE_POLICY_JSON: POLICY,
  });
  const clock = { now };
  const keyring = generateKeyring();
  const nowFn = () => clock.now;
  const wiring = awsApprovalsWiring(
    config,
    world.clients,
    new SecretsManagerClient({ region: 'us-east-1' }),
    {
      now: nowFn,
      keyring: async () => keyring,
      directoryCacheMs: 0,
      telemetry: opts.telemetry,
    },
  );
  const logs: Wired['logs'] = [];
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    logs.push({ level, message, fields });
  const api = makeApprovalsApi(
    approvalsApiDeps(config, wiring, { info: log('info'), warn: log('warn'), error: log('error') }, nowFn),
  );
  await new DynamoDirectoryStore(world.clients.dynamodb, world.tableName).replace(
    Directory.fromFile(DIRECTORY_CSV, 'csv', config.fallbackApprover),
    now,
  );
  expectPolicy();
  return { api, sweep: sweepDeps(config, wiring, nowFn), keyring, clock, logs };
}

function expectPolicy(): void {
  parsePolicy(POLICY); // fails the test setup loudly if the policy shape drifts
}

export function token(
  w: Wired,
  holdId: string,
  action: TokenAction,
  approver = 'mia@seller.example',
  expiresAt?: Date,
) {
  return signToken(
    { holdId, action, approver, expiresAt: expiresAt ?? new Date('2026-11-28T08:00:00Z') },
    w.keyring,
  );
}

/** Approval-flow mail sent by the notifier (raw MIME from NOTIFY_FROM), parsed. */
export async function sentMail(world: World) {
  const mails = world.relayed.filter((r) => r.source === NOTIFY_FROM);
  return Promise.all(
    mails.map(async (m) => {
      const parsed = await simpleParser(m.raw);
      return {
        to: m.destinations,
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        html: String(parsed.html),
      };
    }),
  );
}

/** Held messages relayed (SES raw sends not from the notifier). */
export function relays(world: World) {
  return world.relayed.filter((r) => r.source !== NOTIFY_FROM);
}
