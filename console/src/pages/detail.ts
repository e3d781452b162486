// One hold: headers, the rep's text as plain text with the findings marked, why and a better wording
// per finding, attachments (listed, never opened), and the decision.

// The approval mail's own splitting and cleaning (a Node-free module), so both show the same marks.
import { cleanMultiline as cleanText, segments } from '../../../lambdas/approvals/segments';
import type { Finding, HoldDetail, HoldSummary } from '../api';
import type { PageContext } from '../app';
import { el, notice, replace } from '../dom';
import { errorBlock } from '../errors';
import { bytes, categoryLabel, formatDateTime, reasonLabel, relative, statusLabel } from '../format';

interface DecisionAnswer {
  hold: HoldSummary;
  relayPending: boolean;
  repNotified?: boolean;
}

export async function detailPage(ctx: PageContext, [id]: string[]): Promise<void> {
  const detail = await ctx.api.get<HoldDetail>(`/api/holds/${encodeURIComponent(id ?? '')}`);
  if (!ctx.current()) return;
  const { hold, view } = detail;
  const findings = view.findings ?? [];
  const subjectFindings = findings.filter((f) => f.field === 'subject');
  const bodyFindings = findings.filter((f) => f.field === 'body');

  replace(
    ctx.root,
    el(
      'p',
      { class: 'crumbs' },
      el('a', { href: hold.status === 'HELD' ? '#/holds' : '#/history' }, '← Back'),
    ),
    el(
      'h1',
      { class: 'subject', 'data-testid': 'subject' },
      view.subject ? marked(view.subject, subjectFindings) : el('span', { class: 'muted' }, '(no subject)'),
    ),
    el(
      'dl',
      { class: 'meta' },
      pair('From', view.rep.name ? `${view.rep.name} <${view.rep.address}>` : view.rep.address),
      pair(
        'To',
        el('ul', { class: 'plain' }, ...view.recipients.map((r) => el('li', null, r))),
        'Envelope recipients, Bcc included',
      ),
      pair(
        'Status',
        el('span', { class: `badge status-${hold.status.toLowerCase()}` }, statusLabel(hold.status)),
      ),
      pair('Why held', reasonLabel(view.reason)),
      pair('Held', `${formatDateTime(hold.heldAt)} (${relative(hold.heldAt)})`),
      pair('Deadline', `${formatDateTime(hold.deadline)} (${relative(hold.deadline)})`),
      pair('Reviewer', hold.approver),
    ),
    el('h2', null, 'What the rep wrote'),
    view.body === undefined
      ? notice('info', 'The text could not be shown (', reasonLabel(view.reason), ').')
      : el('pre', { class: 'mail-body', 'data-testid': 'body' }, marked(view.body, bodyFindings)),
    findingsList(findings),
    attachmentsList(view.attachments ?? []),
    decisionArea(ctx, hold),
  );
}

/** Text with findings in <mark>; every piece a text node. Offsets are clamped and merged by `segments`. */
function marked(text: string, findings: readonly Finding[]): Node[] {
  const spans = findings.map((f) => ({ start: f.start, end: f.end, title: f.why }));
  return segments(text, spans).map((s) => {
    const clean = cleanText(s.text);
    return s.marked
      ? el('mark', { title: s.titles.join(' · ') || null }, clean)
      : document.createTextNode(clean);
  });
}

function findingsList(findings: readonly Finding[]): HTMLElement | null {
  if (!findings.length) return null;
  return el(
    'section',
    { class: 'findings', 'data-testid': 'findings' },
    el('h2', null, 'Findings'),
    el(
      'ol',
      null,
      ...findings.map((f) =>
        el(
          'li',
          null,
          el(
            'p',
            null,
            el('span', { class: `badge cat-${f.category}` }, categoryLabel(f.category)),
            ' ',
            el('code', null, f.rule),
            f.field === 'subject' ? ' (subject)' : null,
          ),
          el('blockquote', null, cleanText(f.excerpt)),
          el('p', null, el('strong', null, 'Why: '), f.why),
          el('p', null, el('strong', null, 'Try instead: '), f.suggestion),
        ),
      ),
    ),
  );
}

function attachmentsList(attachments: NonNullable<HoldDetail['view']['attachments']>): HTMLElement | null {
  if (!attachments.length) return null;
  return el(
    'section',
    { class: 'attachments' },
    el('h2', null, 'Attachments'),
    el('p', { class: 'muted' }, 'Listed only: attachments are not opened in the console.'),
    el(
      'ul',
      null,
      ...attachments.map((a) =>
        el(
          'li',
          null,
          a.filename || '(unnamed)',
          el('span', { class: 'muted' }, ` · ${a.contentType} · ${bytes(a.size)}`),
        ),
      ),
    ),
  );
}

function decisionArea(ctx: PageContext, hold: HoldSummary): HTMLElement {
  if (hold.status !== 'HELD') {
    return el(
      'section',
      { class: 'decided', 'data-testid': 'decided' },
      el('h2', null, 'Decision'),
      el(
        'p',
        null,
        statusLabel(hold.status),
        hold.decidedBy ? ` by ${hold.decidedBy}` : '',
        hold.decidedAt ? ` on ${formatDateTime(hold.decidedAt)}` : '',
        hold.decidedVia ? ` (${hold.decidedVia})` : '',
      ),
      hold.note ? el('blockquote', null, hold.note) : null,
    );
  }
  const status = el('div', { class: 'status-area' });
  const note = el('textarea', {
    name: 'note',
    rows: 3,
    maxlength: 2000,
    placeholder: 'Note for the rep: required to reject, optional to approve',
    'aria-label': 'Note',
  });
  const approve = el(
    'button',
    { type: 'button', class: 'approve', 'data-action': 'approve' },
    'Approve and send',
  );
  const reject = el('button', { type: 'button', class: 'reject', 'data-action': 'reject' }, 'Reject');
  const act = async (action: 'approve' | 'reject') => {
    const text = note.value.trim();
    if (action === 'reject' && !text) {
      replace(status, notice('error', 'Write a note for the rep: it tells them why and what to change.'));
      note.focus();
      return;
    }
    approve.disabled = reject.disabled = true;
    try {
      const answer = await ctx.api.send<DecisionAnswer>(
        'POST',
        `/api/holds/${encodeURIComponent(hold.id)}/${action}`,
        text ? { note: text } : {},
      );
      ctx.flash(
        action === 'approve'
          ? answer.relayPending
            ? `Approved the hold from ${hold.rep}; sending is being retried.`
            : `Approved the hold from ${hold.rep}: the message is on its way.`
          : `Rejected the hold from ${hold.rep}${answer.repNotified === false ? ' (the rep could not be told yet)' : '; the rep has your note'}.`,
      );
      location.hash = '#/holds';
    } catch (err) {
      replace(status, errorBlock(err));
      approve.disabled = reject.disabled = false;
    }
  };
  approve.addEventListener('click', () => void act('approve'));
  reject.addEventListener('click', () => void act('reject'));
  return el(
    'section',
    { class: 'decide', 'data-testid': 'decide' },
    el('h2', null, 'Decide'),
    status,
    note,
    el('div', { class: 'actions' }, approve, reject),
  );
}

function pair(term: string, value: Node | string, title?: string): Node[] {
  return [el('dt', { title }, term), el('dd', null, value)];
}
