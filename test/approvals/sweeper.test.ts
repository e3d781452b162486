import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoldConflict } from '../../lambdas/approvals/errors';
import { applyUpdate, type HoldState, type HoldUpdate, transition } from '../../lambdas/approvals/hold';
import {
  executeSweep,
  expiryActionFromPolicy,
  planSweep,
  type SweepAction,
  type SweepPorts,
} from '../../lambdas/approvals/sweeper';
import { parsePolicy } from '../../lambdas/domain/policy';

const HOUR = 3600_000;
const HELD_AT = Date.parse('2026-11-27T08:00:00Z');
const DEADLINE = HELD_AT + 24 * HOUR;
const at = (hours: number) => new Date(HELD_AT + hours * HOUR);

function held(overrides: Partial<HoldState> = {}): HoldState {
  return {
    id: 'sub-1',
    status: 'HELD',
    rep: 'ana@acme.example',
    approver: 'maria@acme.example',
    heldAt: new Date(HELD_AT).toISOString(),
    deadline: new Date(DEADLINE).toISOString(),
    ...overrides,
  };
}

const escalationFor = () => 'lead@acme.example';

/** In-memory table + recorded side effects, with the same compare-and-set semantics as DynamoDB. */
function world(...holds: HoldState[]) {
  const table = new Map(holds.map((h) => [h.id, h]));
  const audit: HoldUpdate['audit'][] = [];
  const mail: string[] = [];
  const relayed: string[] = [];
  const ports: SweepPorts = {
    async write(update) {
      table.set(update.holdId, applyUpdate(table.get(update.holdId) as HoldState, update));
      audit.push(update.audit);
    },
    async remind(id, stage, to) {
      mail.push(`remind:${stage}:${to}:${id}`);
    },
    async notifyExpiry(id, action) {
      mail.push(`expiry:${action}:${id}`);
    },
    async relay(id) {
      relayed.push(id);
      const h = table.get(id) as HoldState;
      await ports.write(transition(h, { type: 'release', sesMessageId: `ses-${id}` }, new Date()));
    },
  };
  const sweep = async (now: Date, policy?: Parameters<typeof planSweep>[1]['policy']) =>
    executeSweep(planSweep([...table.values()], { now, policy, escalationFor }), ports);
  return { table, audit, mail, relayed, ports, sweep };
}

describe('planSweep', () => {
  it.each([
    ['before half time: nothing', 11.9, []],
    ['at half time: remind the approver', 12, ['remind:half:maria@acme.example']],
    ['at 90%: remind the fallback approver', 21.6, ['remind:final:lead@acme.example']],
    ['at the deadline: expire and reject', 24, ['expire:reject']],
  ])('%s', (_label, hours, expected) => {
    const actions = planSweep([held()], { now: at(hours), escalationFor });
    expect(actions.map(describeAction)).toEqual(expected);
  });

  it('sends the final reminder to the approver when there is no fallback', () => {
    const actions = planSweep([held()], { now: at(22) });
    expect(actions.map(describeAction)).toEqual(['remind:final:maria@acme.example']);
  });

  it('a late first sweep sends only the final reminder', () => {
    const actions = planSweep([held()], { now: at(23), escalationFor });
    expect(actions.map(describeAction)).toEqual(['remind:final:lead@acme.example']);
  });

  it('applies the team’s approve-on-expiry policy', () => {
    const policy = { default: 'reject' as const, teams: { renewals: 'approve' as const } };
    const [action] = planSweep([held({ team: 'renewals' }), held({ id: 'sub-2', team: 'emea' })], {
      now: at(24),
      policy,
    });
    expect(action).toMatchObject({ kind: 'expire', action: 'approve', relay: true, notifyRep: true });
    const updates = action?.kind === 'expire' ? action.updates : [];
    expect(updates.map((u) => `${u.expect.status}>${u.set.status}`)).toEqual([
      'HELD>EXPIRED',
      'EXPIRED>APPROVED',
    ]);
  });

  it('follows the policy file’s teams[].onExpiry by the sender', () => {
    const policy = parsePolicy(
      'version: 1\nteams:\n  - name: renewals\n    members: ["ana@acme.example"]\n    onExpiry: approve\n',
    );
    const expiryActionFor = expiryActionFromPolicy(policy);
    const actions = planSweep([held(), held({ id: 'sub-2', rep: 'bob@acme.example' })], {
      now: at(24),
      expiryActionFor,
    });
    expect(actions.map(describeAction)).toEqual(['expire:approve', 'expire:reject']);
  });

  it('finishes an expiry a crashed sweep left in EXPIRED', () => {
    const [action] = planSweep([held({ status: 'EXPIRED', expiredAt: at(24).toISOString() })], {
      now: at(25),
    });
    expect(action).toMatchObject({ kind: 'expire', action: 'reject', relay: false });
    expect(action?.kind === 'expire' && action.updates.map((u) => u.set.status)).toEqual(['REJECTED']);
  });

  it('relays again an APPROVED hold left unreleased past the grace period, not before', () => {
    const approved = held({ status: 'APPROVED', decidedAt: at(2).toISOString() });
    expect(planSweep([approved], { now: new Date(at(2).getTime() + 14 * 60_000) })).toEqual([]);
    expect(planSweep([approved], { now: new Date(at(2).getTime() + 15 * 60_000) })).toEqual([
      { kind: 'relay', holdId: 'sub-1' },
    ]);
  });

  it('ignores decided holds', () => {
    const holds = [held({ status: 'REJECTED' }), held({ status: 'RELEASED' })];
    expect(planSweep(holds, { now: at(30) })).toEqual([]);
  });

  it('gives every step an audit event', () => {
    for (const hours of [12, 22, 24]) {
      for (const action of planSweep([held()], { now: at(hours), escalationFor })) {
        const updates =
          action.kind === 'remind' ? [action.update] : action.kind === 'expire' ? action.updates : [];
        expect(updates.length).toBeGreaterThan(0);
        for (const u of updates)
          expect(u.audit).toMatchObject({ holdId: 'sub-1', at: at(hours).toISOString() });
      }
    }
  });
});

describe('executeSweep', () => {
  it('is idempotent: a second run at the same instant does nothing new', async () => {
    for (const hours of [12, 22, 24]) {
      const w = world(held());
      await w.sweep(at(hours));
      const after = {
        audit: w.audit.length,
        mail: [...w.mail],
        table: structuredClone([...w.table.values()]),
      };
      const again = await w.sweep(at(hours));
      expect(again.done).toEqual([]);
      expect(w.audit).toHaveLength(after.audit);
      expect(w.mail).toEqual(after.mail);
      expect([...w.table.values()]).toEqual(after.table);
    }
  });

  it('two sweepers planning from the same snapshot do each step once', async () => {
    const w = world(held());
    const snapshot = [...w.table.values()];
    const plan = () => planSweep(snapshot, { now: at(24), escalationFor });
    const [a, b] = await Promise.all([executeSweep(plan(), w.ports), executeSweep(plan(), w.ports)]);
    expect(a.done.length + b.done.length).toBe(1);
    expect(a.skipped.length + b.skipped.length).toBe(1);
    expect(w.mail).toEqual(['expiry:reject:sub-1']);
  });

  it('skips an expiry when the approver decided first', async () => {
    const w = world(held());
    const actions = planSweep([...w.table.values()], { now: at(24) });
    await w.ports.write(
      transition(held(), { type: 'approve', by: 'maria@acme.example', via: 'link' }, at(23.99)),
    );
    const report = await executeSweep(actions, w.ports);
    expect(report.skipped).toHaveLength(1);
    expect(w.mail).toEqual([]);
    expect(w.table.get('sub-1')?.status).toBe('APPROVED');
  });

  it('reports a failing side effect without losing the other holds', async () => {
    const w = world(held(), held({ id: 'sub-2' }));
    let first = true;
    const ports: SweepPorts = {
      ...w.ports,
      async notifyExpiry(id, action) {
        if (first) {
          first = false;
          throw new Error('SES throttled');
        }
        await w.ports.notifyExpiry(id, action);
      },
    };
    const report = await executeSweep(planSweep([...w.table.values()], { now: at(24) }), ports);
    expect(report.failed).toHaveLength(1);
    expect(report.done).toHaveLength(1);
    expect(report.failed[0]?.error).not.toBeInstanceOf(HoldConflict);
  });
});

describe('any sweep schedule (property)', () => {
  it('each reminder at most once, in order, and exactly one expiry once past the deadline', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.double({ min: 0, max: 30, noNaN: true }), { maxLength: 25 }),
        async (hours) => {
          const w = world(held());
          const times = [...hours].sort((a, b) => a - b);
          for (const h of times) await w.sweep(at(h));
          const events: string[] = w.audit.map((e) => e.event);
          expect(new Set(events).size).toBe(events.length); // nothing twice
          const order = ['reminded-half', 'reminded-final', 'expired', 'rejected'];
          expect(events).toEqual(order.filter((e) => events.includes(e)));
          const pastDeadline = times.some((h) => h >= 24);
          expect(events.includes('expired')).toBe(pastDeadline);
          expect(events.includes('rejected')).toBe(pastDeadline);
          // Reminders only inside their windows.
          if (events.includes('reminded-half')) expect(times.some((h) => h >= 12 && h < 21.6)).toBe(true);
          expect(w.mail.filter((m) => m.startsWith('expiry:'))).toHaveLength(pastDeadline ? 1 : 0);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('a hold’s whole life under a timer (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(HELD_AT);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['reject', [], 'REJECTED', 'expiry:reject:sub-1'],
    ['approve', ['sub-1'], 'RELEASED', 'expiry:approve:sub-1'],
  ] as const)(
    'sweeping every 10 minutes for 30 hours (%s-on-expiry)',
    async (action, relayed, status, expiryMail) => {
      const w = world(held({ team: 't' }));
      const policy = { default: 'reject' as const, teams: { t: action } };
      const timer = setInterval(() => {
        void w.sweep(new Date(), policy);
      }, 10 * 60_000);
      await vi.advanceTimersByTimeAsync(30 * HOUR);
      clearInterval(timer);

      expect(w.mail).toEqual([
        'remind:half:maria@acme.example:sub-1',
        'remind:final:lead@acme.example:sub-1',
        expiryMail,
      ]);
      expect(w.relayed).toEqual(relayed);
      expect(w.table.get('sub-1')?.status).toBe(status);
      // Half-time reminder at 12:00 after holding, final at 21:36, expiry at 24:00 (sweeps on 10-minute ticks).
      const h = w.table.get('sub-1') as HoldState;
      expect(h.remindedHalfAt).toBe(at(12).toISOString());
      expect(h.remindedFinalAt).toBe(new Date(HELD_AT + 21 * HOUR + 40 * 60_000).toISOString());
      expect(h.expiredAt).toBe(at(24).toISOString());
      expect(w.audit.map((e) => e.event)).toEqual(
        action === 'reject'
          ? ['reminded-half', 'reminded-final', 'expired', 'rejected']
          : ['reminded-half', 'reminded-final', 'expired', 'approved', 'released'],
      );
    },
  );
});

function describeAction(a: SweepAction): string {
  if (a.kind === 'remind') return `remind:${a.stage}:${a.to}`;
  if (a.kind === 'expire') return `expire:${a.action}`;
  return `relay:${a.holdId}`;
}
