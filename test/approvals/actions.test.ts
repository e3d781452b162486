import { describe, expect, it } from 'vitest';
import {
  type ApprovalPorts,
  actInConsole,
  actInConsoleBulk,
  actOnLink,
  openLink,
  releaseHold,
} from '../../lambdas/approvals/actions';
import { Directory } from '../../lambdas/approvals/directory';
import {
  Forbidden,
  HoldNotFound,
  InvalidInput,
  InvalidTransition,
  TokenWrongAction,
  TokenWrongApprover,
} from '../../lambdas/approvals/errors';
import { applyUpdate, type HoldState, type HoldUpdate } from '../../lambdas/approvals/hold';
import { generateKeyring, signToken } from '../../lambdas/approvals/tokens';

const NOW = new Date('2026-11-27T10:00:00Z');
const DEADLINE = new Date('2026-11-28T08:00:00Z');
const keyring = generateKeyring();
const directory = Directory.fromFile(
  [
    'email,role,manager,team',
    'ana@acme.example,rep,maria@acme.example,emea',
    'dee@acme.example,rep,omar@acme.example,amer',
    'maria@acme.example,manager,,emea',
    'omar@acme.example,manager,,amer',
    'root@acme.example,admin,,',
  ].join('\n'),
  'csv',
  'fallback@acme.example',
);

function held(id = 'sub-1', rep = 'ana@acme.example'): HoldState {
  return {
    id,
    status: 'HELD',
    rep,
    approver: 'maria@acme.example',
    heldAt: '2026-11-27T08:00:00.000Z',
    deadline: DEADLINE.toISOString(),
  };
}

function setup(holds: HoldState[] = [held()], dir: Directory = directory) {
  const table = new Map(holds.map((h) => [h.id, h]));
  const audit: string[] = [];
  const relays: string[] = [];
  const rejections: Array<{ id: string; by: string; note: string }> = [];
  let relayFails = false;
  const ports: ApprovalPorts<HoldState> = {
    holds: {
      async get(id) {
        await new Promise((r) => setTimeout(r, Math.random() * 2));
        const h = table.get(id);
        return h && { ...h };
      },
      async write(update: HoldUpdate) {
        await new Promise((r) => setTimeout(r, Math.random() * 2));
        table.set(update.holdId, applyUpdate(table.get(update.holdId) as HoldState, update));
        audit.push(`${update.holdId}:${update.audit.event}:${update.audit.actor}`);
      },
    },
    directory: dir,
    keyring,
    now: () => NOW,
    async relay(hold) {
      if (relayFails) throw new Error('SES throttled');
      relays.push(hold.id);
      return { messageId: `ses-${hold.id}` };
    },
    async notifyRejected(hold, decision) {
      rejections.push({ id: hold.id, ...decision });
    },
  };
  return {
    table,
    audit,
    relays,
    rejections,
    ports,
    failRelay: (v: boolean) => {
      relayFails = v;
    },
  };
}

const token = (action: 'approve' | 'reject' | 'view', approver = 'maria@acme.example', holdId = 'sub-1') =>
  signToken({ holdId, action, approver, expiresAt: DEADLINE }, keyring);

describe('openLink (GET)', () => {
  it('shows the hold and never writes', async () => {
    const s = setup();
    const view = await openLink('approve', token('approve'), s.ports);
    expect(view).toMatchObject({ actionable: true, hold: { id: 'sub-1', status: 'HELD' } });
    expect(s.audit).toEqual([]);
    expect(s.relays).toEqual([]);
  });

  it('refuses a link whose approver may no longer act (directory changed)', async () => {
    const moved = Directory.fromFile(
      'email,role,manager\nana@acme.example,rep,omar@acme.example\nmaria@acme.example,manager,\nomar@acme.example,manager,\n',
      'csv',
      'fallback@acme.example',
    );
    const s = setup([held()], moved);
    await expect(openLink('approve', token('approve'), s.ports)).rejects.toThrow(TokenWrongApprover);
  });

  it('refuses a view token on the approve route', async () => {
    await expect(openLink('approve', token('view'), setup().ports)).rejects.toThrow(TokenWrongAction);
  });

  it('says when the hold is gone', async () => {
    await expect(
      openLink('view', token('view', 'maria@acme.example', 'nope'), setup().ports),
    ).rejects.toThrow(HoldNotFound);
  });
});

describe('actOnLink (POST)', () => {
  it('approve relays once and records RELEASED with the SES id', async () => {
    const s = setup();
    const { hold } = await actOnLink('approve', token('approve'), undefined, s.ports);
    expect(hold).toMatchObject({
      status: 'RELEASED',
      sesMessageId: 'ses-sub-1',
      decidedBy: 'maria@acme.example',
    });
    expect(s.table.get('sub-1')?.status).toBe('RELEASED');
    expect(s.relays).toEqual(['sub-1']);
    expect(s.audit).toEqual(['sub-1:approved:maria@acme.example', 'sub-1:released:system:relay']);
  });

  it('a replayed or double-clicked approve changes nothing', async () => {
    const s = setup();
    const t = token('approve');
    await actOnLink('approve', t, undefined, s.ports);
    await expect(actOnLink('approve', t, undefined, s.ports)).rejects.toThrow(InvalidTransition);
    expect(s.relays).toEqual(['sub-1']);
    expect(s.audit).toHaveLength(2);
  });

  it('reject needs a note, then tells the rep with it', async () => {
    const s = setup();
    await expect(actOnLink('reject', token('reject'), ' ', s.ports)).rejects.toThrow(InvalidInput);
    expect(s.audit).toEqual([]);
    const { hold } = await actOnLink('reject', token('reject'), 'Needs a 2-year term', s.ports);
    expect(hold.status).toBe('REJECTED');
    expect(s.rejections).toEqual([{ id: 'sub-1', by: 'maria@acme.example', note: 'Needs a 2-year term' }]);
    expect(s.relays).toEqual([]);
  });

  it('keeps the approval when the relay fails, for the sweeper to relay later', async () => {
    const s = setup();
    s.failRelay(true);
    const result = await actOnLink('approve', token('approve'), undefined, s.ports);
    expect(result.hold.status).toBe('APPROVED');
    expect(result.relayError).toBeInstanceOf(Error);
    s.failRelay(false);
    const released = await releaseHold(s.table.get('sub-1') as HoldState, s.ports);
    expect(released.status).toBe('RELEASED');
  });

  it('an approve link and a console reject racing: exactly one wins, one side effect', async () => {
    for (let run = 0; run < 30; run += 1) {
      const s = setup();
      const outcomes = await Promise.allSettled([
        actOnLink('approve', token('approve'), undefined, s.ports),
        actInConsole('sub-1', 'reject', { email: 'root@acme.example' }, 'no', s.ports),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(s.relays.length + s.rejections.length).toBe(1);
      const loser = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect(['HoldConflict', 'InvalidTransition']).toContain(loser.reason.name);
    }
  });
});

describe('actInConsole', () => {
  it('403s another team’s manager and lets an admin decide', async () => {
    const s = setup();
    await expect(
      actInConsole('sub-1', 'approve', { email: 'omar@acme.example' }, undefined, s.ports),
    ).rejects.toThrow(Forbidden);
    expect(s.audit).toEqual([]);
    const { hold } = await actInConsole('sub-1', 'approve', { email: 'root@acme.example' }, 'ok', s.ports);
    expect(hold).toMatchObject({ status: 'RELEASED', decidedVia: 'console', note: 'ok' });
  });

  it('bulk decides each hold on its own and reports per hold', async () => {
    const s = setup([held('a'), held('b', 'dee@acme.example'), { ...held('c'), status: 'REJECTED' }]);
    const results = await actInConsoleBulk(
      ['a', 'b', 'c', 'missing', 'a'],
      'approve',
      { email: 'maria@acme.example' },
      undefined,
      s.ports,
    );
    expect(results).toEqual([
      { holdId: 'a', status: 'RELEASED' },
      { holdId: 'b', error: 'Forbidden' },
      { holdId: 'c', error: 'InvalidTransition' },
      { holdId: 'missing', error: 'HoldNotFound' },
    ]);
    await expect(
      actInConsoleBulk(['a'], 'reject', { email: 'maria@acme.example' }, '', s.ports),
    ).rejects.toThrow(InvalidInput);
  });
});
