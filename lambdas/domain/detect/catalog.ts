// The built-in rules: ids are stable (metrics dimension, policy overrides), texts are shown to reps.
import type { Category, Severity } from '../types';

export interface RuleInfo {
  id: string;
  category: Category;
  severity: Severity;
  why: string;
  suggestion: string;
}

const rules = [
  {
    id: 'qp.own-target',
    category: 'quota_pressure',
    severity: 'high',
    why: "Mentions the rep's own quota, number, target or commission to push the buyer.",
    suggestion:
      'Leave your targets out; tie timing to what the buyer gains (go-live, budget, their deadline).',
  },
  {
    id: 'qp.own-period',
    category: 'quota_pressure',
    severity: 'medium',
    why: "Uses the seller's own quarter, month or fiscal period close as the reason to hurry.",
    suggestion: "Drop your period end; if timing matters, anchor it to the buyer's own dates.",
  },
  {
    id: 'qp.manager-pressure',
    category: 'quota_pressure',
    severity: 'medium',
    why: "Passes the rep's manager or leadership pressure on to the buyer.",
    suggestion: "Keep internal reviews internal; ask what timeline works for the buyer's process.",
  },
  {
    id: 'qp.personal-stakes',
    category: 'quota_pressure',
    severity: 'medium',
    why: 'Asks the buyer to act as a personal favour to the rep.',
    suggestion: 'Make the case on the value to the buyer, not on what it means for you.',
  },
  {
    id: 'qp.seller-deadline',
    category: 'quota_pressure',
    severity: 'low',
    why: "Presses for signature by a date that serves the seller's calendar, with no reason for the buyer.",
    suggestion: 'Ask which date fits their process, or give a buyer-side reason for the timing.',
  },
  {
    id: 'qp.deadline-offer',
    category: 'quota_pressure',
    severity: 'medium',
    why: 'Makes an offer expire on a short deadline set by the seller.',
    suggestion: "Don't put an expiry on terms to force a signature; agree a timeline with the buyer.",
  },
  {
    id: 'ud.price-cut',
    category: 'unilateral_discount',
    severity: 'high',
    why: 'Offers a price cut or discount without asking for anything in return.',
    suggestion: 'Trade, do not give: tie any price change to term, volume, prepayment or a reference.',
  },
  {
    id: 'ud.free-extra',
    category: 'unilateral_discount',
    severity: 'high',
    why: 'Gives something of value away (free add-on, waived fee, covered costs) for nothing in return.',
    suggestion: 'Hold the extra back, or offer it only in exchange for something of equal value.',
  },
  {
    id: 'ud.trial-extension',
    category: 'unilateral_discount',
    severity: 'medium',
    why: 'Extends a trial or pilot or grants free time unprompted.',
    suggestion: 'Agree success criteria and a decision date before extending any trial.',
  },
  {
    id: 'ud.price-flexibility',
    category: 'unilateral_discount',
    severity: 'medium',
    why: 'Signals that the price is negotiable before the buyer has offered anything.',
    suggestion: 'Restate the value behind the price; discuss changes only against a concrete trade.',
  },
  {
    id: 'ud.price-match',
    category: 'unilateral_discount',
    severity: 'high',
    why: "Matches a competitor's price or holds an old rate without a trade.",
    suggestion: 'Compare on value and scope; any price protection should come with a longer commitment.',
  },
  {
    id: 'ud.payment-terms',
    category: 'unilateral_discount',
    severity: 'medium',
    why: 'Extends payment terms beyond standard at no cost to the buyer.',
    suggestion: 'Keep standard payment terms unless the buyer gives something back.',
  },
] as const satisfies readonly RuleInfo[];

export type BuiltinRuleId = (typeof rules)[number]['id'];
export const BUILTIN_RULES: readonly RuleInfo[] = rules;
export const BUILTIN_RULE_IDS: ReadonlySet<string> = new Set(rules.map((r) => r.id));

export function ruleInfo(id: BuiltinRuleId): RuleInfo {
  const r = BUILTIN_RULES.find((x) => x.id === id);
  if (!r) throw new Error(`unknown rule ${id}`);
  return r;
}
