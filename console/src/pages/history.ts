// Decided holds: approved (and sent), rejected, expired; newest decision first. The API lists by
// deadline, oldest first, with no newest-first order: up to 1,000 per status are read and sorted here.
import { type HoldSummary, listHolds } from '../api';
import type { PageContext } from '../app';
import { el, notice, replace } from '../dom';
import { categoryLabel, formatDateTime, reasonLabel, statusLabel } from '../format';

// APPROVED holds move to RELEASED once sent: both are "approved" here.
const OUTCOMES: Array<[string, string, string[]]> = [
  ['', 'All outcomes', ['approved', 'released', 'rejected', 'expired']],
  ['approved', 'Approved', ['approved', 'released']],
  ['rejected', 'Rejected', ['rejected']],
  ['expired', 'Expired', ['expired']],
];

export async function historyPage(ctx: PageContext): Promise<void> {
  const lists = await Promise.all(
    ['approved', 'released', 'rejected', 'expired'].map((s) => listHolds(ctx.api, s, 1000)),
  );
  if (!ctx.current()) return;
  const holds = lists.flat();
  const when = (h: HoldSummary) => h.decidedAt ?? h.releasedAt ?? h.heldAt;
  holds.sort((a, b) => when(b).localeCompare(when(a)));

  const outcome = el(
    'select',
    { name: 'outcome' },
    ...OUTCOMES.map(([v, l]) => el('option', { value: v }, l)),
  );
  const reps = [...new Set(holds.map((h) => h.rep))].sort();
  const rep = el(
    'select',
    { name: 'rep' },
    el('option', { value: '' }, 'All reps'),
    ...reps.map((r) => el('option', { value: r }, r)),
  );
  const list = el('div', { class: 'list' });

  const draw = () => {
    const statuses = OUTCOMES.find(([v]) => v === outcome.value)?.[2] ?? [];
    const shown = holds.filter(
      (h) => statuses.includes(h.status.toLowerCase()) && (!rep.value || h.rep === rep.value),
    );
    if (!shown.length) {
      replace(
        list,
        notice('empty', holds.length ? 'No decisions match these filters.' : 'No decisions yet.'),
      );
      return;
    }
    replace(
      list,
      el(
        'table',
        { class: 'holds', 'data-testid': 'history' },
        el(
          'thead',
          null,
          el('tr', null, ...['Decided', 'Outcome', 'Rep', 'Why', 'By', 'Note'].map((t) => el('th', null, t))),
        ),
        el(
          'tbody',
          null,
          ...shown.map((h) =>
            el(
              'tr',
              { 'data-hold-id': h.id },
              el('td', { 'data-label': 'Decided' }, formatDateTime(when(h))),
              el(
                'td',
                { 'data-label': 'Outcome' },
                el('span', { class: `badge status-${h.status.toLowerCase()}` }, statusLabel(h.status)),
              ),
              el(
                'td',
                { 'data-label': 'Rep' },
                el('a', { href: `#/holds/${encodeURIComponent(h.id)}` }, h.rep),
              ),
              el(
                'td',
                { 'data-label': 'Why' },
                h.categories.length ? h.categories.map(categoryLabel).join(', ') : reasonLabel(h.reason),
              ),
              el('td', { 'data-label': 'By' }, h.decidedBy ?? (h.status === 'EXPIRED' ? 'deadline' : '')),
              el('td', { 'data-label': 'Note', class: 'note' }, h.note ?? ''),
            ),
          ),
        ),
      ),
    );
  };
  outcome.addEventListener('change', draw);
  rep.addEventListener('change', draw);
  replace(
    ctx.root,
    el('h1', null, 'History'),
    el(
      'form',
      { class: 'filters', onsubmit: (e: Event) => e.preventDefault() },
      el('label', null, el('span', null, 'Outcome'), outcome),
      el('label', null, el('span', null, 'Rep'), rep),
    ),
    list,
  );
  draw();
}
