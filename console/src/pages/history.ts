// Decided holds: approved (and sent), rejected, expired. The API lists each decided status newest
// decision first, one page at a time ("Load more" follows each cursor); the statuses' rows read so far
// are merged, newest decision first.
import { type HoldSummary, holdsPage } from '../api';
import type { PageContext } from '../app';
import { el, notice, replace, select, thead } from '../dom';
import { errorBlock } from '../errors';
import { categoryLabel, formatDateTime, reasonLabel, statusLabel } from '../format';
import { subjectLink } from '../holds';

// APPROVED holds move to RELEASED once sent: both are "approved" here.
const OUTCOMES: Array<[string, string, string[]]> = [
  ['', 'All outcomes', ['approved', 'released', 'rejected', 'expired']],
  ['approved', 'Approved', ['approved', 'released']],
  ['rejected', 'Rejected', ['rejected']],
  ['expired', 'Expired', ['expired']],
];
const STATUSES = ['approved', 'released', 'rejected', 'expired'];
/** Per status and click: four pages of this stay quick on a phone. */
const PAGE_SIZE = 100;

export async function historyPage(ctx: PageContext): Promise<void> {
  // By id: a hold released between two pages is read again under its new status; the latest wins.
  const byId = new Map<string, HoldSummary>();
  const cursors = new Map<string, string | undefined>();
  const when = (h: HoldSummary) => h.decidedAt ?? h.expiredAt ?? h.releasedAt ?? h.heldAt;
  let holds: HoldSummary[] = [];

  const load = async (statuses: string[]) => {
    const pages = await Promise.all(
      statuses.map((s) => holdsPage(ctx.api, s, { order: 'desc', limit: PAGE_SIZE, cursor: cursors.get(s) })),
    );
    statuses.forEach((s, i) => {
      const page = pages[i];
      if (!page) return;
      cursors.set(s, page.cursor);
      for (const h of page.holds) byId.set(h.id, h);
    });
    holds = [...byId.values()].sort((a, b) => when(b).localeCompare(when(a)));
  };
  await load(STATUSES);
  if (!ctx.current()) return;

  const outcomeSelect = select(
    'outcome',
    'Outcome',
    OUTCOMES.map(([v, l]) => [v, l] as const),
  );
  const repSelect = select('rep', 'Rep', []);
  const outcome = outcomeSelect.select;
  const rep = repSelect.select;
  const syncReps = () => {
    const chosen = rep.value;
    const reps = [...new Set(holds.map((h) => h.rep))].sort();
    replace(rep, el('option', { value: '' }, 'All reps'), ...reps.map((r) => el('option', { value: r }, r)));
    rep.value = reps.includes(chosen) ? chosen : '';
  };
  const list = el('div', { class: 'list' });
  const status = el('div', { class: 'status-area' });
  const more = el('button', { type: 'button', class: 'secondary', 'data-testid': 'more' }, 'Load more');
  const moreArea = el('p', { class: 'more' });
  const remaining = () => STATUSES.filter((s) => cursors.get(s));

  const draw = () => {
    replace(moreArea, remaining().length ? more : null);
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
        thead('Decided', 'Outcome', 'Subject', 'Rep', 'Why', 'By', 'Note'),
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
              el('td', { 'data-label': 'Subject', class: 'label' }, subjectLink(h)),
              el('td', { 'data-label': 'Rep' }, h.rep),
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

  more.addEventListener('click', async () => {
    more.disabled = true;
    replace(status);
    try {
      await load(remaining());
    } catch (err) {
      if (ctx.current()) replace(status, errorBlock(err));
    } finally {
      more.disabled = false;
    }
    if (!ctx.current()) return;
    syncReps();
    draw();
  });
  outcome.addEventListener('change', draw);
  rep.addEventListener('change', draw);
  syncReps();
  replace(
    ctx.root,
    el('h1', null, 'History'),
    status,
    el(
      'form',
      { class: 'filters', onsubmit: (e: Event) => e.preventDefault() },
      outcomeSelect.label,
      repSelect.label,
    ),
    list,
    moreArea,
  );
  draw();
}
