// Daily counters written with the outcome log, through the real filter handler factory and the
// harness (dynalite behind a mocked client): counted once per message, redelivery-safe, crash windows
// as documented in dynamo-outcome-log.ts (never lost; at most one scope doubled).

import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DynamoOutcomeLog } from '../../lambdas/adapters/aws/dynamo-outcome-log';
import type { ScanFn } from '../../lambdas/app/process-submission';
import { publish, Telemetry } from '../../lambdas/app/telemetry';
import { type HoldState, toConditionalUpdate, transition } from '../../lambdas/approvals/hold';
import { makeLogger, makeMetrics } from '../../lambdas/handlers/powertools';
import {
  DynamoMetrics,
  decisionCountsFor,
  decisionMark,
  finishDecisionCounts,
  getMetrics,
  parseMetricsQuery,
  recordDecision,
} from '../../lambdas/metrics';
import type { Submission } from '../../lambdas/ports';
import { METRIC } from '../../lambdas/shared/metrics';
import {
  type BuildOptions,
  buildFilter,
  finding,
  NOW,
  REP,
  scanAs,
  storeRaw,
  submission,
} from '../lambdas/filter-kit';
import {
  awsError,
  type Captured,
  captureOutput,
  createTable,
  type Dynalite,
  fakeContext,
  faultOnce,
  getItem,
  makeWorld,
  putItem,
  queryPartition,
  sqsEvent,
  startDynalite,
  type World,
} from '../lambdas/harness';

const DAY = '2026-11-27';

let dyn: Dynalite;
let world: World;
let out: Captured;

beforeAll(async () => {
  dyn = await startDynalite();
  world = makeWorld(dyn, '');
});
afterAll(async () => {
  await dyn.close();
});
beforeEach(async () => {
  world.reset();
  world.tableName = await createTable(dyn.endpoint);
  out = captureOutput();
});
afterEach(() => {
  out.restore();
});

const build = (opts: BuildOptions = {}) => buildFilter(world, opts);

function store(sub: Submission): void {
  const raw = Buffer.from(
    `From: <${sub.envelope.mailFrom}>\r\nTo: buyer@acme.example\r\nSubject: Proposal\r\n\r\nHello, talk Tuesday?\r\n`,
  );
  storeRaw(world, sub, raw);
}

const failed = (res: { batchItemFailures: Array<{ itemIdentifier: string }> }) =>
  res.batchItemFailures.map((f) => f.itemIdentifier);

const run = (handler: ReturnType<typeof build>, event: SQSEvent) => handler(event, fakeContext());

const scope = (sk: string, day = DAY) => getItem(world, `METRICS#${day}`, sk);
const record = (id: string) => getItem(world, `MSG#${id}`, 'MSG');
const isUpdateOf = (prefix: string) => (input: Record<string, unknown>) =>
  JSON.stringify(input.Key ?? {}).includes(prefix);

describe('counters with the outcome log', () => {
  it('counts a relayed message once per scope, on its received day', async () => {
    const sub = submission();
    store(sub);

    expect(failed(await run(build(), sqsEvent(sub)))).toEqual([]);

    expect(await scope('TOTALS')).toMatchObject({ MESSAGES: 1, 'VERDICT#pass': 1 });
    expect(await scope(`REP#${REP}`)).toMatchObject({ MESSAGES: 1, 'VERDICT#pass': 1 });
    const rec = await record(sub.id);
    expect(rec).toMatchObject({ status: 'RELAYED', countsDay: DAY, countsDue: {} });
  });

  it('does not count a redelivered Submission twice (the log transition is the dedupe)', async () => {
    const sub = submission();
    store(sub);
    const scan = scanAs('flag', [finding('quota_pressure', 'qp.my-quota')]);

    // No idempotency store: the second delivery really reaches the outcome log.
    const first = await run(build({ scan, idempotency: false }), sqsEvent(sub));
    const second = await run(build({ scan, idempotency: false }), sqsEvent(sub));
    // And once more through Powertools idempotency, as deployed.
    const third = await run(build({ scan }), sqsEvent(sub));

    expect([failed(first), failed(second), failed(third)]).toEqual([[], [], []]);
    expect(world.relayed).toHaveLength(1);
    expect(await scope('TOTALS')).toMatchObject({
      MESSAGES: 1,
      'VERDICT#flag': 1,
      'CATEGORY#quota_pressure': 1,
      'RULE#qp.my-quota': 1,
    });
    expect(await scope(`REP#${REP}`)).toMatchObject({ MESSAGES: 1, 'VERDICT#flag': 1 });
  });

  it('counts a held message with its categories, rules and team (from the directory item), and keeps the team on the hold', async () => {
    await putItem(world, { pk: `REP#${REP}`, sk: 'APPROVER', approver: 'mgr@seller.example', team: 'EMEA' });
    const sub = submission();
    store(sub);
    const scan = scanAs('hold', [
      finding('unilateral_discount', 'ud.price-cut'),
      finding('unilateral_discount', 'ud.price-cut'),
      finding('quota_pressure', 'qp.my-quota'),
    ]);

    await run(build({ scan }), sqsEvent(sub));
    await run(build({ scan, idempotency: false }), sqsEvent(sub));

    const expected = {
      MESSAGES: 1,
      'VERDICT#hold': 1,
      'CATEGORY#unilateral_discount': 1,
      'CATEGORY#quota_pressure': 1,
      'RULE#ud.price-cut': 1,
      'RULE#qp.my-quota': 1,
    };
    expect(await scope('TOTALS')).toMatchObject(expected);
    expect(await scope('TEAM#EMEA')).toMatchObject(expected);
    expect(await scope(`REP#${REP}`)).toMatchObject({ MESSAGES: 1, 'VERDICT#hold': 1, team: 'EMEA' });
    // The hold keeps the team, so its decision is counted under TEAM#EMEA too.
    expect(await getItem(world, `MSG#${sub.id}`, 'HOLD')).toMatchObject({ team: 'EMEA' });
  });

  it('counts the verdict once when SES refuses the relay and the message is held', async () => {
    const sub = submission();
    store(sub);
    world.sesFaults.push(() => awsError('MessageRejected', 'Email address is not verified.'));

    await run(build(), sqsEvent(sub));

    expect((await record(sub.id))?.status).toBe('HELD');
    const totals = await scope('TOTALS');
    expect(totals).toMatchObject({ MESSAGES: 1, 'VERDICT#pass': 1 });
    expect(totals?.['VERDICT#hold']).toBeUndefined();
  });

  it('gives a bounce (null sender) no rep row', async () => {
    const sub = submission({ envelope: { mailFrom: '', rcptTo: ['buyer@acme.example'] } });
    store(sub);

    await run(build(), sqsEvent(sub));

    const rows = await queryPartition(world, `METRICS#${DAY}`);
    expect(rows.map((r) => r.sk)).toEqual(['TOTALS']);
  });
});

describe('counters: crash windows', () => {
  it('finishes the counts on redelivery when the counter write failed after the transition (none lost)', async () => {
    const sub = submission();
    store(sub);
    world.faults.push(
      faultOnce('UpdateItem', isUpdateOf('METRICS#'), awsError('InternalServerError', 'died', 'server')),
    );

    const first = await run(build(), sqsEvent(sub));
    expect(failed(first)).toHaveLength(1);
    expect(world.relayed).toHaveLength(0); // counts come before the relay: the message simply retries
    const midway = await record(sub.id);
    expect(midway?.status).toBe('RELAYING');
    expect(Object.keys((midway?.countsDue as object) ?? {}).sort()).toEqual([`REP#${REP}`, 'TOTALS']);
    expect(await scope('TOTALS')).toBeUndefined();

    const second = await run(build(), sqsEvent(sub));
    expect(failed(second)).toEqual([]);
    expect(world.relayed).toHaveLength(1);
    expect(await scope('TOTALS')).toMatchObject({ MESSAGES: 1, 'VERDICT#pass': 1 });
    expect(await scope(`REP#${REP}`)).toMatchObject({ MESSAGES: 1, 'VERDICT#pass': 1 });
    expect((await record(sub.id))?.countsDue).toEqual({});
  });

  it('counts one scope twice when the process dies between its ADD and clearing its mark (at-least-once)', async () => {
    const sub = submission();
    store(sub);
    // Scopes apply in sorted order: REP#… first. Its mark removal fails once.
    world.faults.push(
      faultOnce(
        'UpdateItem',
        (input) => String(input.UpdateExpression).startsWith('REMOVE'),
        awsError('InternalServerError', 'died', 'server'),
      ),
    );

    await run(build(), sqsEvent(sub));
    await run(build(), sqsEvent(sub));

    expect(world.relayed).toHaveLength(1);
    expect(await scope(`REP#${REP}`)).toMatchObject({ MESSAGES: 2 });
    expect(await scope('TOTALS')).toMatchObject({ MESSAGES: 1 });
  });

  it('never marks counts twice for one message, even if its record were back at RECEIVED', async () => {
    const sub = submission();
    store(sub);
    await run(build(), sqsEvent(sub));
    // Force the status back (an operator's mistake, a restore): only countsDay still says "counted".
    await world.dynamo.send(
      new UpdateItemCommand({
        TableName: world.tableName,
        Key: marshall({ pk: `MSG#${sub.id}`, sk: 'MSG' }),
        UpdateExpression: 'SET #s = :r',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: marshall({ ':r': 'RECEIVED' }),
      }),
    );
    const log = new DynamoOutcomeLog(world.clients.dynamodb, world.tableName);

    const again = log.startRelay(
      { submission: sub },
      {
        decision: { verdict: 'pass', wouldBe: 'pass', mode: 'enforce', categories: [], rules: [] },
        timings: {},
      },
      1,
      NOW,
    );

    await expect(again).rejects.toMatchObject({ name: 'ConflictError' });
    expect(await scope('TOTALS')).toMatchObject({ MESSAGES: 1 });
    expect((await record(sub.id))?.status).toBe('RECEIVED');
  });
});

describe('DynamoMetrics.day', () => {
  it('reads every counter item of the day across Query pages, and nothing of other days', async () => {
    const metrics = new DynamoMetrics(world.clients.dynamodb, world.tableName, 2);
    const reps = ['a', 'b', 'c', 'd', 'e'].map((n) => `${n}@seller.example`);
    for (const rep of reps) {
      await metrics.apply(
        { pk: 'MSG#none', sk: 'MSG' },
        {
          day: DAY,
          scopes: {
            TOTALS: { add: { MESSAGES: 1 } },
            [`REP#${rep}`]: { add: { MESSAGES: 1 }, set: { team: 'T' } },
          },
        },
      );
    }
    await metrics.apply(
      { pk: 'MSG#none', sk: 'MSG' },
      { day: '2026-11-28', scopes: { TOTALS: { add: { MESSAGES: 7 } } } },
    );

    let queries = 0;
    world.faults.push((command) => {
      if (command === 'Query') queries++;
      return undefined;
    });
    const rows = await metrics.day(DAY);

    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r.scope === 'TOTALS')?.counters).toEqual({ MESSAGES: 5 });
    expect(rows.find((r) => r.scope === 'REP#c@seller.example')).toEqual({
      scope: 'REP#c@seller.example',
      counters: { MESSAGES: 1 },
      team: 'T',
    });
    expect(queries).toBeGreaterThanOrEqual(3); // 6 items, 2 per page
  });
});

describe('recordDecision (for the approvals flow)', () => {
  const HELD_AT = '2026-11-27T09:00:00.000Z';

  async function putHold(id: string, team?: string): Promise<HoldState> {
    const hold: HoldState = {
      id,
      status: 'HELD',
      rep: REP,
      approver: 'mgr@seller.example',
      heldAt: HELD_AT,
      deadline: '2026-11-28T09:00:00.000Z',
      ...(team ? { team } : {}),
    };
    await putItem(world, { pk: `MSG#${id}`, sk: 'HOLD', ...hold });
    return hold;
  }

  /** What the approvals adapter does: the guarded transition with the mark in the same write. */
  async function decide(hold: HoldState, at: Date): Promise<boolean> {
    const update = transition(hold, { type: 'approve', by: 'mgr@seller.example', via: 'link' }, at);
    const expr = toConditionalUpdate(
      update,
      decisionMark({
        decision: 'approved',
        heldAt: hold.heldAt,
        decidedAt: at.toISOString(),
        team: hold.team,
      }),
    );
    try {
      await world.dynamo.send(
        new UpdateItemCommand({
          TableName: world.tableName,
          Key: marshall({ pk: `MSG#${hold.id}`, sk: 'HOLD' }),
          UpdateExpression: expr.UpdateExpression,
          ConditionExpression: expr.ConditionExpression,
          ExpressionAttributeNames: expr.ExpressionAttributeNames,
          ExpressionAttributeValues: marshall(expr.ExpressionAttributeValues, {
            removeUndefinedValues: true,
          }),
        }),
      );
      return true;
    } catch (err) {
      if ((err as Error).name === 'ConditionalCheckFailedException') return false;
      throw err;
    }
  }

  it('counts an approval and its time to decision on the decision day, once per won transition', async () => {
    const counters = new DynamoMetrics(world.clients.dynamodb, world.tableName);
    const hold = await putHold('h1', 'EMEA');
    const at = new Date('2026-11-28T00:30:00.000Z'); // 15.5 h after the hold, next UTC day
    const input = {
      holdId: 'h1',
      decision: 'approved' as const,
      heldAt: HELD_AT,
      decidedAt: at.toISOString(),
      team: 'EMEA',
    };

    const metrics = makeMetrics();
    const telemetry = new Telemetry(metrics, makeLogger());

    for (let click = 0; click < 2; click++) {
      // A replayed link loses the write and never reaches recordDecision.
      if (await decide(hold, at)) await recordDecision(counters, input, { telemetry });
    }
    publish(metrics, makeLogger());

    expect(out.metric(METRIC.holdsApproved)).toBe(1);
    expect(out.metric(METRIC.timeToDecision)).toBe(15.5 * 3600);

    const expected = {
      'DECISION#approved': 1,
      'TTD#count': 1,
      'TTD#sumSeconds': 15.5 * 3600,
      'TTD#le#86400': 1,
    };
    expect(await scope('TOTALS', '2026-11-28')).toMatchObject(expected);
    expect(await scope('TEAM#EMEA', '2026-11-28')).toMatchObject(expected);
    expect(await getItem(world, 'MSG#h1', 'HOLD')).toMatchObject({ status: 'APPROVED', countsDue: {} });
  });

  it('leaves the counts due when the decider dies after the transition; the sweeper repair adds them once', async () => {
    const counters = new DynamoMetrics(world.clients.dynamodb, world.tableName);
    const hold = await putHold('h2');
    const at = new Date('2026-11-27T09:10:00.000Z');

    expect(await decide(hold, at)).toBe(true); // ...and the process dies before recordDecision

    expect(await scope('TOTALS')).toBeUndefined();
    expect(await finishDecisionCounts(counters, 'h2')).toBe(true);
    expect(await finishDecisionCounts(counters, 'h2')).toBe(false);
    expect(await scope('TOTALS')).toMatchObject({ 'DECISION#approved': 1, 'TTD#count': 1, 'TTD#le#900': 1 });
  });

  it('counts only HELD → APPROVED|REJECTED|EXPIRED transitions (not the expiry action, release or reminders)', () => {
    const held = {
      id: 'h',
      status: 'HELD' as const,
      rep: REP,
      approver: 'mgr@seller.example',
      heldAt: HELD_AT,
      deadline: '2026-11-28T09:00:00.000Z',
      team: 'EMEA',
    };
    const at = new Date('2026-11-28T09:00:00.000Z');
    const expired = transition(held, { type: 'expire' }, at);
    const resolved = transition(
      { ...held, status: 'EXPIRED' },
      { type: 'resolveExpiry', action: 'reject' },
      at,
    );
    const reminded = transition(held, { type: 'remind', stage: 'half', to: 'mgr@seller.example' }, at);
    const rejected = transition(
      held,
      { type: 'reject', by: 'mgr@seller.example', via: 'console', note: 'no' },
      at,
    );
    const released = transition(
      { ...held, status: 'APPROVED' },
      { type: 'release', sesMessageId: 'ses-1' },
      at,
    );

    expect(decisionCountsFor(expired, held)).toEqual({
      decision: 'expired',
      heldAt: HELD_AT,
      decidedAt: at.toISOString(),
      team: 'EMEA',
    });
    expect(decisionCountsFor(rejected, held)?.decision).toBe('rejected');
    expect(decisionCountsFor(resolved, held)).toBeUndefined();
    expect(decisionCountsFor(reminded, held)).toBeUndefined();
    expect(decisionCountsFor(released, held)).toBeUndefined();
  });

  it('does not time an expiry', async () => {
    const counters = new DynamoMetrics(world.clients.dynamodb, world.tableName);
    await putHold('h3');

    await recordDecision(counters, {
      holdId: 'h3',
      decision: 'expired',
      heldAt: HELD_AT,
      decidedAt: '2026-11-28T09:00:00.000Z',
    });

    const totals = await scope('TOTALS', '2026-11-28');
    expect(totals).toMatchObject({ 'DECISION#expired': 1 });
    expect(totals?.['TTD#count']).toBeUndefined();
  });
});

describe('GET /api/metrics numbers match the log', () => {
  it('sums verdicts exactly as the message records hold them', async () => {
    const scans: Record<string, ScanFn> = {
      pass: scanAs('pass', []),
      flag: scanAs('flag', [finding('quota_pressure', 'qp.my-quota')]),
      hold: scanAs('hold', [finding('unilateral_discount', 'ud.price-cut')]),
    };
    const plan: Array<keyof typeof scans> = ['pass', 'pass', 'flag', 'hold', 'pass', 'hold'];
    const subs = plan.map((_, i) =>
      submission({ receivedAt: i < 3 ? `${DAY}T23:59:59.000Z` : '2026-11-28T00:00:00.000Z' }),
    );
    for (const [i, sub] of subs.entries()) {
      store(sub);
      const handler = build({ scan: scans[plan[i] as string], idempotency: false });
      await run(handler, sqsEvent(sub));
      await run(handler, sqsEvent(sub)); // every message delivered twice
    }

    const metrics = new DynamoMetrics(world.clients.dynamodb, world.tableName);
    const result = await getMetrics(
      parseMetricsQuery({ from: '2026-11-26', to: '2026-11-29' }),
      { email: 'admin@seller.example', admin: true },
      { reader: metrics, access: { canView: () => true, canSeeRep: () => true } },
    );

    const fromLog: Record<string, number> = { pass: 0, flag: 0, hold: 0 };
    for (const sub of subs) {
      const verdict = String((await record(sub.id))?.verdict);
      fromLog[verdict] = (fromLog[verdict] ?? 0) + 1;
    }
    expect(result.totals.verdicts).toEqual(fromLog);
    expect(result.totals.messages).toBe(6);
    expect(result.days.map((d) => [d.date, d.messages])).toEqual([
      ['2026-11-26', 0],
      ['2026-11-27', 3],
      ['2026-11-28', 3],
      ['2026-11-29', 0],
    ]);
    expect(result.days[1]?.verdicts).toEqual({ pass: 2, flag: 1, hold: 0 });
    expect(result.reps).toEqual([
      {
        rep: REP,
        team: null,
        messages: 6,
        verdicts: fromLog,
        flagRate: 0.1667,
        holdRate: 0.3333,
      },
    ]);
  });
});
