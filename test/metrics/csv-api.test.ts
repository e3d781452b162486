// CSV export (escaping, formula injection) and the HTTP-agnostic GET /api/metrics handler.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../lambdas/approvals/csv';
import {
  CSV_HEADER,
  csvCell,
  getMetrics,
  type MetricsAccess,
  messageCountPlan,
  metricsApi,
  parseMetricsQuery,
  toCsv,
} from '../../lambdas/metrics';
import { MemoryMetrics } from './memory';

const everyone: MetricsAccess = { canView: () => true, canSeeRep: () => true };
const ADMIN = { email: 'admin@seller.example', admin: true };

function reader(...reps: Array<[string, string | undefined]>): MemoryMetrics {
  const m = new MemoryMetrics();
  for (const [rep, team] of reps) {
    m.apply(
      messageCountPlan({
        receivedAt: '2026-11-01T10:00:00Z',
        rep,
        team,
        verdict: 'flag',
        categories: [],
        rules: [],
      }),
    );
  }
  return m;
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1@x.example', "'+1@x.example"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    [0.25, '0.25'],
    [-1, '-1'],
    [null, ''],
  ])('%j → %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('exports the same numbers as the JSON, one row each, with hostile rep names defused', async () => {
    const nasty = '=cmd|"/c calc"!a0@evil.example'; // addresses are kept lower-case
    const result = await getMetrics(parseMetricsQuery({ from: '2026-11-01', to: '2026-11-02' }), ADMIN, {
      reader: reader(['rep@seller.example', 'EMEA, North'], [nasty, undefined]),
      access: everyone,
    });

    const csv = toCsv(result);
    const rows = parseCsv(csv).map((r) => r.fields);

    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows[0]).toEqual([...CSV_HEADER]);
    const cell = (section: string, name: string, rep = '', date = '') =>
      rows.find((r) => r[0] === section && r[4] === name && r[2] === rep && r[1] === date)?.[5];
    expect(cell('day', 'flag', '', '2026-11-01')).toBe('2');
    expect(cell('day', 'messages', '', '2026-11-02')).toBe('0');
    expect(cell('totals', 'messages')).toBe(String(result.totals.messages));
    expect(cell('totals', 'flag_rate')).toBe('1');
    expect(cell('time_to_decision', 'p50_seconds')).toBe('');
    expect(cell('rep', 'flag', 'rep@seller.example')).toBe('1');
    expect(rows.find((r) => r[2] === 'rep@seller.example')?.[3]).toBe('EMEA, North');
    // The formula-looking address comes back as text with the apostrophe, never as a formula.
    expect(cell('rep', 'messages', `'${nasty}`)).toBe('1');
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
    expect(rows.flat().some((c) => /^[=+@]/.test(c))).toBe(false);
  });
});

describe('metricsApi', () => {
  const deps = { reader: reader(['rep@seller.example', 'EMEA']), access: everyone };

  it('answers JSON for a good query', async () => {
    const res = await metricsApi({ query: { from: '2026-11-01', to: '2026-11-01' }, actor: ADMIN }, deps);

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(res.body)).toMatchObject({ from: '2026-11-01', totals: { messages: 1 } });
  });

  it('answers CSV as a download when format=csv', async () => {
    const res = await metricsApi(
      { query: new URLSearchParams('from=2026-11-01&to=2026-11-03&team=EMEA&format=csv'), actor: ADMIN },
      deps,
    );

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="poise-metrics-2026-11-01-2026-11-03-EMEA.csv"',
    );
    expect(res.body.split('\r\n')[0]).toBe(CSV_HEADER.join(','));
  });

  it('400 with the validation message for a bad query', async () => {
    const res = await metricsApi({ query: { from: '2026-11-05', to: '2026-11-01' }, actor: ADMIN }, deps);

    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ error: 'from: must not be after to' });
  });

  it('401 without an actor, 403 for an actor who may not see metrics', async () => {
    const query = { from: '2026-11-01', to: '2026-11-01' };
    const noOne = await metricsApi({ query, actor: undefined }, deps);
    const rep = await metricsApi(
      { query, actor: { email: 'rep@seller.example' } },
      { ...deps, access: { canView: () => false, canSeeRep: () => false } },
    );

    expect(noOne.status).toBe(401);
    expect(rep.status).toBe(403);
    expect(rep.body).not.toContain('rep@seller.example');
  });

  it('lets storage errors through for the edge to log and answer 500', async () => {
    const broken = { reader: { day: async () => Promise.reject(new Error('throttled')) }, access: everyone };

    await expect(
      metricsApi({ query: { from: '2026-11-01', to: '2026-11-01' }, actor: ADMIN }, broken),
    ).rejects.toThrow('throttled');
  });
});
