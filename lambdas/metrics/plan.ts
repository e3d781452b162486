// What one message or one hold decision adds to the daily counters. Pure: the outcome log and the
// approvals flow store a plan on the record they change (in the same guarded write), then apply it.
//
// Counter items (see adapters/aws/table-keys.ts):
//   pk METRICS#<yyyy-mm-dd>  sk TOTALS | TEAM#<team> | REP#<email>
// One item per scope, one numeric attribute per counter (`VERDICT#pass`, `CATEGORY#…`, `RULE#…`,
// `DECISION#approved`, `TTD#…`), so a scope's counters change together in one UpdateItem ADD.

/** A counter's attribute name on a scope item. */
export const COUNTER = {
  messages: 'MESSAGES',
  verdict: (v: string) => `VERDICT#${v}`,
  category: (c: string) => `CATEGORY#${c}`,
  rule: (r: string) => `RULE#${r}`,
  decision: (d: HoldDecision) => `DECISION#${d}`,
  ttdCount: 'TTD#count',
  ttdSumSeconds: 'TTD#sumSeconds',
  ttdBucket: (le: number) => `TTD#le#${Number.isFinite(le) ? le : 'inf'}`,
} as const;

export const SCOPE = {
  totals: 'TOTALS',
  team: (team: string) => `TEAM#${team}`,
  rep: (rep: string) => `REP#${normalizeRep(rep)}`,
} as const;

export const DECISIONS = ['approved', 'rejected', 'expired'] as const;
export type HoldDecision = (typeof DECISIONS)[number];

/**
 * Upper bounds (seconds) of the time-to-decision histogram buckets: 1 min … 3 days, then the rest.
 * Fixed, so buckets ADD up across days and percentiles are estimated from the sums.
 */
export const TTD_BUCKETS: readonly number[] = [
  60,
  300,
  900,
  1800,
  3600,
  7200,
  14_400,
  28_800,
  86_400,
  172_800,
  259_200,
  Number.POSITIVE_INFINITY,
];

export interface ScopeCounts {
  /** Counter name → amount to ADD. */
  add: Record<string, number>;
  /** Plain attributes kept on the scope item (a rep's team). */
  set?: Record<string, string>;
}

export interface CountPlan {
  /** UTC date the counts belong to (YYYY-MM-DD). */
  day: string;
  /** Scope (sort key of the counter item) → what to add there. */
  scopes: Record<string, ScopeCounts>;
}

/** The UTC calendar day of an ISO timestamp or Date. */
export function utcDay(at: string | Date): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a timestamp: ${String(at)}`);
  return date.toISOString().slice(0, 10);
}

export function normalizeRep(rep: string): string {
  return rep.trim().toLowerCase();
}

export interface MessageCountInput {
  /** Submission.receivedAt: a redelivery counts on the same day. */
  receivedAt: string;
  /** Envelope MAIL FROM; empty for bounces (no rep row then). */
  rep: string;
  team?: string;
  verdict: string;
  categories: readonly string[];
  rules: readonly string[];
}

/** The counts of one decided message: totals, its team, its rep (verdicts only on the rep row). */
export function messageCountPlan(input: MessageCountInput): CountPlan {
  const add: Record<string, number> = { [COUNTER.messages]: 1, [COUNTER.verdict(input.verdict)]: 1 };
  for (const c of new Set(input.categories)) add[COUNTER.category(c)] = 1;
  for (const r of new Set(input.rules)) add[COUNTER.rule(r)] = 1;
  const scopes: Record<string, ScopeCounts> = { [SCOPE.totals]: { add } };
  if (input.team) scopes[SCOPE.team(input.team)] = { add: { ...add } };
  if (input.rep.trim()) {
    scopes[SCOPE.rep(input.rep)] = {
      add: { [COUNTER.messages]: 1, [COUNTER.verdict(input.verdict)]: 1 },
      ...(input.team ? { set: { team: input.team } } : {}),
    };
  }
  return { day: utcDay(input.receivedAt), scopes };
}

export interface DecisionCountInput {
  decision: HoldDecision;
  /** When the hold was recorded (ISO). */
  heldAt: string;
  /** When it was decided or expired (ISO); the counts belong to this day. */
  decidedAt: string;
  team?: string;
}

/**
 * The counts of one hold decision. Time to decision is counted for approvals and rejections only:
 * an expiry is the deadline speaking, not a reviewer, and would pull the median to the deadline.
 */
export function decisionCountPlan(input: DecisionCountInput): CountPlan {
  const add: Record<string, number> = { [COUNTER.decision(input.decision)]: 1 };
  const seconds = secondsToDecision(input);
  if (seconds !== undefined) {
    add[COUNTER.ttdCount] = 1;
    add[COUNTER.ttdSumSeconds] = seconds;
    add[COUNTER.ttdBucket(bucketOf(seconds))] = 1;
  }
  const scopes: Record<string, ScopeCounts> = { [SCOPE.totals]: { add } };
  if (input.team) scopes[SCOPE.team(input.team)] = { add: { ...add } };
  return { day: utcDay(input.decidedAt), scopes };
}

/** Whole seconds from hold to a person's decision; undefined for an expiry. */
export function secondsToDecision(input: DecisionCountInput): number | undefined {
  if (input.decision === 'expired') return undefined;
  const seconds = Math.max(0, Math.round((Date.parse(input.decidedAt) - Date.parse(input.heldAt)) / 1000));
  if (!Number.isFinite(seconds)) throw new RangeError('heldAt and decidedAt must be ISO timestamps');
  return seconds;
}

/** The upper bound of the bucket a duration falls in. */
export function bucketOf(seconds: number): number {
  return TTD_BUCKETS.find((le) => seconds <= le) ?? Number.POSITIVE_INFINITY;
}
