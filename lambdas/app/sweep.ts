// Use case: one sweeper run (EventBridge schedule on AWS, a timer locally) over the open holds.
// Primary course:
//   1. Load HELD, EXPIRED and APPROVED holds (GSI1 by status) and the approver directory.
//   2. planSweep: reminders at half time and near the end, expiry by the team's policy, re-relays.
//   3. executeSweep: each step a conditional write (audit event included), then its mail or relay.
// Running twice at the same instant, or two runs at once, does every step once (the writes decide).

import type { HoldItem } from '../adapters/aws/dynamo-hold-store';
import { releaseHold } from '../approvals/actions';
import type { Directory } from '../approvals/directory';
import type { ExpiryAction, HoldStatus, HoldUpdate, ReminderStage } from '../approvals/hold';
import {
  type HoldView,
  type MailContent,
  type NoticeOptions,
  reminderMail,
  repExpiryMail,
} from '../approvals/notifications';
import { executeSweep, expiryActionFromPolicy, planSweep, type SweepReport } from '../approvals/sweeper';
import { buildActionLinks, type Keyring } from '../approvals/tokens';
import type { Policy } from '../domain/policy';

export interface SweepDeps {
  holds: {
    get(id: string): Promise<HoldItem | undefined>;
    write(update: HoldUpdate): Promise<void>;
    allByStatus(status: HoldStatus): Promise<HoldItem[]>;
  };
  directory(): Promise<Directory>;
  keyring(): Promise<Keyring>;
  mailer: { send(mail: MailContent): Promise<void> };
  relay(hold: HoldItem): Promise<{ messageId: string }>;
  view(hold: HoldItem): Promise<HoldView>;
  notice: NoticeOptions;
  publicUrl: string;
  policy: Policy;
  now(): Date;
}

export interface SweepSummary {
  considered: number;
  done: Array<{ kind: string; holdId: string; detail?: string }>;
  skipped: number;
  failed: Array<{ kind: string; holdId: string; error: string }>;
  /** Holds still HELD after this run (for the backlog metrics). */
  backlog: HoldBacklog;
}

export interface HoldBacklog {
  held: number;
  /** Age of the oldest one, in whole seconds; 0 when none. */
  oldestAgeSeconds: number;
  /** Still HELD at or past their deadline: their expiry failed (the next run retries it). */
  pastDeadline: number;
}

/** The HELD holds minus those this run expired, measured at `now`. */
export function holdBacklog(held: readonly HoldItem[], expired: ReadonlySet<string>, now: Date): HoldBacklog {
  const open = held.filter((h) => h.status === 'HELD' && !expired.has(h.id));
  const t = now.getTime();
  const oldest = Math.min(t, ...open.map((h) => Date.parse(h.heldAt)).filter(Number.isFinite));
  return {
    held: open.length,
    oldestAgeSeconds: Math.max(0, Math.round((t - oldest) / 1000)),
    // A hold without a valid deadline is expired by planSweep too, so it counts as past it.
    pastDeadline: open.filter((h) => !(Date.parse(h.deadline) > t)).length,
  };
}

export async function runSweep(deps: SweepDeps): Promise<SweepSummary> {
  const now = deps.now();
  // 1.
  const holds = (
    await Promise.all((['HELD', 'EXPIRED', 'APPROVED'] as const).map((s) => deps.holds.allByStatus(s)))
  ).flat();
  const directory = await deps.directory();
  // 2.
  const actions = planSweep(holds, {
    now,
    expiryActionFor: expiryActionFromPolicy(deps.policy),
    escalationFor: (hold) => {
      try {
        return directory.resolve(hold.rep).escalation;
      } catch {
        return undefined; // NoApprover: the approver gets the final reminder too
      }
    },
  });
  // 3.
  const load = async (id: string): Promise<HoldItem> => {
    const hold = await deps.holds.get(id);
    if (!hold) throw new Error(`hold ${id} vanished`);
    return hold;
  };
  const report: SweepReport = await executeSweep(actions, {
    write: (update) => deps.holds.write(update),
    remind: async (holdId: string, stage: ReminderStage, to: string) => {
      const hold = await load(holdId);
      const links = buildActionLinks(
        deps.publicUrl,
        { holdId, approver: to, expiresAt: new Date(hold.deadline) },
        await deps.keyring(),
      );
      await deps.mailer.send(reminderMail(await deps.view(hold), stage, to, links, deps.notice));
    },
    notifyExpiry: async (holdId: string, action: ExpiryAction) => {
      const hold = await load(holdId);
      if (!hold.rep) return; // the null sender (a bounce) has nobody to tell
      await deps.mailer.send(repExpiryMail(await deps.view(hold), action, deps.notice));
    },
    relay: async (holdId: string) => {
      const hold = await load(holdId);
      if (hold.status !== 'APPROVED') return; // released meanwhile
      await releaseHold(hold, { holds: deps.holds, relay: deps.relay, now: deps.now });
    },
  });
  const describe = (a: (typeof actions)[number]) => ({
    kind: a.kind === 'remind' ? `remind-${a.stage}` : a.kind === 'expire' ? `expire-${a.action}` : 'relay',
    holdId: a.holdId,
  });
  // Expired by this run, or decided by someone else first (skipped): no longer HELD.
  const expired = new Set(
    [...report.done, ...report.skipped].filter((a) => a.kind === 'expire').map((a) => a.holdId),
  );
  return {
    considered: holds.length,
    done: report.done.map(describe),
    skipped: report.skipped.length,
    failed: report.failed.map((f) => ({
      ...describe(f.action),
      error: f.error instanceof Error ? f.error.name : 'Unknown',
    })),
    backlog: holdBacklog(holds, expired, now),
  };
}
