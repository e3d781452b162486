// Hold decisions in the daily counters, for the approvals flow (approve, reject, expire).
//
// Same idea as the outcome log: the hold's guarded transition is the dedupe. Put `decisionMark(input)`
// into the same conditional write that moves the hold out of HELD (e.g. the `alsoSet` of
// approvals/hold.ts toConditionalUpdate), then call `recordDecision`: a replayed link or a second
// sweeper run loses the transition and never reaches it. If the process dies before the counts are
// applied, the mark stays on the hold item and `finishDecisionCounts` (the sweeper) adds them later;
// only a death between one scope's ADD and removing its mark counts that scope twice. Without the
// mark, recordDecision still works, at most once per won transition (a crash loses the count).
import { keys } from '../adapters/aws/table-keys';
import type { Telemetry } from '../app/telemetry';
import { type DecisionCountInput, decisionCountPlan, type HoldDecision, secondsToDecision } from './plan';
import { DUE, type MetricsCounters } from './ports';

export interface DecisionRecord extends DecisionCountInput {
  holdId: string;
}

/**
 * Attributes to SET with the transition HELD → APPROVED | REJECTED | EXPIRED. Call it for those three
 * only: EXPIRED → APPROVED|REJECTED (the expiry action) and APPROVED → RELEASED are not decisions.
 */
export function decisionMark(input: DecisionCountInput): Record<string, unknown> {
  const plan = decisionCountPlan(input);
  return { [DUE.counts]: plan.scopes, [DUE.day]: plan.day };
}

/**
 * Adds the decision (and time to decision) to the day it was made and clears the hold's mark. With
 * `telemetry`, also emits HoldsApproved|Rejected|Expired and TimeToDecision (EMF) first, so a storage
 * failure does not swallow them.
 */
export async function recordDecision(
  counters: MetricsCounters,
  input: DecisionRecord,
  opts: { telemetry?: Telemetry } = {},
): Promise<void> {
  opts.telemetry?.holdDecision(input.decision, secondsToDecision(input));
  await counters.apply(keys.hold(input.holdId), decisionCountPlan(input));
}

/** Repair: applies counts a crashed decider left on the hold item. True when there were any. */
export async function finishDecisionCounts(counters: MetricsCounters, holdId: string): Promise<boolean> {
  const due = await counters.due(keys.hold(holdId));
  if (!due) return false;
  await counters.apply(keys.hold(holdId), due);
  return true;
}

/** The parts of an approvals HoldUpdate this needs (structural: no import of the approvals core). */
export interface HoldTransitionLike {
  expect: { status: string };
  set: { status: string };
  audit: { at: string };
}

/**
 * What to count for a hold transition, or undefined when it is not a counted decision (only
 * HELD → APPROVED|REJECTED|EXPIRED are). For a hold store's `alsoSet` and the call after the write:
 * `const c = decisionCountsFor(update, hold); … alsoSet: c ? decisionMark(c) : {}; … if (c) recordDecision(…)`.
 */
export function decisionCountsFor(
  update: HoldTransitionLike,
  hold: { heldAt: string; team?: string },
): DecisionCountInput | undefined {
  if (update.expect.status !== 'HELD') return undefined;
  const decision = decisionFor(update.set.status);
  if (!decision) return undefined;
  return {
    decision,
    heldAt: hold.heldAt,
    decidedAt: update.audit.at,
    ...(hold.team ? { team: hold.team } : {}),
  };
}

/** The decision to count for a hold status reached from HELD, or undefined. */
export function decisionFor(status: string): HoldDecision | undefined {
  if (status === 'APPROVED') return 'approved';
  if (status === 'REJECTED') return 'rejected';
  if (status === 'EXPIRED') return 'expired';
  return undefined;
}
