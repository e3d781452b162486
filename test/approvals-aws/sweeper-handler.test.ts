// The sweeper Lambda through its handler with a fixed clock: reminders with working links, expiry by
// the team's policy (reject and tell the rep, or approve and relay), re-relay of a stuck approval,
// every step audited, and a second run at the same instant doing nothing.
import { describe, expect, it } from 'vitest';
import { runSweep } from '../../lambdas/app/sweep';
import { Telemetry } from '../../lambdas/app/telemetry';
import { makeLogger, makeMetrics } from '../../lambdas/handlers/powertools';
import { makeSweeperHandler } from '../../lambdas/handlers/sweeper-handler';
import { DIMENSION, METRIC } from '../../lambdas/shared/metrics';
import {
  awsError,
  captureOutput,
  fakeContext,
  getItem,
  type World,
  withDynaliteWorld,
} from '../lambdas/harness';
import { putHold } from './fixtures';
import { PUBLIC_URL, relays, sentMail, type Wired, wire } from './world';

let world: World;
let w: Wired;
const NOW = new Date('2026-11-27T20:30:00Z');
// As deployed: the expiries the wiring decides go out with the handler's own metrics.
const metrics = makeMetrics();

withDynaliteWorld(async (w0) => {
  world = w0;
  w = await wire(world, NOW, { telemetry: new Telemetry(metrics, makeLogger()) });
});

async function sweep() {
  const out = captureOutput();
  try {
    const handler = makeSweeperHandler({ sweep: () => runSweep(w.sweep), logger: makeLogger(), metrics });
    const summary = await handler({ source: 'aws.scheduler' }, fakeContext('poise-sweeper'));
    return { summary, out, logs: out.logs, metric: (name: string) => out.metric(name) };
  } finally {
    out.restore();
  }
}

async function seed() {
  await putHold(world, {
    id: 's-half',
    heldAt: '2026-11-27T08:00:00.000Z',
    deadline: '2026-11-28T08:00:00.000Z',
  });
  await putHold(world, {
    id: 's-final',
    heldAt: '2026-11-26T10:00:00.000Z',
    deadline: '2026-11-27T21:00:00.000Z',
  });
  await putHold(world, {
    id: 's-expire',
    heldAt: '2026-11-26T20:00:00.000Z',
    deadline: '2026-11-27T20:00:00.000Z',
  });
  await putHold(world, {
    id: 's-renew',
    rep: 'ren@seller.example',
    heldAt: '2026-11-26T20:00:00.000Z',
    deadline: '2026-11-27T20:00:00.000Z',
  });
  await putHold(world, {
    id: 's-stuck',
    status: 'APPROVED',
    decidedBy: 'mia@seller.example',
    decidedAt: '2026-11-27T19:00:00.000Z',
    decidedVia: 'link',
  });
}

describe('sweeper handler', () => {
  it('reminds, expires by policy, relays, audits, and a second run at the same instant does nothing', async () => {
    await seed();

    const { summary, metric } = await sweep();

    expect(summary.failed).toEqual([]);
    expect(summary.done).toEqual(
      expect.arrayContaining([
        { kind: 'remind-half', holdId: 's-half' },
        { kind: 'remind-final', holdId: 's-final' },
        { kind: 'expire-reject', holdId: 's-expire' },
        { kind: 'expire-approve', holdId: 's-renew' },
        { kind: 'relay', holdId: 's-stuck' },
      ]),
    );
    expect(summary.done).toHaveLength(5);
    expect(metric(METRIC.sweepStepsDone)).toBe(5);
    // Two expiries decided (once each); s-half and s-final still wait, s-final held since 26 Nov 10:00.
    expect(metric(METRIC.holdsExpired)).toBe(2);
    expect(metric(METRIC.timeToDecision)).toBe(0);
    expect(summary.backlog).toEqual({ held: 2, oldestAgeSeconds: 34.5 * 3600, pastDeadline: 0 });
    expect(metric(METRIC.holdBacklog)).toBe(2);
    expect(metric(METRIC.oldestHoldAgeSeconds)).toBe(34.5 * 3600);
    expect(metric(METRIC.holdsPastDeadline)).toBe(0);
    // The renewal approved on expiry and the stuck approval: relayed, counted as the filter counts relays.
    expect(metric(METRIC.relaySuccess)).toBe(2);

    // Holds
    expect(await getItem(world, 'MSG#s-half', 'HOLD')).toMatchObject({
      status: 'HELD',
      remindedHalfAt: NOW.toISOString(),
    });
    expect(await getItem(world, 'MSG#s-expire', 'HOLD')).toMatchObject({
      status: 'REJECTED',
      decidedBy: 'system:expiry',
    });
    expect(await getItem(world, 'MSG#s-renew', 'HOLD')).toMatchObject({ status: 'RELEASED' });
    expect(await getItem(world, 'MSG#s-stuck', 'HOLD')).toMatchObject({ status: 'RELEASED' });
    // Audit trail
    expect(await getItem(world, 'MSG#s-expire', 'EVENT#expired')).toMatchObject({ actor: 'system:sweeper' });
    expect(await getItem(world, 'MSG#s-expire', 'EVENT#rejected')).toMatchObject({ actor: 'system:expiry' });
    expect(await getItem(world, 'MSG#s-final', 'EVENT#reminded-final')).toMatchObject({
      detail: { to: 'lead@seller.example' },
    });

    // Relays: the two approved holds, each once, to every envelope recipient.
    const relayed = relays(world);
    expect(relayed).toHaveLength(2);
    for (const r of relayed) expect(r.destinations).toHaveLength(3);

    // Mail: half reminder to the approver, final to the escalation, expiry notices to the reps.
    const mails = await sentMail(world);
    const to = (m: { to: string[] }) => m.to.join();
    expect(mails.map(to).sort()).toEqual([
      'lead@seller.example',
      'mia@seller.example',
      'ren@seller.example',
      'sam@seller.example',
    ]);
    const final = mails.find((m) => to(m) === 'lead@seller.example');
    expect(final?.subject).toMatch(/^Due soon/);
    const renewal = mails.find((m) => to(m) === 'ren@seller.example');
    expect(renewal?.subject).toMatch(/^Sent after deadline/);
    const rejected = mails.find((m) => to(m) === 'sam@seller.example');
    expect(rejected?.subject).toMatch(/^Not sent \(deadline passed\)/);

    // The final reminder's link works for the fallback approver it was sent to.
    const link = /https:\/\/poise\.example\.com(\/approve\/[\w.-]+)/.exec(final?.text ?? '');
    expect(link?.[0].startsWith(PUBLIC_URL)).toBe(true);
    const page = await w.api({ method: 'GET', path: link?.[1] ?? '', query: {}, headers: {} });
    expect(page.status).toBe(200);

    // Same instant again: nothing new, no decision counted twice, the backlog reported again.
    const again = await sweep();
    expect(again.summary.done).toEqual([]);
    expect(again.metric(METRIC.holdsExpired)).toBe(0);
    expect(again.metric(METRIC.holdBacklog)).toBe(2);
    expect(relays(world)).toHaveLength(2);
    expect(await sentMail(world)).toHaveLength(4);
  });

  it('reports a failed step by hold id and kind and carries on; the next run retries it', async () => {
    await putHold(world, {
      id: 'f-expire',
      heldAt: '2026-11-26T20:00:00.000Z',
      deadline: '2026-11-27T20:00:00.000Z',
    });
    await putHold(world, {
      id: 'f-half',
      heldAt: '2026-11-27T08:00:00.000Z',
      deadline: '2026-11-28T08:00:00.000Z',
    });
    // The first reminder's write fails once (throttling).
    let left = 1;
    world.faults.push((name, input) => {
      const key = JSON.stringify(input.Key ?? {});
      if (name === 'UpdateItem' && key.includes('f-half') && left-- > 0) {
        return Object.assign(new Error('slow down'), { name: 'ProvisionedThroughputExceededException' });
      }
      return undefined;
    });

    const first = await sweep();
    expect(first.summary.failed).toEqual([
      { kind: 'remind-half', holdId: 'f-half', error: 'ProvisionedThroughputExceededException' },
    ]);
    expect(first.summary.done).toEqual([{ kind: 'expire-reject', holdId: 'f-expire' }]);
    expect(first.logs.some((l) => l.message === 'sweep step failed' && l.holdId === 'f-half')).toBe(true);

    const second = await sweep();
    expect(second.summary.done).toEqual([{ kind: 'remind-half', holdId: 'f-half' }]);
  });

  it('counts a failed release relay by its SES error; the next run relays it', async () => {
    await putHold(world, {
      id: 'r-stuck',
      status: 'APPROVED',
      decidedBy: 'mia@seller.example',
      decidedAt: '2026-11-27T19:00:00.000Z',
      decidedVia: 'link',
    });
    world.sesFaults.push(() => awsError('Throttling', 'Maximum sending rate exceeded.'));

    const first = await sweep();
    expect(first.summary.failed).toEqual([{ kind: 'relay', holdId: 'r-stuck', error: 'Throttling' }]);
    expect(first.metric(METRIC.relayFailure)).toBe(1);
    expect(first.out.metric(METRIC.relayFailure, { [DIMENSION.error]: 'Throttling' })).toBe(1);
    expect(first.metric(METRIC.relaySuccess)).toBe(0);

    world.sesFaults.length = 0;
    w.clock.now = new Date(NOW.getTime() + 10 * 60_000); // after the failed releaser's claim
    const second = await sweep();
    expect(second.metric(METRIC.relaySuccess)).toBe(1);
    expect(second.metric(METRIC.relayFailure)).toBe(0);
  });

  it('counts a hold whose expiry failed as past its deadline until a run expires it', async () => {
    await putHold(world, {
      id: 'p-late',
      heldAt: '2026-11-26T18:00:00.000Z',
      deadline: '2026-11-27T18:00:00.000Z',
    });
    let left = 1;
    world.faults.push((name, input) => {
      const key = JSON.stringify(input.Key ?? {});
      if (name === 'UpdateItem' && key.includes('p-late') && left-- > 0) {
        return Object.assign(new Error('slow down'), { name: 'ProvisionedThroughputExceededException' });
      }
      return undefined;
    });

    const first = await sweep();
    expect(first.summary.failed).toEqual([
      { kind: 'expire-reject', holdId: 'p-late', error: 'ProvisionedThroughputExceededException' },
    ]);
    expect(first.metric(METRIC.holdsPastDeadline)).toBe(1);
    expect(first.metric(METRIC.holdBacklog)).toBe(1);
    expect(first.metric(METRIC.oldestHoldAgeSeconds)).toBe(26.5 * 3600);
    expect(first.metric(METRIC.sweepStepsFailed)).toBe(1);

    const second = await sweep();
    expect(second.metric(METRIC.holdsExpired)).toBe(1);
    expect(second.metric(METRIC.holdsPastDeadline)).toBe(0);
    expect(second.metric(METRIC.holdBacklog)).toBe(0);
    expect(second.metric(METRIC.oldestHoldAgeSeconds)).toBe(0);
  });
});
