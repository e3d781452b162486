// Findings + policy + who sent it to whom → verdict.
//
// Modes only soften verdicts that come from findings:
//   enforce   — the mapped verdict (default: unilateral_discount → hold, quota_pressure → flag);
//   flag-only — holds become flags (the mail goes out, the rep and log see why);
//   audit     — decide and log only: holds become flags, `wouldBe` keeps the enforce verdict.
// Mail that could not be judged (unscannable, oversize, scanner_error) is not a finding: nobody knows
// what it says, so it follows `verdicts.<reason>` (hold by default) in every mode. A policy may relax
// that to flag; it can never be pass. A message is never lost; in doubt, hold.
import { addressMatches, DEFAULT_VERDICTS, inDomains, type Policy, teamFor } from './policy';
import type { Category, Decision, Envelope, Finding, HoldReason, Mode, Verdict } from './types';

export interface DecideContext {
  /** Envelope when known (gateway); the CLI falls back to header addresses. */
  envelope?: Envelope;
  from?: string;
  recipients?: string[];
}

const RANK: Record<Verdict, number> = { pass: 0, flag: 1, hold: 2 };

/** Exemption that lets a message skip detection, or undefined. */
export function exemptionFor(policy: Policy, ctx: DecideContext): string | undefined {
  const from = senderOf(ctx);
  if (from && policy.allow.senders.some((p) => addressMatches(p, from))) return 'allowed-sender';
  const rcpts = (ctx.envelope?.rcptTo ?? ctx.recipients ?? []).filter((r) => r.trim() !== '');
  // Unknown recipients are never exempt: Bcc may hide an outsider.
  if (rcpts.length === 0) return undefined;
  if (rcpts.every((r) => inDomains(policy.internalDomains, r))) return 'internal-recipients';
  const allowed = (r: string) =>
    inDomains(policy.internalDomains, r) || policy.allow.recipients.some((p) => addressMatches(p, r));
  if (rcpts.every(allowed)) return 'allowed-recipients';
  return undefined;
}

/** The mode that applies to this sender: their team's, else the policy's. */
export function modeFor(policy: Policy, ctx: DecideContext = {}): Mode {
  return teamFor(policy, senderOf(ctx))?.mode ?? policy.mode;
}

export function decide(findings: Finding[], policy: Policy, ctx: DecideContext = {}): Decision {
  const verdicts = policy.verdicts ?? DEFAULT_VERDICTS;
  const categories: Category[] = [];
  for (const f of findings) if (!categories.includes(f.category)) categories.push(f.category);
  let wouldBe: Verdict = 'pass';
  for (const c of categories) if (RANK[verdicts[c]] > RANK[wouldBe]) wouldBe = verdicts[c];
  const mode = modeFor(policy, ctx);
  const verdict: Verdict = mode !== 'enforce' && wouldBe === 'hold' ? 'flag' : wouldBe;
  return { verdict, wouldBe, categories, findings, mode };
}

/** A message that could not be judged is held (or flagged if the policy says so), whatever the mode. */
export function holdFor(
  reason: HoldReason,
  error: string,
  policy: Policy,
  ctx: DecideContext = {},
): Decision {
  const verdict = (policy.verdicts ?? DEFAULT_VERDICTS)[reason] ?? 'hold';
  return {
    verdict,
    wouldBe: verdict,
    categories: [reason],
    findings: [],
    mode: modeFor(policy, ctx),
    holdReason: reason,
    error,
  };
}

function senderOf(ctx: DecideContext): string | undefined {
  return ctx.envelope?.mailFrom || ctx.from || undefined;
}
