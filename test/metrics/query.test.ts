// getMetrics: query validation, aggregation across days, zero-filled ranges, team scope, who sees
// per-rep rows, and percentile estimates from the time-to-decision histogram.
import { describe, expect, it } from 'vitest';
import { Directory } from '../../lambdas/approvals/directory';
import {
  type Actor,
  decisionCountPlan,
  directoryMetricsAccess,
  getMetrics,
  MAX_RANGE_DAYS,
  type MetricsAccess,
  MetricsForbidden,
  MetricsQueryError,
  messageCountPlan,
  parseMetricsQuery,
  percentileFromHistogram,
} from '../../lambdas/metrics';
import { MemoryMetrics } from './memory';

const ADMIN: Actor = { email: 'boss@seller.example', admin: true };
const everyone: MetricsAccess = { canView: () => true, canSeeRep: () => true };

const directory = new Directory(
  [
    { email: 'admin@seller.example', role: 'admin' },
    { email: 'anna@seller.example', role: 'manager', team: 'EMEA' },
    { email: 'bob@seller.example', role: 'manager', team: 'US' },
    { email: 'r1@seller.example', role: 'rep', manager: 'anna@seller.example', team: 'EMEA' },
    { email: 'r2@seller.example', role: 'rep', manager: 'anna@seller.example', team: 'EMEA' },
    { email: 'r3@seller.example', role: 'rep', manager: 'bob@seller.example', team: 'US' },
  ],
  'lead@seller.example',
);
const access = directoryMetricsAccess(directory);

function msg(
  day: string,
  rep: string,
  verdict: string,
  team?: string,
  categories: string[] = [],
  rules: string[] = [],
) {
  return messageCountPlan({ receivedAt: `${day}T12:00:00Z`, rep, team, verdict, categories, rules });
}

/** Three days of mail from three reps in two teams (the middle day empty). */
function sample(): MemoryMetrics {
  return new MemoryMetrics()
    .apply(msg('2026-11-01', 'r1@seller.example', 'pass', 'EMEA'))
    .apply(msg('2026-11-01', 'r1@seller.example', 'flag', 'EMEA', ['quota_pressure'], ['qp.a']))
    .apply(msg('2026-11-01', 'r3@seller.example', 'hold', 'US', ['unilateral_discount'], ['ud.price-cut']))
    .apply(msg('2026-11-03', 'r2@seller.example', 'hold', 'EMEA', ['unilateral_discount'], ['ud.price-cut']))
    .apply(msg('2026-11-03', 'R1@Seller.example', 'pass', 'EMEA'))
    .apply(msg('2026-11-03', 'r3@seller.example', 'pass', 'US'));
}

const q = (from: string, to: string, team?: string) =>
  parseMetricsQuery({ from, to, ...(team ? { team } : {}) });

describe('parseMetricsQuery', () => {
  it.each([
    [{ to: '2026-11-01' }, 'from: required, as YYYY-MM-DD'],
    [{ from: '2026-11-1', to: '2026-11-01' }, 'from: expected a date as YYYY-MM-DD'],
    [{ from: '2026-02-30', to: '2026-03-01' }, 'from: not a calendar date'],
    [{ from: '2026-11-02', to: '2026-11-01' }, 'from: must not be after to'],
    [{ from: '2025-01-01', to: '2026-01-02' }, `to: the range is at most ${MAX_RANGE_DAYS} days`],
    [{ from: '2026-11-01', to: '2026-11-01', team: 'a;b' }, 'team: letters, digits, spaces and ._&/- only'],
    [{ from: '2026-11-01', to: '2026-11-01', format: 'xml' }, 'format: json or csv'],
    [{ from: '2026-11-01', to: '2026-11-01', rep: 'x' }, 'unknown parameter: rep'],
  ])('rejects %j: %s', (params, message) => {
    expect(() => parseMetricsQuery(params)).toThrow(new MetricsQueryError(message));
  });

  it('rejects a parameter given twice', () => {
    expect(() =>
      parseMetricsQuery(new URLSearchParams('from=2026-11-01&from=2026-11-02&to=2026-11-03')),
    ).toThrow('given more than once: from');
  });

  it('accepts 366 days, a leap day, a team with spaces, and defaults to JSON', () => {
    expect(parseMetricsQuery({ from: '2024-01-01', to: '2024-12-31' }).format).toBe('json');
    expect(
      parseMetricsQuery(new URLSearchParams('from=2024-02-29&to=2024-02-29&team=North%20America&format=csv')),
    ).toEqual({
      from: '2024-02-29',
      to: '2024-02-29',
      team: 'North America',
      format: 'csv',
    });
  });
});

describe('getMetrics: aggregation', () => {
  it('sums across days, zero-fills the days without data, one read per day', async () => {
    const reader = sample();
    const result = await getMetrics(q('2026-10-31', '2026-11-03'), ADMIN, { reader, access: everyone });

    expect(reader.reads.sort()).toEqual(['2026-10-31', '2026-11-01', '2026-11-02', '2026-11-03']);
    expect(result.days).toEqual([
      { date: '2026-10-31', messages: 0, verdicts: { pass: 0, flag: 0, hold: 0 } },
      { date: '2026-11-01', messages: 3, verdicts: { pass: 1, flag: 1, hold: 1 } },
      { date: '2026-11-02', messages: 0, verdicts: { pass: 0, flag: 0, hold: 0 } },
      { date: '2026-11-03', messages: 3, verdicts: { pass: 2, flag: 0, hold: 1 } },
    ]);
    expect(result.totals).toEqual({
      messages: 6,
      verdicts: { pass: 3, flag: 1, hold: 2 },
      flagRate: 0.1667,
      holdRate: 0.3333,
    });
    expect(result.categories).toEqual([
      { category: 'unilateral_discount', count: 2 },
      { category: 'quota_pressure', count: 1 },
    ]);
    expect(result.rules).toEqual([
      { rule: 'ud.price-cut', count: 2 },
      { rule: 'qp.a', count: 1 },
    ]);
    // A rep's address in any case is one row.
    expect(result.reps.map((r) => [r.rep, r.messages, r.verdicts])).toEqual([
      ['r1@seller.example', 3, { pass: 2, flag: 1, hold: 0 }],
      ['r3@seller.example', 2, { pass: 1, flag: 0, hold: 1 }],
      ['r2@seller.example', 1, { pass: 0, flag: 0, hold: 1 }],
    ]);
  });

  it('renders a range without data as zeros and nulls, not errors', async () => {
    const result = await getMetrics(q('2027-01-01', '2027-01-03'), ADMIN, {
      reader: new MemoryMetrics(),
      access: everyone,
    });

    expect(result.days.map((d) => d.messages)).toEqual([0, 0, 0]);
    expect(result.totals).toEqual({
      messages: 0,
      verdicts: { pass: 0, flag: 0, hold: 0 },
      flagRate: null,
      holdRate: null,
    });
    expect(result.categories).toEqual([
      { category: 'quota_pressure', count: 0 },
      { category: 'unilateral_discount', count: 0 },
    ]);
    expect(result.rules).toEqual([]);
    expect(result.reps).toEqual([]);
    expect(result.decisions).toMatchObject({
      approved: 0,
      rejected: 0,
      expired: 0,
      timeToDecision: { count: 0, meanSeconds: null, p50Seconds: null, p90Seconds: null },
    });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('with a team: that team’s counters and only its reps', async () => {
    const result = await getMetrics(q('2026-11-01', '2026-11-03', 'US'), ADMIN, {
      reader: sample(),
      access: everyone,
    });

    expect(result.team).toBe('US');
    expect(result.totals.verdicts).toEqual({ pass: 1, flag: 0, hold: 1 });
    expect(result.reps.map((r) => r.rep)).toEqual(['r3@seller.example']);
  });

  it('reports approval outcomes and time to decision', async () => {
    const heldAt = '2026-11-01T00:00:00Z';
    const decided = (minutes: number, decision: 'approved' | 'rejected' | 'expired' = 'approved') =>
      decisionCountPlan({
        decision,
        heldAt,
        decidedAt: new Date(Date.parse(heldAt) + minutes * 60_000).toISOString(),
      });
    const reader = new MemoryMetrics();
    // 10 timed decisions: 2 within 1 min, 6 in (30 min, 1 h], 2 in (4 h, 8 h]; plus one expiry.
    for (const m of [0.5, 1, 40, 45, 50, 55, 58, 60, 300, 400])
      reader.apply(decided(m, m === 400 ? 'rejected' : 'approved'));
    reader.apply(decided(24 * 60, 'expired'));

    const result = await getMetrics(q('2026-11-01', '2026-11-02'), ADMIN, { reader, access: everyone });

    const ttd = result.decisions.timeToDecision;
    expect(result.decisions).toMatchObject({ approved: 9, rejected: 1, expired: 1 });
    expect(ttd.count).toBe(10);
    expect(ttd.meanSeconds).toBe(Math.round(((0.5 + 1 + 40 + 45 + 50 + 55 + 58 + 60 + 300 + 400) * 60) / 10));
    // Median rank 5 falls in (1800, 3600] as the 3rd of 6 there: 1800 + 1800 * 3/6.
    expect(ttd.p50Seconds).toBe(2700);
    // p90 rank 9 falls in (14400, 28800] as the 1st of 2: 14400 + 14400 / 2.
    expect(ttd.p90Seconds).toBe(21_600);
    expect(ttd.histogram.find((b) => b.leSeconds === 3600)?.count).toBe(6);
    expect(ttd.histogram.at(-1)).toEqual({ leSeconds: null, count: 0 });
  });
});

describe('percentileFromHistogram', () => {
  const b = (...pairs: Array<[number, number]>) => pairs.map(([le, count]) => ({ le, count }));

  it.each([
    ['no data', b([60, 0], [Infinity, 0]), 0.5, null],
    ['one bucket, linear inside it', b([60, 4]), 0.5, 30],
    ['skips empty buckets', b([60, 0], [300, 0], [900, 2]), 0.5, 600],
    ['open last bucket: its lower bound', b([60, 1], [Infinity, 9]), 0.9, 60],
    ['exact bucket edge', b([60, 5], [300, 5]), 0.5, 60],
  ])('%s', (_, buckets, p, expected) => {
    expect(percentileFromHistogram(buckets, p)).toBe(expected);
  });
});

describe('getMetrics: who sees per-rep rows', () => {
  const run = (actor: Actor) =>
    getMetrics(q('2026-11-01', '2026-11-03'), actor, { reader: sample(), access });

  it('an admin sees every rep (directory role or the IdP flag)', async () => {
    expect((await run({ email: 'admin@seller.example' })).reps).toHaveLength(3);
    expect((await run({ email: 'someone@seller.example', admin: true })).reps).toHaveLength(3);
  });

  it('a manager sees only their own reps, and the same aggregates as everyone', async () => {
    const anna = await run({ email: 'Anna@Seller.example' });
    const bob = await run({ email: 'bob@seller.example' });

    expect(anna.reps.map((r) => r.rep).sort()).toEqual(['r1@seller.example', 'r2@seller.example']);
    expect(bob.reps.map((r) => r.rep)).toEqual(['r3@seller.example']);
    expect(anna.totals).toEqual(bob.totals);
  });

  it('a manager asking for another team gets its aggregates and no rep rows', async () => {
    const result = await getMetrics(
      q('2026-11-01', '2026-11-03', 'US'),
      { email: 'anna@seller.example' },
      {
        reader: sample(),
        access,
      },
    );

    expect(result.totals.messages).toBe(2);
    expect(result.reps).toEqual([]);
  });

  it('a rep, or someone outside the directory, may not see the metrics', async () => {
    await expect(run({ email: 'r1@seller.example' })).rejects.toBeInstanceOf(MetricsForbidden);
    await expect(run({ email: 'stranger@elsewhere.example' })).rejects.toBeInstanceOf(MetricsForbidden);
  });
});
