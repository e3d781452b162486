// Builders shared by the tests that drive the real filter handler factory over the harness world.
import type { ScanFn } from '../../lambdas/app/process-submission';
import { generateKeyring, type Keyring } from '../../lambdas/approvals/tokens';
import { loadFilterConfig } from '../../lambdas/config';
import type { Category, Decision, ExtractedMail, Finding } from '../../lambdas/domain/types';
import { awsFilterDeps, makeFilterHandler } from '../../lambdas/handlers/filter-handler';
import type { Submission } from '../../lambdas/ports';
import type { World } from './harness';

export const NOW = new Date('2026-11-27T09:00:00.000Z');
export const REP = 'rep@seller.example';
export const FALLBACK = 'sales-lead@seller.example';
export const PUBLIC_URL = 'https://approvals.seller.example';
/** Stands in for the Secrets Manager keyring; tests verify the mailed links with it. */
export const KEYRING = generateKeyring();

export interface BuildOptions {
  scan?: ScanFn;
  maxMessageBytes?: number;
  idempotency?: boolean;
  senderDomains?: string;
  keyring?: () => Promise<Keyring>;
}

/** The filter handler as deployed, over the world's clients, with a fixed clock. */
export function buildFilter(world: World, opts: BuildOptions = {}) {
  const config = loadFilterConfig({
    POISE_TABLE_NAME: world.tableName,
    POISE_NOTIFY_FROM: 'poise@seller.example',
    POISE_FALLBACK_APPROVER: FALLBACK,
    POISE_PUBLIC_URL: PUBLIC_URL,
    POISE_TOKEN_SECRET_ID: 'poise-test-keyring',
    POISE_MAX_MESSAGE_BYTES: opts.maxMessageBytes ? String(opts.maxMessageBytes) : undefined,
    POISE_SENDER_DOMAINS: opts.senderDomains,
  });
  const deps = awsFilterDeps(config, world.clients);
  return makeFilterHandler({
    ...deps,
    scan: opts.scan ?? deps.scan,
    keyring: opts.keyring ?? (async () => KEYRING),
    now: () => NOW,
    idempotencyStore: opts.idempotency === false ? undefined : deps.idempotencyStore,
  });
}

let seq = 0;

export function submission(over: Partial<Submission> = {}): Submission {
  const id = over.id ?? `msg-${++seq}`;
  return {
    id,
    raw: { bucket: 'poise-raw', key: `raw/${id}` },
    envelope: { mailFrom: REP, rcptTo: ['buyer@acme.example'] },
    envelopeSource: 'smtp',
    receivedAt: '2026-11-27T08:59:00.000Z',
    ingress: 'mail-manager',
    ...over,
  };
}

export function storeRaw(world: World, sub: Submission, raw: Buffer, contentLength?: number | null): void {
  world.objects.set(`${sub.raw.bucket}/${sub.raw.key}`, { body: raw, contentLength });
}

export function finding(category: Category, rule: string): Finding {
  const excerpt =
    category === 'unilateral_discount'
      ? 'I can take 30% off if you sign today.'
      : 'I need this signed to hit my quota.';
  return {
    rule,
    category,
    severity: 'high',
    field: 'body',
    excerpt,
    start: 0,
    end: excerpt.length,
    why: 'Offers a concession without anything in return.',
    suggestion: 'Tie any price change to a longer term or a larger volume.',
  };
}

/** A scanner that answers a fixed decision, so runtime tests do not depend on the detector. */
export function scanAs(
  verdict: Decision['verdict'],
  findings: Finding[],
  extra: Partial<Decision> = {},
): ScanFn {
  return async () => ({
    decision: {
      verdict,
      wouldBe: verdict,
      categories: [...new Set(findings.map((f) => f.category))],
      findings,
      mode: 'enforce',
      ...extra,
    },
    mail: extracted(),
  });
}

export function extracted(): ExtractedMail {
  return {
    subject: 'Proposal',
    body: 'FULL BODY TEXT THAT MUST NEVER LEAVE',
    htmlOnly: false,
    to: [],
    cc: [],
    attachments: [],
    warnings: [],
  };
}
