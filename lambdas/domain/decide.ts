// PLACEHOLDER: replaced by the policy work (issue 2 §4). Signatures are the contract.
import type { Policy } from './policy';
import type { Decision, Envelope, Finding, HoldReason } from './types';

export interface DecideContext {
  /** Envelope when known (gateway); the CLI falls back to header addresses. */
  envelope?: Envelope;
  from?: string;
  recipients?: string[];
}

/** Exemption that lets a message skip detection, or undefined. */
export function exemptionFor(_policy: Policy, _ctx: DecideContext): string | undefined {
  return undefined;
}

export function decide(findings: Finding[], policy: Policy, _ctx: DecideContext = {}): Decision {
  const categories = [...new Set(findings.map((f) => f.category))];
  const verdict = categories.includes('unilateral_discount') ? 'hold' : categories.length ? 'flag' : 'pass';
  return { verdict, wouldBe: verdict, categories, findings, mode: policy.mode };
}

/** A message that could not be judged is held, whatever the mode says about findings. */
export function holdFor(reason: HoldReason, error: string, policy: Policy): Decision {
  return {
    verdict: 'hold',
    wouldBe: 'hold',
    categories: [reason],
    findings: [],
    mode: policy.mode,
    holdReason: reason,
    error,
  };
}
