// Deadline sweeper: given the open holds and the time, what to do. Run on a schedule (EventBridge on
// AWS, a timer locally). Every step is a conditional write with an audit event, so running twice at
// the same instant, or two sweepers at once, does each step once.
//
// Primary course, per hold:
//   1. HELD, past half its time: remind the approver (once).
//   2. HELD, past `finalAt` (90%) of its time: remind the fallback approver (once).
//   3. HELD at its deadline: EXPIRED, then the team's expiry action — reject and tell the rep (default),
//      or approve, relay and tell the rep. Never silently.
//   4. EXPIRED (a sweep died between the two writes): finish step 3.
//   5. APPROVED but not RELEASED long after the decision (a relay died): relay again (idempotent).
import { type Policy, teamFor } from '../domain/policy';
import { HoldConflict } from './errors';
import { type ExpiryAction, type HoldState, type HoldUpdate, type ReminderStage, transition } from './hold';

export interface ExpiryPolicy {
  /** @default 'reject' */
  default: ExpiryAction;
  /** Per-team override, e.g. `{ "renewals": "approve" }`. */
  teams?: Record<string, ExpiryAction>;
}

export const DEFAULT_EXPIRY_POLICY: ExpiryPolicy = { default: 'reject' };

export interface SweepOptions {
  now: Date;
  /** @default DEFAULT_EXPIRY_POLICY */
  policy?: ExpiryPolicy;
  /**
   * The expiry action for a hold; wins over `policy`. Use `expiryActionFromPolicy(policyFile)` to
   * follow the policy file's `teams[].onExpiry` by the hold's sender.
   */
  expiryActionFor?: (hold: HoldState) => ExpiryAction;
  /** Fraction of the hold's time at which the approver is reminded. @default 0.5 */
  halfAt?: number;
  /** Fraction at which the fallback approver is reminded. @default 0.9 */
  finalAt?: number;
  /** Who gets the final reminder (Directory.resolve(rep).escalation); the approver when undefined. */
  escalationFor?: (hold: HoldState) => string | undefined;
  /** An APPROVED hold not released after this long is relayed again. @default 15 minutes */
  releaseGraceMs?: number;
}

export type SweepAction =
  | { kind: 'remind'; holdId: string; stage: ReminderStage; to: string; update: HoldUpdate }
  | {
      kind: 'expire';
      holdId: string;
      action: ExpiryAction;
      /** Applied in order; stop at the first HoldConflict (someone decided first). */
      updates: HoldUpdate[];
      /** After the writes: relay the held message (approve-on-expiry). */
      relay: boolean;
      /** After the writes: tell the rep what happened. */
      notifyRep: true;
    }
  | { kind: 'relay'; holdId: string };

export function planSweep(holds: readonly HoldState[], opts: SweepOptions): SweepAction[] {
  const { now } = opts;
  const policy = opts.policy ?? DEFAULT_EXPIRY_POLICY;
  const halfAt = opts.halfAt ?? 0.5;
  const finalAt = opts.finalAt ?? 0.9;
  const grace = opts.releaseGraceMs ?? 15 * 60_000;
  const t = now.getTime();
  const actions: SweepAction[] = [];

  for (const hold of holds) {
    const actionOnExpiry =
      opts.expiryActionFor?.(hold) ?? ((hold.team && policy.teams?.[hold.team]) || policy.default);
    if (hold.status === 'HELD') {
      const start = Date.parse(hold.heldAt);
      const deadline = Date.parse(hold.deadline);
      const at = (fraction: number) => start + fraction * (deadline - start);
      if (t >= deadline || Number.isNaN(deadline)) {
        const expire = transition(hold, { type: 'expire' }, now);
        const expired = { ...hold, ...expire.set };
        const resolve = transition(expired, { type: 'resolveExpiry', action: actionOnExpiry }, now);
        actions.push({
          kind: 'expire',
          holdId: hold.id,
          action: actionOnExpiry,
          updates: [expire, resolve],
          relay: actionOnExpiry === 'approve',
          notifyRep: true,
        });
      } else if (t >= at(finalAt)) {
        // A late first sweep skips straight to the final reminder: one nudge close to the end is enough.
        if (hold.remindedFinalAt === undefined) {
          const to = opts.escalationFor?.(hold) ?? hold.approver;
          actions.push(remind(hold, 'final', to, now));
        }
      } else if (t >= at(halfAt) && hold.remindedHalfAt === undefined) {
        actions.push(remind(hold, 'half', hold.approver, now));
      }
    } else if (hold.status === 'EXPIRED') {
      const resolve = transition(hold, { type: 'resolveExpiry', action: actionOnExpiry }, now);
      actions.push({
        kind: 'expire',
        holdId: hold.id,
        action: actionOnExpiry,
        updates: [resolve],
        relay: actionOnExpiry === 'approve',
        notifyRep: true,
      });
    } else if (hold.status === 'APPROVED') {
      const decided = Date.parse(hold.decidedAt ?? '');
      if (Number.isNaN(decided) || t - decided >= grace) actions.push({ kind: 'relay', holdId: hold.id });
    }
  }
  return actions;
}

/** The policy file's per-team expiry action (`teams[].onExpiry`), by the hold's sender; default reject. */
export function expiryActionFromPolicy(policy: Policy): (hold: HoldState) => ExpiryAction {
  return (hold) => teamFor(policy, hold.rep)?.onExpiry ?? DEFAULT_EXPIRY_POLICY.default;
}

function remind(hold: HoldState, stage: ReminderStage, to: string, now: Date): SweepAction {
  return {
    kind: 'remind',
    holdId: hold.id,
    stage,
    to,
    update: transition(hold, { type: 'remind', stage, to }, now),
  };
}

/** What executing a sweep needs from the outside world. */
export interface SweepPorts {
  /** The conditional write plus its audit event; throws HoldConflict when the condition fails. */
  write(update: HoldUpdate): Promise<void>;
  remind(holdId: string, stage: ReminderStage, to: string): Promise<void>;
  /** Tells the rep the hold expired and what the policy did. */
  notifyExpiry(holdId: string, action: ExpiryAction): Promise<void>;
  /** Relays the held message (idempotent per hold) and moves it to RELEASED. */
  relay(holdId: string): Promise<void>;
}

export interface SweepReport {
  done: SweepAction[];
  /** Actions another decider beat us to (a HoldConflict): nothing to do. */
  skipped: SweepAction[];
  failed: Array<{ action: SweepAction; error: unknown }>;
}

/**
 * Runs the planned actions, one hold at a time. The write comes before the mail it announces, so a
 * crash in between loses a reminder rather than sending it twice. Known gap: if the relay of an
 * approve-on-expiry fails, step 5 of a later sweep relays it but the rep's expiry notice is not resent.
 */
export async function executeSweep(actions: readonly SweepAction[], ports: SweepPorts): Promise<SweepReport> {
  const report: SweepReport = { done: [], skipped: [], failed: [] };
  for (const action of actions) {
    try {
      if (action.kind === 'remind') {
        await ports.write(action.update);
        await ports.remind(action.holdId, action.stage, action.to);
      } else if (action.kind === 'expire') {
        for (const update of action.updates) await ports.write(update);
        if (action.relay) await ports.relay(action.holdId);
        await ports.notifyExpiry(action.holdId, action.action);
      } else {
        await ports.relay(action.holdId);
      }
      report.done.push(action);
    } catch (error) {
      if (error instanceof HoldConflict) report.skipped.push(action);
      else report.failed.push({ action, error });
    }
  }
  return report;
}
