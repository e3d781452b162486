// The held queue: what waits for this reviewer, soonest deadline first, with filters and bulk
// approve/reject.
import { type HoldSummary, listHolds } from '../api';
import type { PageContext } from '../app';
import { el, notice, replace, select, thead } from '../dom';
import { errorBlock } from '../errors';
import { categoryLabel, formatDateTime, plural, reasonLabel, relative } from '../format';
import { subjectLink } from '../holds';

const AGES: Array<[string, string, number]> = [
  ['', 'Any age', 0],
  ['1h', 'Older than 1 hour', 3600],
  ['4h', 'Older than 4 hours', 4 * 3600],
  ['24h', 'Older than a day', 24 * 3600],
];

interface BulkResult {
  results: Array<{ holdId: string; status?: string; error?: string }>;
}

export async function queuePage(ctx: PageContext): Promise<void> {
  const flash = ctx.takeFlash();
  const holds = await listHolds(ctx.api, 'held');
  if (!ctx.current()) return;
  holds.sort((a, b) => a.deadline.localeCompare(b.deadline));

  const reps = [...new Set(holds.map((h) => h.rep))].sort();
  const categories = [...new Set(holds.flatMap((h) => h.categories))].sort();
  const selected = new Set<string>();

  const repSelect = select('rep', 'Rep', [['', 'All reps'], ...reps.map((r) => [r, r] as [string, string])]);
  const categorySelect = select('category', 'Category', [
    ['', 'All categories'],
    ...categories.map((c) => [c, categoryLabel(c)] as [string, string]),
  ]);
  const ageSelect = select(
    'age',
    'Age',
    AGES.map(([v, l]) => [v, l]),
  );
  const count = el('p', { class: 'muted', 'data-testid': 'queue-count' });
  const list = el('div', { class: 'list' });
  const status = el('div', { class: 'status-area' });
  const note = el('input', {
    type: 'text',
    name: 'note',
    placeholder: 'Note for the rep (required to reject)',
    'aria-label': 'Note for the selected holds',
    maxlength: 2000,
  });
  const approveBtn = el('button', { type: 'button', class: 'approve', disabled: true }, 'Approve selected');
  const rejectBtn = el('button', { type: 'button', class: 'reject', disabled: true }, 'Reject selected');
  const bulkBar = el('div', { class: 'bulk', 'data-testid': 'bulk' }, note, approveBtn, rejectBtn);

  const visible = (): HoldSummary[] => {
    const rep = repSelect.select.value;
    const category = categorySelect.select.value;
    const minAge = AGES.find(([v]) => v === ageSelect.select.value)?.[2] ?? 0;
    const now = Date.now();
    return holds.filter(
      (h) =>
        (!rep || h.rep === rep) &&
        (!category || h.categories.includes(category)) &&
        (now - new Date(h.heldAt).getTime()) / 1000 >= minAge,
    );
  };

  const syncBulk = () => {
    approveBtn.disabled = rejectBtn.disabled = selected.size === 0;
    approveBtn.textContent = selected.size ? `Approve ${selected.size}` : 'Approve selected';
    rejectBtn.textContent = selected.size ? `Reject ${selected.size}` : 'Reject selected';
  };

  const draw = () => {
    const shown = visible();
    for (const id of [...selected]) if (!shown.some((h) => h.id === id)) selected.delete(id);
    count.textContent =
      shown.length === holds.length
        ? plural(holds.length, 'hold')
        : `${shown.length} of ${holds.length} holds`;
    if (!shown.length) {
      replace(
        list,
        notice('empty', holds.length ? 'No holds match these filters.' : 'Nothing is waiting for review.'),
      );
      syncBulk();
      return;
    }
    const all = el('input', { type: 'checkbox', 'aria-label': 'Select all' });
    all.checked = shown.every((h) => selected.has(h.id));
    all.addEventListener('change', () => {
      for (const h of shown) {
        if (all.checked) selected.add(h.id);
        else selected.delete(h.id);
      }
      draw();
    });
    replace(
      list,
      el(
        'table',
        { class: 'holds', 'data-testid': 'holds' },
        thead(
          el('th', { class: 'pick' }, all),
          'Deadline',
          'Subject',
          'Rep',
          'Why',
          'Recipients',
          'Held',
          '',
        ),
        el('tbody', null, ...shown.map((h) => row(h))),
      ),
    );
    syncBulk();
  };

  const row = (h: HoldSummary): HTMLElement => {
    const pick = el('input', { type: 'checkbox', 'aria-label': `Select the hold from ${h.rep}` });
    pick.checked = selected.has(h.id);
    pick.addEventListener('change', () => {
      if (pick.checked) selected.add(h.id);
      else selected.delete(h.id);
      syncBulk();
    });
    const overdue = new Date(h.deadline).getTime() < Date.now() + 3600_000;
    const href = `#/holds/${encodeURIComponent(h.id)}`;
    return el(
      'tr',
      { 'data-hold-id': h.id },
      el('td', { class: 'pick' }, pick),
      el(
        'td',
        { 'data-label': 'Deadline', class: overdue ? 'soon' : null, title: formatDateTime(h.deadline) },
        relative(h.deadline),
      ),
      el('td', { 'data-label': 'Subject', class: 'label' }, subjectLink(h)),
      el('td', { 'data-label': 'Rep' }, h.rep),
      el(
        'td',
        { 'data-label': 'Why' },
        h.categories.length
          ? h.categories.map((c) => el('span', { class: `badge cat-${c}` }, categoryLabel(c)))
          : el('span', { class: 'badge' }, reasonLabel(h.reason)),
      ),
      el('td', { 'data-label': 'Recipients' }, String(h.recipientCount)),
      el('td', { 'data-label': 'Held', title: formatDateTime(h.heldAt) }, relative(h.heldAt)),
      el('td', { class: 'go' }, el('a', { href, class: 'button' }, 'Review')),
    );
  };

  const bulk = async (action: 'approve' | 'reject') => {
    const text = note.value.trim();
    if (action === 'reject' && !text) {
      replace(status, notice('error', 'A rejection needs a note for the rep.'));
      note.focus();
      return;
    }
    approveBtn.disabled = rejectBtn.disabled = true;
    try {
      const { results } = await ctx.api.send<BulkResult>('POST', '/api/holds/bulk', {
        action,
        ids: [...selected],
        ...(text ? { note: text } : {}),
      });
      const failed = results.filter((r) => r.error);
      const done = results.length - failed.length;
      ctx.flash(
        `${action === 'approve' ? 'Approved' : 'Rejected'} ${plural(done, 'hold')}` +
          (failed.length
            ? `; ${failed.length} could not be decided (${failed.map((f) => f.error).join(', ')})`
            : '.'),
      );
      await queuePage(reset(ctx));
    } catch (err) {
      replace(status, errorBlock(err));
      syncBulk();
    }
  };
  approveBtn.addEventListener('click', () => void bulk('approve'));
  rejectBtn.addEventListener('click', () => void bulk('reject'));
  for (const s of [repSelect, categorySelect, ageSelect]) s.select.addEventListener('change', draw);

  replace(
    ctx.root,
    el('h1', null, 'Held for review'),
    status,
    el(
      'form',
      { class: 'filters', onsubmit: (e: Event) => e.preventDefault() },
      repSelect.label,
      categorySelect.label,
      ageSelect.label,
    ),
    count,
    holds.length ? bulkBar : null,
    list,
  );
  if (flash) replace(status, notice('ok', flash));
  draw();
}

/** The same page drawn again in place (after a bulk decision). */
function reset(ctx: PageContext): PageContext {
  ctx.root.replaceChildren();
  return ctx;
}
