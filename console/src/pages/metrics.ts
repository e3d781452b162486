// Metrics for sales leadership: volume by verdict, category and rule hits, per-rep rates (when the
// reader may see them), approval outcomes and time to decision; the same numbers as CSV.
import type { Metrics } from '../api';
import type { PageContext } from '../app';
import { el, notice, replace, thead } from '../dom';
import { errorBlock } from '../errors';
import { categoryLabel, duration, percent } from '../format';

// Kept while the tab lives: coming back to the page shows the same range.
let lastQuery: { from: string; to: string; team: string } | undefined;

export async function metricsPage(ctx: PageContext): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const query = lastQuery ?? { from: addDays(today, -29), to: today, team: '' };
  const from = el('input', { type: 'date', name: 'from', value: query.from, required: true });
  const to = el('input', { type: 'date', name: 'to', value: query.to, required: true });
  const team = el('input', { type: 'text', name: 'team', value: query.team, placeholder: 'All teams' });
  const csv = el('button', { type: 'button', class: 'secondary', 'data-testid': 'csv' }, 'Export CSV');
  const status = el('div', { class: 'status-area' });
  const output = el('div', { class: 'metrics' });
  const form = el(
    'form',
    { class: 'filters' },
    el('label', null, el('span', null, 'From'), from),
    el('label', null, el('span', null, 'To'), to),
    el('label', null, el('span', null, 'Team'), team),
    el('button', { type: 'submit' }, 'Show'),
    csv,
  );
  replace(ctx.root, el('h1', null, 'Metrics'), status, form, output);

  const params = (format?: 'csv') => {
    const p = new URLSearchParams({ from: from.value, to: to.value });
    if (team.value.trim()) p.set('team', team.value.trim());
    if (format) p.set('format', format);
    return p.toString();
  };

  let charts: Array<{ destroy(): void }> = [];
  const dropCharts = () => {
    for (const c of charts.splice(0)) c.destroy();
  };
  ctx.onLeave(dropCharts);

  const show = async () => {
    lastQuery = { from: from.value, to: to.value, team: team.value.trim() };
    replace(status);
    replace(output, el('p', { class: 'muted loading', 'aria-busy': 'true' }, 'Loading…'));
    try {
      const data = await ctx.api.get<Metrics>(`/api/metrics?${params()}`);
      if (!ctx.current()) return;
      dropCharts();
      charts = await render(output, data);
    } catch (err) {
      if (ctx.current())
        replace(
          output,
          errorBlock(err, () => void show()),
        );
    }
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void show();
  });
  csv.addEventListener('click', async () => {
    csv.disabled = true;
    try {
      // A plain link would not carry the bearer token: fetch, then save the blob.
      const res = await ctx.api.fetchRaw(`/api/metrics?${params('csv')}`);
      const url = URL.createObjectURL(await res.blob());
      const a = el('a', { href: url, download: `poise-metrics-${from.value}-to-${to.value}.csv` });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      replace(status, errorBlock(err));
    } finally {
      csv.disabled = false;
    }
  });
  await show();
}

async function render(output: HTMLElement, m: Metrics): Promise<Array<{ destroy(): void }>> {
  const d = m.decisions;
  const decided = d.approved + d.rejected + d.expired;
  const summary = el(
    'div',
    { class: 'stats', 'data-testid': 'metrics-summary' },
    stat('Messages', m.totals.messages, 'messages'),
    stat('Passed', m.totals.verdicts.pass, 'pass'),
    stat('Flagged', m.totals.verdicts.flag, 'flag'),
    stat('Held', m.totals.verdicts.hold, 'hold'),
    stat('Flag rate', percent(m.totals.flagRate), 'flagRate'),
    stat('Hold rate', percent(m.totals.holdRate), 'holdRate'),
    stat('Approved', d.approved, 'approved'),
    stat('Rejected', d.rejected, 'rejected'),
    stat('Expired', d.expired, 'expired'),
    stat('Median time to decision', duration(d.timeToDecision.p50Seconds), 'p50'),
    stat('90th percentile', duration(d.timeToDecision.p90Seconds), 'p90'),
  );
  const range = el(
    'p',
    { class: 'muted' },
    `${m.from} to ${m.to}${m.team ? ` · team ${m.team}` : ' · all teams'}`,
  );
  if (m.totals.messages === 0 && decided === 0) {
    replace(output, range, notice('empty', 'No mail and no decisions in this range.'));
    return [];
  }

  const { barChart, doughnutChart, COLORS } = await import('../charts');
  const panel = (title: string, name: string, wide = false) => {
    const canvas = el('canvas', { 'data-chart': name, role: 'img', 'aria-label': title });
    return {
      canvas,
      node: el(
        'section',
        { class: wide ? 'panel wide' : 'panel' },
        el('h2', null, title),
        el('div', { class: 'chart' }, canvas),
      ),
    };
  };
  const volume = panel('Messages by verdict', 'volume', true);
  const categories = panel('Category hits', 'categories');
  const rules = panel('Rule hits', 'rules');
  const outcomes = panel('Approval outcomes', 'decisions');
  const ttd = panel('Time to decision', 'ttd');
  const reps = m.reps.length ? panel('Flag and hold rate per rep', 'reps', true) : undefined;

  replace(
    output,
    range,
    summary,
    el(
      'div',
      { class: 'panels' },
      volume.node,
      categories.node,
      m.rules.length ? rules.node : null,
      decided ? outcomes.node : null,
      d.timeToDecision.count ? ttd.node : null,
      reps?.node,
    ),
    m.reps.length ? repTable(m) : null,
  );

  const charts: Array<{ destroy(): void }> = [
    barChart(
      volume.canvas,
      m.days.map((x) => x.date.slice(5)),
      (['pass', 'flag', 'hold'] as const).map((v) => ({
        label: v,
        data: m.days.map((x) => x.verdicts[v]),
        backgroundColor: COLORS[v],
      })),
      { stacked: true },
    ),
    barChart(
      categories.canvas,
      m.categories.map((c) => categoryLabel(c.category)),
      [{ label: 'hits', data: m.categories.map((c) => c.count), backgroundColor: COLORS.accent }],
      { horizontal: true },
    ),
  ];
  if (m.rules.length) {
    const top = m.rules.slice(0, 15);
    charts.push(
      barChart(
        rules.canvas,
        top.map((r) => r.rule),
        [{ label: 'hits', data: top.map((r) => r.count), backgroundColor: COLORS.accent }],
        { horizontal: true },
      ),
    );
  }
  if (decided) {
    charts.push(
      doughnutChart(
        outcomes.canvas,
        ['approved', 'rejected', 'expired'],
        [d.approved, d.rejected, d.expired],
        [COLORS.approved, COLORS.rejected, COLORS.expired],
      ),
    );
  }
  if (d.timeToDecision.count) {
    const h = d.timeToDecision.histogram;
    charts.push(
      barChart(
        ttd.canvas,
        h.map((b) =>
          b.leSeconds === null
            ? `> ${duration(h[h.length - 2]?.leSeconds ?? 0)}`
            : `≤ ${duration(b.leSeconds)}`,
        ),
        [{ label: 'decisions', data: h.map((b) => b.count), backgroundColor: COLORS.muted }],
      ),
    );
  }
  if (reps) {
    const top = m.reps.slice(0, 20);
    charts.push(
      barChart(
        reps.canvas,
        top.map((r) => r.rep),
        [
          { label: 'flag rate', data: top.map((r) => r.flagRate ?? 0), backgroundColor: COLORS.flag },
          { label: 'hold rate', data: top.map((r) => r.holdRate ?? 0), backgroundColor: COLORS.hold },
        ],
        { horizontal: true, tick: (v) => `${Math.round(v * 100)} %` },
      ),
    );
  }
  return charts;
}

function repTable(m: Metrics): HTMLElement {
  return el(
    'table',
    { class: 'holds reps', 'data-testid': 'metrics-reps' },
    thead('Rep', 'Team', 'Messages', 'Flagged', 'Held', 'Flag rate', 'Hold rate'),
    el(
      'tbody',
      null,
      ...m.reps.map((r) =>
        el(
          'tr',
          null,
          el('td', { 'data-label': 'Rep' }, r.rep),
          el('td', { 'data-label': 'Team' }, r.team ?? ''),
          el('td', { 'data-label': 'Messages' }, String(r.messages)),
          el('td', { 'data-label': 'Flagged' }, String(r.verdicts.flag)),
          el('td', { 'data-label': 'Held' }, String(r.verdicts.hold)),
          el('td', { 'data-label': 'Flag rate' }, percent(r.flagRate)),
          el('td', { 'data-label': 'Hold rate' }, percent(r.holdRate)),
        ),
      ),
    ),
  );
}

function stat(label: string, value: number | string, name: string): HTMLElement {
  return el(
    'div',
    { class: 'stat' },
    el('span', { class: 'stat-value', 'data-metric': name }, String(value)),
    el('span', { class: 'stat-label' }, label),
  );
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
