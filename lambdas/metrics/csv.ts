// CSV export of a MetricsResult: one long table (section, date, rep, team, name, value), so every
// number of the JSON is one row and a spreadsheet can pivot it. RFC 4180 quoting, CRLF lines.
// Text cells that a spreadsheet would run as a formula (= + - @, tab, CR at the start) get a leading
// apostrophe: rep addresses and team names come from mail and directory files, not from us.
import type { MetricsResult } from './query';

export const CSV_HEADER = ['section', 'date', 'rep', 'team', 'name', 'value'] as const;

type Cell = string | number | null | undefined;

export function toCsv(result: MetricsResult): string {
  const rows: Cell[][] = [[...CSV_HEADER]];
  const row = (
    section: string,
    name: string,
    value: Cell,
    more: { date?: string; rep?: string; team?: string | null } = {},
  ) => rows.push([section, more.date, more.rep, more.team ?? result.team, name, value]);

  row('range', 'from', result.from);
  row('range', 'to', result.to);
  for (const day of result.days) {
    row('day', 'messages', day.messages, { date: day.date });
    for (const [verdict, n] of Object.entries(day.verdicts)) row('day', verdict, n, { date: day.date });
  }
  row('totals', 'messages', result.totals.messages);
  for (const [verdict, n] of Object.entries(result.totals.verdicts)) row('totals', verdict, n);
  row('totals', 'flag_rate', result.totals.flagRate);
  row('totals', 'hold_rate', result.totals.holdRate);
  for (const c of result.categories) row('category', c.category, c.count);
  for (const r of result.rules) row('rule', r.rule, r.count);
  const d = result.decisions;
  row('decisions', 'approved', d.approved);
  row('decisions', 'rejected', d.rejected);
  row('decisions', 'expired', d.expired);
  const t = d.timeToDecision;
  row('time_to_decision', 'count', t.count);
  row('time_to_decision', 'mean_seconds', t.meanSeconds);
  row('time_to_decision', 'p50_seconds', t.p50Seconds);
  row('time_to_decision', 'p90_seconds', t.p90Seconds);
  for (const b of t.histogram) row('time_to_decision', `le_${b.leSeconds ?? 'inf'}_seconds`, b.count);
  for (const r of result.reps) {
    const who = { rep: r.rep, team: r.team };
    row('rep', 'messages', r.messages, who);
    for (const [verdict, n] of Object.entries(r.verdicts)) row('rep', verdict, n, who);
    row('rep', 'flag_rate', r.flagRate, who);
    row('rep', 'hold_rate', r.holdRate, who);
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** One CSV field: numbers as they are, text defused against formulas and quoted when needed. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
