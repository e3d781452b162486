// The metrics page's numbers: one Query per UTC day over the daily counters (never a Scan), summed
// over the range, zero-filled, with per-rep rows only for those allowed to see them.
//
// Primary course:
//  1. Validate the query (YYYY-MM-DD, from ≤ to, at most MAX_RANGE_DAYS days, team name).
//  2. Check the actor may see metrics at all (MetricsForbidden otherwise).
//  3. Read each day's counter items (TOTALS, or TEAM#<team> when a team is asked for, and REP# rows).
//  4. Sum, zero-fill, estimate time-to-decision percentiles from the histogram buckets.
//  5. Keep the rep rows the actor may see.
import { z } from 'zod';
import { CATEGORIES, type Verdict } from '../domain/types';
import type { Actor, MetricsAccess } from './access';
import { COUNTER, type HoldDecision, SCOPE, TTD_BUCKETS } from './plan';
import type { MetricsReader, ScopeRow } from './ports';

export const MAX_RANGE_DAYS = 366;
const DAY_MS = 86_400_000;
/** Days read at once (each a Query). */
const READ_CONCURRENCY = 8;

const isoDay = (field: string) =>
  z
    .string({ error: `${field}: required, as YYYY-MM-DD` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${field}: expected a date as YYYY-MM-DD`, abort: true })
    .refine(
      (v) => {
        const d = new Date(`${v}T00:00:00Z`);
        return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
      },
      { error: `${field}: not a calendar date`, abort: true },
    );

export const metricsQuerySchema = z
  .strictObject(
    {
      from: isoDay('from'),
      to: isoDay('to'),
      team: z
        .string()
        .trim()
        .min(1, 'team: empty')
        .max(64, 'team: at most 64 characters')
        .regex(/^[\w .&/-]+$/, 'team: letters, digits, spaces and ._&/- only')
        .optional(),
      format: z.enum(['json', 'csv'], { error: 'format: json or csv' }).default('json'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? `unknown parameter: ${issue.keys.join(', ')}` : undefined,
    },
  )
  // Range checks only once both dates are valid (zod runs object refinements despite field issues).
  .refine((q) => q.from <= q.to, { error: 'from: must not be after to', when: noIssues })
  .refine((q) => dayCount(q.from, q.to) <= MAX_RANGE_DAYS, {
    error: `to: the range is at most ${MAX_RANGE_DAYS} days`,
    when: noIssues,
  });

function noIssues(payload: { issues: readonly unknown[] }): boolean {
  return payload.issues.length === 0;
}

export type MetricsQuery = z.output<typeof metricsQuerySchema>;

/** A query the API cannot answer; the message says which parameter and why (HTTP 400). */
export class MetricsQueryError extends Error {
  override readonly name = 'MetricsQueryError';
}

/** The actor may not see metrics (HTTP 403). */
export class MetricsForbidden extends Error {
  override readonly name = 'MetricsForbidden';
}

/**
 * Parses query parameters (URLSearchParams or a plain record, e.g. API Gateway's
 * queryStringParameters). Throws MetricsQueryError with every problem, `; `-separated.
 */
export function parseMetricsQuery(
  params: URLSearchParams | Record<string, string | string[] | undefined> | null | undefined,
): MetricsQuery {
  const record: Record<string, string> = {};
  const twice: string[] = [];
  const entries: Array<[string, string | string[] | undefined]> =
    params instanceof URLSearchParams
      ? [...params.keys()].map((k) => [k, params.getAll(k)])
      : Object.entries(params ?? {});
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    if (values.length > 1) twice.push(key);
    if (values[0] !== undefined) record[key] = values[0];
  }
  if (twice.length) throw new MetricsQueryError(`given more than once: ${twice.join(', ')}`);
  const parsed = metricsQuerySchema.safeParse(record);
  if (!parsed.success) throw new MetricsQueryError(parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
}

export type VerdictCounts = Record<Verdict, number>;

export interface MetricsResult {
  from: string;
  to: string;
  team: string | null;
  /** Every day of the range, in order, zero-filled. */
  days: Array<{ date: string; messages: number; verdicts: VerdictCounts }>;
  totals: {
    messages: number;
    verdicts: VerdictCounts;
    /** flag / messages, null without messages. */
    flagRate: number | null;
    holdRate: number | null;
  };
  /** Product categories always listed (zero when none); hold reasons as they occur. Most hits first. */
  categories: Array<{ category: string; count: number }>;
  /** Rule hits, most first. */
  rules: Array<{ rule: string; count: number }>;
  decisions: Record<HoldDecision, number> & { timeToDecision: TimeToDecision };
  /** Only the reps the actor may see; most messages first. */
  reps: RepRow[];
}

export interface TimeToDecision {
  /** Decisions by a person (approve/reject); expiries are not timed. */
  count: number;
  meanSeconds: number | null;
  /** Estimated from the histogram (linear within a bucket); a value in the open last bucket is its lower bound. */
  p50Seconds: number | null;
  p90Seconds: number | null;
  /** Bucket upper bounds in seconds (null = no bound) and their counts. */
  histogram: Array<{ leSeconds: number | null; count: number }>;
}

export interface RepRow {
  rep: string;
  team: string | null;
  messages: number;
  verdicts: VerdictCounts;
  flagRate: number | null;
  holdRate: number | null;
}

export interface MetricsDeps {
  reader: MetricsReader;
  access: MetricsAccess;
}

export async function getMetrics(
  query: MetricsQuery,
  actor: Actor,
  deps: MetricsDeps,
): Promise<MetricsResult> {
  if (!(await deps.access.canView(actor))) throw new MetricsForbidden('you may not see the metrics');
  const dates = daysOf(query.from, query.to);
  const byDay = await readDays(dates, deps.reader);
  const source = query.team ? SCOPE.team(query.team) : SCOPE.totals;

  const sum: Record<string, number> = {};
  const reps = new Map<string, { team?: string; counters: Record<string, number> }>();
  const days = dates.map((date, i) => {
    const rows = byDay[i] ?? [];
    const counters = rows.find((r) => r.scope === source)?.counters ?? {};
    addInto(sum, counters);
    for (const row of rows) {
      if (!row.scope.startsWith('REP#')) continue;
      if (query.team && row.team !== query.team) continue;
      const rep = row.scope.slice('REP#'.length);
      const acc = reps.get(rep) ?? { counters: {} };
      if (row.team) acc.team = row.team;
      addInto(acc.counters, row.counters);
      reps.set(rep, acc);
    }
    return { date, messages: counters[COUNTER.messages] ?? 0, verdicts: verdicts(counters) };
  });

  const visible: RepRow[] = [];
  for (const [rep, acc] of reps) {
    if (!(await deps.access.canSeeRep(actor, rep))) continue;
    const messages = acc.counters[COUNTER.messages] ?? 0;
    const v = verdicts(acc.counters);
    visible.push({
      rep,
      team: acc.team ?? null,
      messages,
      verdicts: v,
      flagRate: rate(v.flag, messages),
      holdRate: rate(v.hold, messages),
    });
  }
  visible.sort((a, b) => b.messages - a.messages || a.rep.localeCompare(b.rep));

  const messages = sum[COUNTER.messages] ?? 0;
  const totalVerdicts = verdicts(sum);
  return {
    from: query.from,
    to: query.to,
    team: query.team ?? null,
    days,
    totals: {
      messages,
      verdicts: totalVerdicts,
      flagRate: rate(totalVerdicts.flag, messages),
      holdRate: rate(totalVerdicts.hold, messages),
    },
    categories: ranked(sum, 'CATEGORY#', CATEGORIES).map(([category, count]) => ({ category, count })),
    rules: ranked(sum, 'RULE#', []).map(([rule, count]) => ({ rule, count })),
    decisions: {
      approved: sum[COUNTER.decision('approved')] ?? 0,
      rejected: sum[COUNTER.decision('rejected')] ?? 0,
      expired: sum[COUNTER.decision('expired')] ?? 0,
      timeToDecision: timeToDecision(sum),
    },
    reps: visible,
  };
}

/** Percentile estimate from cumulative bucket counts, linear within the bucket it falls in. */
export function percentileFromHistogram(
  buckets: ReadonlyArray<{ le: number; count: number }>,
  p: number,
): number | null {
  const total = buckets.reduce((n, b) => n + b.count, 0);
  if (total === 0) return null;
  const rank = p * total;
  let before = 0;
  let lower = 0;
  for (const b of buckets) {
    if (b.count > 0 && before + b.count >= rank) {
      if (!Number.isFinite(b.le)) return lower;
      return Math.round(lower + ((b.le - lower) * (rank - before)) / b.count);
    }
    before += b.count;
    if (Number.isFinite(b.le)) lower = b.le;
  }
  return lower;
}

function timeToDecision(sum: Record<string, number>): TimeToDecision {
  const buckets = TTD_BUCKETS.map((le) => ({ le, count: sum[COUNTER.ttdBucket(le)] ?? 0 }));
  const count = sum[COUNTER.ttdCount] ?? 0;
  return {
    count,
    meanSeconds: count ? Math.round((sum[COUNTER.ttdSumSeconds] ?? 0) / count) : null,
    p50Seconds: percentileFromHistogram(buckets, 0.5),
    p90Seconds: percentileFromHistogram(buckets, 0.9),
    histogram: buckets.map((b) => ({ leSeconds: Number.isFinite(b.le) ? b.le : null, count: b.count })),
  };
}

async function readDays(dates: string[], reader: MetricsReader): Promise<ScopeRow[][]> {
  const out: ScopeRow[][] = new Array(dates.length);
  let next = 0;
  const worker = async () => {
    while (next < dates.length) {
      const i = next++;
      out[i] = await reader.day(dates[i] as string);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, dates.length) }, worker));
  return out;
}

function verdicts(counters: Record<string, number>): VerdictCounts {
  return {
    pass: counters[COUNTER.verdict('pass')] ?? 0,
    flag: counters[COUNTER.verdict('flag')] ?? 0,
    hold: counters[COUNTER.verdict('hold')] ?? 0,
  };
}

function addInto(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

/** Counters under `prefix`, with `always` listed at zero, most first then by name. */
function ranked(
  sum: Record<string, number>,
  prefix: string,
  always: readonly string[],
): Array<[string, number]> {
  const out = new Map<string, number>(always.map((name) => [name, 0]));
  for (const [k, v] of Object.entries(sum)) if (k.startsWith(prefix)) out.set(k.slice(prefix.length), v);
  return [...out].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Every UTC day from `from` to `to`, inclusive. */
export function daysOf(from: string, to: string): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: dayCount(from, to) }, (_, i) =>
    new Date(start + i * DAY_MS).toISOString().slice(0, 10),
  );
}
