// The hold state machine. Pure: `transition` says what to write and under which condition; adapters
// perform it as one conditional write (DynamoDB UpdateItem with a ConditionExpression, or
// `applyUpdate` on an in-memory record), so two deciders racing on one hold cannot both win.
//
//   HELD ──approve──► APPROVED ──release(SES id)──► RELEASED
//   HELD ──reject───► REJECTED
//   HELD ──expire───► EXPIRED ──resolveExpiry(reject)──► REJECTED
//                             └─resolveExpiry(approve)─► APPROVED ──release──► RELEASED
//   HELD ──remind(half|final)──► HELD   (each stage at most once)
//
// This is also what makes a link single-use: a replayed approve finds the hold APPROVED, not HELD.
import { HoldConflict, InvalidInput, InvalidTransition } from './errors';
import { cleanMultiline } from './text';

export const HOLD_STATUSES = ['HELD', 'APPROVED', 'REJECTED', 'EXPIRED', 'RELEASED'] as const;
export type HoldStatus = (typeof HOLD_STATUSES)[number];
export type ExpiryAction = 'reject' | 'approve';
export type ReminderStage = 'half' | 'final';
export type DecisionVia = 'link' | 'console' | 'expiry';

/** Actor recorded when the deadline, not a person, decided. */
export const EXPIRY_ACTOR = 'system:expiry';
export const SWEEPER_ACTOR = 'system:sweeper';
/** Actor of the RELEASED step: the relay, whoever approved. */
export const RELAY_ACTOR = 'system:relay';
export const MAX_NOTE_LENGTH = 2000;

/** The hold item's fields the state machine reads and writes (the item holds more: findings, raw...). */
export interface HoldState {
  id: string;
  status: HoldStatus;
  /** The sender (envelope MAIL FROM). */
  rep: string;
  approver: string;
  /** ISO 8601. */
  heldAt: string;
  /** ISO 8601. */
  deadline: string;
  team?: string;
  remindedHalfAt?: string;
  remindedFinalAt?: string;
  expiredAt?: string;
  decidedBy?: string;
  decidedAt?: string;
  decidedVia?: DecisionVia;
  note?: string;
  sesMessageId?: string;
  releasedAt?: string;
}

export type HoldCommand =
  | { type: 'approve'; by: string; via: 'link' | 'console'; note?: string }
  | { type: 'reject'; by: string; via: 'link' | 'console'; note: string }
  | { type: 'remind'; stage: ReminderStage; to: string }
  | { type: 'expire' }
  | { type: 'resolveExpiry'; action: ExpiryAction }
  | { type: 'release'; sesMessageId: string };

/** Names of audit events; each happens at most once per hold, so it can key an append-only item. */
export type AuditEventName =
  | 'approved'
  | 'rejected'
  | 'reminded-half'
  | 'reminded-final'
  | 'expired'
  | 'released';

export interface AuditEvent {
  holdId: string;
  event: AuditEventName;
  /** ISO 8601. */
  at: string;
  /** The approver's email, or EXPIRY_ACTOR / SWEEPER_ACTOR / RELAY_ACTOR. */
  actor: string;
  from: HoldStatus;
  to: HoldStatus;
  /** Small, non-content facts: via, note, reminder recipient, SES message id. Never message text. */
  detail: Record<string, string>;
}

/** Fields a transition may set (status always). */
export type HoldChanges = Partial<
  Omit<HoldState, 'id' | 'rep' | 'approver' | 'heldAt' | 'deadline' | 'team'>
> & {
  status: HoldStatus;
};

/** Fields whose absence a reminder write requires (so each reminder is recorded once). */
export type AbsentField = 'remindedHalfAt' | 'remindedFinalAt';

/** One conditional write: apply `set` only if the hold is still `expect.status` (and `absent` unset). */
export interface HoldUpdate {
  holdId: string;
  expect: { status: HoldStatus; absent?: AbsentField };
  set: HoldChanges;
  audit: AuditEvent;
  /** When the hold was made and for which team: fixed once written, what decision metrics count by. */
  held: { heldAt: string; team?: string };
}

export function transition(hold: HoldState, command: HoldCommand, now: Date): HoldUpdate {
  const at = now.toISOString();
  const fail = (): never => {
    throw new InvalidTransition(hold.id, hold.status, command.type);
  };
  const update = (
    expect: HoldUpdate['expect'],
    set: HoldChanges,
    event: AuditEventName,
    actor: string,
    detail: Record<string, string>,
  ): HoldUpdate => ({
    holdId: hold.id,
    expect,
    set,
    audit: { holdId: hold.id, event, at, actor, from: expect.status, to: set.status, detail },
    held: { heldAt: hold.heldAt, ...(hold.team ? { team: hold.team } : {}) },
  });

  switch (command.type) {
    case 'approve': {
      if (hold.status !== 'HELD') return fail();
      const by = actorEmail(command.by);
      const note = cleanNote(command.note);
      return update(
        { status: 'HELD' },
        {
          status: 'APPROVED',
          decidedBy: by,
          decidedAt: at,
          decidedVia: command.via,
          ...(note ? { note } : {}),
        },
        'approved',
        by,
        { via: command.via, ...(note ? { note } : {}) },
      );
    }
    case 'reject': {
      if (hold.status !== 'HELD') return fail();
      const by = actorEmail(command.by);
      const note = cleanNote(command.note);
      if (!note) throw new InvalidInput('a rejection needs a note for the rep');
      return update(
        { status: 'HELD' },
        { status: 'REJECTED', decidedBy: by, decidedAt: at, decidedVia: command.via, note },
        'rejected',
        by,
        { via: command.via, note },
      );
    }
    case 'remind': {
      const field: AbsentField = command.stage === 'half' ? 'remindedHalfAt' : 'remindedFinalAt';
      if (hold.status !== 'HELD' || hold[field] !== undefined) return fail();
      return update(
        { status: 'HELD', absent: field },
        { status: 'HELD', [field]: at },
        command.stage === 'half' ? 'reminded-half' : 'reminded-final',
        SWEEPER_ACTOR,
        { to: actorEmail(command.to) },
      );
    }
    case 'expire': {
      if (hold.status !== 'HELD') return fail();
      if (now.getTime() < Date.parse(hold.deadline)) {
        throw new InvalidTransition(hold.id, hold.status, 'expire before the deadline');
      }
      return update({ status: 'HELD' }, { status: 'EXPIRED', expiredAt: at }, 'expired', SWEEPER_ACTOR, {
        deadline: hold.deadline,
      });
    }
    case 'resolveExpiry': {
      if (hold.status !== 'EXPIRED') return fail();
      const to = command.action === 'approve' ? 'APPROVED' : 'REJECTED';
      return update(
        { status: 'EXPIRED' },
        { status: to, decidedBy: EXPIRY_ACTOR, decidedAt: at, decidedVia: 'expiry' },
        command.action === 'approve' ? 'approved' : 'rejected',
        EXPIRY_ACTOR,
        { via: 'expiry', policy: `${command.action}-on-expiry` },
      );
    }
    case 'release': {
      if (hold.status !== 'APPROVED') return fail();
      if (!command.sesMessageId.trim()) throw new InvalidInput('release needs the SES message id');
      return update(
        { status: 'APPROVED' },
        { status: 'RELEASED', sesMessageId: command.sesMessageId, releasedAt: at },
        'released',
        RELAY_ACTOR,
        { sesMessageId: command.sesMessageId },
      );
    }
  }
}

/** Whether the write's condition holds for this record. */
export function conditionHolds(hold: HoldState, update: HoldUpdate): boolean {
  return (
    hold.id === update.holdId &&
    hold.status === update.expect.status &&
    (update.expect.absent === undefined || hold[update.expect.absent] === undefined)
  );
}

/** Applies the write to an in-memory record, or throws HoldConflict when its condition fails. */
export function applyUpdate<H extends HoldState>(hold: H, update: HoldUpdate): H {
  if (!conditionHolds(hold, update)) throw new HoldConflict(update.holdId, update.expect.status);
  return { ...hold, ...update.set };
}

/** The statuses a hold never leaves. */
export function isFinal(status: HoldStatus): boolean {
  return status === 'REJECTED' || status === 'RELEASED';
}

// ---- DynamoDB shape, still SDK-free: plain values for the document client or util-dynamodb marshall.

export interface ConditionalUpdateExpression {
  UpdateExpression: string;
  ConditionExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
}

/**
 * The UpdateItem parts for a HoldUpdate (the caller adds TableName and Key). `alsoSet` carries the
 * adapter's own attributes that follow the status, e.g. the GSI key `HOLD#<status>`.
 * On ConditionalCheckFailedException the adapter throws HoldConflict.
 */
export function toConditionalUpdate(
  update: HoldUpdate,
  alsoSet: Record<string, unknown> = {},
): ConditionalUpdateExpression {
  const names: Record<string, string> = { '#status': 'status' };
  const values: Record<string, unknown> = { ':expected': update.expect.status };
  const sets: string[] = [];
  let i = 0;
  for (const [name, value] of Object.entries({ ...alsoSet, ...update.set })) {
    if (value === undefined) continue;
    const n = name === 'status' ? '#status' : `#f${i}`;
    const v = `:v${i}`;
    i += 1;
    names[n] = name;
    values[v] = value;
    sets.push(`${n} = ${v}`);
  }
  let condition = '#status = :expected';
  if (update.expect.absent) {
    names['#absent'] = update.expect.absent;
    condition += ' AND attribute_not_exists(#absent)';
  }
  return {
    UpdateExpression: `SET ${sets.join(', ')}`,
    ConditionExpression: condition,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

function actorEmail(who: string): string {
  const email = who.trim().toLowerCase();
  if (!email) throw new InvalidInput('an actor is required');
  return email;
}

function cleanNote(note: string | undefined): string | undefined {
  const text = cleanMultiline(note ?? '').trim();
  if (text.length > MAX_NOTE_LENGTH)
    throw new InvalidInput(`the note is longer than ${MAX_NOTE_LENGTH} characters`);
  return text || undefined;
}
