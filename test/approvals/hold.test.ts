import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HoldConflict, httpStatusFor, InvalidInput, InvalidTransition } from '../../lambdas/approvals/errors';
import {
  applyUpdate,
  type HoldCommand,
  type HoldState,
  type HoldUpdate,
  toConditionalUpdate,
  transition,
} from '../../lambdas/approvals/hold';

const HELD_AT = new Date('2026-11-27T08:00:00Z');
const DEADLINE = new Date('2026-11-28T08:00:00Z');
const NOW = new Date('2026-11-27T10:00:00Z');

function held(overrides: Partial<HoldState> = {}): HoldState {
  return {
    id: 'sub-1',
    status: 'HELD',
    rep: 'ana@acme.example',
    approver: 'maria@acme.example',
    heldAt: HELD_AT.toISOString(),
    deadline: DEADLINE.toISOString(),
    ...overrides,
  };
}

/** A store with one compare-and-set write, like DynamoDB UpdateItem with a ConditionExpression. */
class FakeHoldStore {
  private readonly holds = new Map<string, HoldState>();
  readonly audit: HoldUpdate['audit'][] = [];

  constructor(...holds: HoldState[]) {
    for (const h of holds) this.holds.set(h.id, h);
  }

  async get(id: string): Promise<HoldState> {
    await tick();
    const h = this.holds.get(id);
    if (!h) throw new Error('not found');
    return { ...h };
  }

  async write(update: HoldUpdate): Promise<void> {
    await tick();
    // Check and set happen in one synchronous step: the store's atomicity.
    const current = this.holds.get(update.holdId) as HoldState;
    this.holds.set(update.holdId, applyUpdate(current, update));
    this.audit.push(update.audit);
  }
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, Math.random() * 3));

/** The use case both edges run: read, decide, conditional write. */
async function decide(store: FakeHoldStore, id: string, command: HoldCommand): Promise<'won' | string> {
  try {
    const hold = await store.get(id);
    await store.write(transition(hold, command, NOW));
    return 'won';
  } catch (err) {
    return (err as Error).name;
  }
}

describe('transition', () => {
  it('approves a HELD hold, expecting HELD, with an audit event', () => {
    const u = transition(held(), { type: 'approve', by: 'Maria@acme.example', via: 'link' }, NOW);
    expect(u).toEqual({
      holdId: 'sub-1',
      expect: { status: 'HELD' },
      set: {
        status: 'APPROVED',
        decidedBy: 'maria@acme.example',
        decidedAt: NOW.toISOString(),
        decidedVia: 'link',
      },
      audit: {
        holdId: 'sub-1',
        event: 'approved',
        at: NOW.toISOString(),
        actor: 'maria@acme.example',
        from: 'HELD',
        to: 'APPROVED',
        detail: { via: 'link' },
      },
      held: { heldAt: HELD_AT.toISOString() },
    });
  });

  it("carries the hold's time and team for the decision metrics", () => {
    const u = transition(held({ team: 'emea' }), { type: 'expire' }, DEADLINE);
    expect(u.held).toEqual({ heldAt: HELD_AT.toISOString(), team: 'emea' });
  });

  it('rejects with the note, cleaned of control characters', () => {
    const u = transition(
      held(),
      { type: 'reject', by: 'maria@acme.example', via: 'console', note: ' No.\r\nCall me\u0007 ' },
      NOW,
    );
    expect(u.set).toMatchObject({ status: 'REJECTED', note: 'No.\nCall me' });
    expect(u.audit.detail.note).toBe('No.\nCall me');
  });

  it('refuses a reject without a note (HTTP 400)', () => {
    const act = () =>
      transition(held(), { type: 'reject', by: 'm@x.example', via: 'console', note: '  ' }, NOW);
    expect(act).toThrow(InvalidInput);
    expect(httpStatusFor(new InvalidInput(''))).toBe(400);
  });

  it('refuses an overlong note', () => {
    expect(() =>
      transition(held(), { type: 'approve', by: 'm@x.example', via: 'console', note: 'x'.repeat(2001) }, NOW),
    ).toThrow(/longer than 2000/);
  });

  it.each<[HoldState['status'], HoldCommand['type']]>([
    ['APPROVED', 'approve'],
    ['APPROVED', 'reject'],
    ['REJECTED', 'approve'],
    ['EXPIRED', 'approve'],
    ['RELEASED', 'reject'],
    ['HELD', 'release'],
    ['HELD', 'resolveExpiry'],
    ['REJECTED', 'expire'],
  ])('refuses from %s: %s (InvalidTransition, HTTP 409)', (status, type) => {
    const command = {
      approve: { type: 'approve', by: 'm@x.example', via: 'link' },
      reject: { type: 'reject', by: 'm@x.example', via: 'link', note: 'no' },
      release: { type: 'release', sesMessageId: 'ses-1' },
      resolveExpiry: { type: 'resolveExpiry', action: 'reject' },
      expire: { type: 'expire' },
    }[type as string] as HoldCommand;
    const act = () => transition(held({ status }), command, new Date(DEADLINE.getTime() + 1));
    expect(act).toThrow(InvalidTransition);
    expect(httpStatusFor(new InvalidTransition('a', status, type))).toBe(409);
  });

  it('expires only at or after the deadline', () => {
    expect(() => transition(held(), { type: 'expire' }, new Date(DEADLINE.getTime() - 1))).toThrow(
      /before the deadline/,
    );
    const u = transition(held(), { type: 'expire' }, DEADLINE);
    expect(u.set).toEqual({ status: 'EXPIRED', expiredAt: DEADLINE.toISOString() });
    expect(u.audit.actor).toBe('system:sweeper');
  });

  it.each([
    ['reject', 'REJECTED', 'rejected'],
    ['approve', 'APPROVED', 'approved'],
  ] as const)('resolves an expired hold by policy: %s-on-expiry', (action, status, event) => {
    const u = transition(held({ status: 'EXPIRED' }), { type: 'resolveExpiry', action }, NOW);
    expect(u.expect).toEqual({ status: 'EXPIRED' });
    expect(u.set).toMatchObject({ status, decidedBy: 'system:expiry', decidedVia: 'expiry' });
    expect(u.audit).toMatchObject({
      event,
      actor: 'system:expiry',
      detail: { policy: `${action}-on-expiry` },
    });
  });

  it('releases an approved hold with the SES message id', () => {
    const u = transition(held({ status: 'APPROVED' }), { type: 'release', sesMessageId: 'ses-42' }, NOW);
    expect(u.set).toEqual({ status: 'RELEASED', sesMessageId: 'ses-42', releasedAt: NOW.toISOString() });
    expect(() =>
      transition(held({ status: 'APPROVED' }), { type: 'release', sesMessageId: ' ' }, NOW),
    ).toThrow(InvalidInput);
  });

  it('records each reminder once, guarded by the field being absent', () => {
    const u = transition(held(), { type: 'remind', stage: 'half', to: 'maria@acme.example' }, NOW);
    expect(u.expect).toEqual({ status: 'HELD', absent: 'remindedHalfAt' });
    const after = applyUpdate(held(), u);
    expect(after.remindedHalfAt).toBe(NOW.toISOString());
    expect(() => applyUpdate(after, u)).toThrow(HoldConflict);
    expect(() => transition(after, { type: 'remind', stage: 'half', to: 'x@y.example' }, NOW)).toThrow(
      InvalidTransition,
    );
  });

  it('walks HELD → EXPIRED → APPROVED → RELEASED with one audit event per step', () => {
    let h = held();
    const events: string[] = [];
    for (const cmd of [
      { type: 'expire' },
      { type: 'resolveExpiry', action: 'approve' },
      { type: 'release', sesMessageId: 'ses-9' },
    ] as HoldCommand[]) {
      const u = transition(h, cmd, DEADLINE);
      h = applyUpdate(h, u);
      events.push(`${u.audit.from}>${u.audit.to}:${u.audit.event}`);
    }
    expect(h.status).toBe('RELEASED');
    expect(events).toEqual([
      'HELD>EXPIRED:expired',
      'EXPIRED>APPROVED:approved',
      'APPROVED>RELEASED:released',
    ]);
  });
});

describe('single use and races', () => {
  it('a replayed approve changes nothing: the second write conflicts', () => {
    const u = transition(held(), { type: 'approve', by: 'maria@acme.example', via: 'link' }, NOW);
    const once = applyUpdate(held(), u);
    expect(() => applyUpdate(once, u)).toThrow(HoldConflict);
  });

  it('concurrent approve and reject: exactly one wins, the other conflicts', async () => {
    for (let run = 0; run < 50; run += 1) {
      const store = new FakeHoldStore(held());
      const results = await Promise.all([
        decide(store, 'sub-1', { type: 'approve', by: 'maria@acme.example', via: 'link' }),
        decide(store, 'sub-1', { type: 'reject', by: 'lead@acme.example', via: 'console', note: 'no' }),
      ]);
      expect(results.filter((r) => r === 'won')).toHaveLength(1);
      // The loser either read the hold after the winner (InvalidTransition) or lost the write (HoldConflict).
      expect(
        results.filter((r) => r !== 'won').every((r) => r === 'HoldConflict' || r === 'InvalidTransition'),
      ).toBe(true);
      const final = await store.get('sub-1');
      expect(store.audit).toHaveLength(1);
      expect(final.status).toBe(store.audit[0]?.to);
    }
  });

  it('any number of concurrent deciders and an expiry: one decision, one audit event (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom<'approve' | 'reject' | 'expire'>('approve', 'reject', 'expire'), {
          minLength: 2,
          maxLength: 8,
        }),
        async (kinds) => {
          // Past the deadline, so the expiry competes too.
          const store = new FakeHoldStore(held({ deadline: HELD_AT.toISOString() }));
          const commands: HoldCommand[] = kinds.map((k, i) =>
            k === 'expire'
              ? { type: 'expire' }
              : k === 'approve'
                ? { type: 'approve', by: `m${i}@x.example`, via: 'link' }
                : { type: 'reject', by: `m${i}@x.example`, via: 'console', note: 'no' },
          );
          const results = await Promise.all(commands.map((c) => decide(store, 'sub-1', c)));
          expect(results.filter((r) => r === 'won')).toHaveLength(1);
          expect(store.audit).toHaveLength(1);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('toConditionalUpdate', () => {
  it('builds a guarded SET with placeholders and the adapter’s own attributes', () => {
    const u = transition(
      held(),
      { type: 'approve', by: 'maria@acme.example', via: 'console', note: 'ok' },
      NOW,
    );
    const expr = toConditionalUpdate(u, { gsi1pk: 'HOLD#APPROVED' });
    expect(expr.ConditionExpression).toBe('#status = :expected');
    expect(expr.ExpressionAttributeValues[':expected']).toBe('HELD');
    // Every SET clause names a placeholder that resolves to the intended attribute and value.
    const assigned = Object.fromEntries(
      expr.UpdateExpression.replace(/^SET /, '')
        .split(', ')
        .map((clause) => {
          const [n, v] = clause.split(' = ') as [string, string];
          return [expr.ExpressionAttributeNames[n], expr.ExpressionAttributeValues[v]];
        }),
    );
    expect(assigned).toEqual({
      gsi1pk: 'HOLD#APPROVED',
      status: 'APPROVED',
      decidedBy: 'maria@acme.example',
      decidedAt: NOW.toISOString(),
      decidedVia: 'console',
      note: 'ok',
    });
  });

  it('adds attribute_not_exists for a reminder', () => {
    const u = transition(held(), { type: 'remind', stage: 'final', to: 'fb@acme.example' }, NOW);
    const expr = toConditionalUpdate(u);
    expect(expr.ConditionExpression).toBe('#status = :expected AND attribute_not_exists(#absent)');
    expect(expr.ExpressionAttributeNames['#absent']).toBe('remindedFinalAt');
  });
});
