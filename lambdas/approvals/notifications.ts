// The mail of the approval flow, as text and HTML: the approver's review request, the rep's hold,
// reject and expiry notices, and deadline reminders. Pure builders; `buildMime` turns one into raw
// bytes with nodemailer's MailComposer. Every value from the held mail is untrusted: HTML-escaped in
// the HTML part, stripped of control characters everywhere, and sanitized before it enters a header.
import MailComposer from 'nodemailer/lib/mail-composer';
import type { AttachmentInfo, ExtractedMail, Finding } from '../domain/types';
import { InvalidInput } from './errors';
import { highlightHtml, highlightPlain, type Span, spansFor } from './highlight';
import type { ExpiryAction, ReminderStage } from './hold';
import { cleanMultiline, escapeHtml, sanitizeHeaderText, truncate } from './text';
import type { ActionLinks } from './tokens';

/** What the notices say about one hold. Built from the hold item plus the re-extracted mail. */
export interface HoldView {
  holdId: string;
  rep: { address: string; name?: string };
  /** Envelope recipients (Bcc included: the approver should know who would receive it). */
  recipients: readonly string[];
  /** The rep's subject and own text as extracted; absent when unreadable or not kept. */
  subject?: string;
  body?: string;
  findings: readonly Finding[];
  /** Why it was held: 'findings', or a reason such as 'unscannable', 'oversize'. */
  reason: string;
  /** The person reviewing it. */
  approver: string;
  /** ISO 8601. */
  deadline: string;
  attachments?: readonly AttachmentInfo[];
}

export interface MailAddress {
  address: string;
  name?: string;
}

/** A notice ready to send: `to`, `subject` and `text` match the runtime's Notice port. */
export interface MailContent {
  from: MailAddress;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Extra `X-` headers (values sanitized by buildMime). */
  headers: Record<string, string>;
}

export interface NoticeOptions {
  /** POISE_NOTIFY_FROM. */
  from: string;
  /** Display name of the sender. @default 'Poise' */
  fromName?: string;
  /** IANA zone for deadlines. @default 'UTC' */
  timeZone?: string;
}

/** The rep's text is cut here in mail; the console shows all of it. */
export const MAX_BODY_IN_MAIL = 20_000;

const CATEGORY_LABELS: Record<string, string> = {
  quota_pressure: 'Quota pressure',
  unilateral_discount: 'Unilateral discount',
};

const REASON_TEXT: Record<string, string> = {
  findings: 'it contains wording a manager should review',
  unscannable: 'it could not be read, so it could not be checked',
  oversize: 'it is too large to check automatically',
  scanner_error: 'the checker failed on it, so it could not be checked',
  relay_rejected: 'the mail service refused to send it',
  foreign_sender: "its sender is not in one of the organisation's sending domains",
};

/** The stored hold item's fields holdViewFrom reads (the runtime's hold item has these names). */
export interface StoredHold {
  id: string;
  rep: string;
  approver: string;
  deadline: string;
  reason?: string;
  findings?: readonly Finding[];
  envelope?: { rcptTo: readonly string[] };
}

/**
 * A HoldView from the stored hold plus, when available, the mail re-extracted from the raw bytes
 * (the table keeps no bodies). Without the mail the notices still carry the findings' excerpts.
 */
export function holdViewFrom(
  hold: StoredHold,
  mail?: Pick<ExtractedMail, 'subject' | 'body' | 'from' | 'attachments'>,
): HoldView {
  return {
    holdId: hold.id,
    rep: { address: hold.rep, ...(mail?.from?.name ? { name: mail.from.name } : {}) },
    recipients: hold.envelope?.rcptTo ?? [],
    subject: mail?.subject,
    body: mail?.body,
    findings: hold.findings ?? [],
    reason: hold.reason ?? 'findings',
    approver: hold.approver,
    deadline: hold.deadline,
    attachments: mail?.attachments,
  };
}

// ---- Builders ----------------------------------------------------------------------------------

/** To the approver, on hold: who, to whom, what, why, the suggestion, Approve / Reject, deadline. */
export function approverHoldMail(view: HoldView, links: ActionLinks, opts: NoticeOptions): MailContent {
  const deadline = formatTime(view.deadline, opts.timeZone);
  const intro = `${repLabel(view)} wrote a message that is held for your review: ${reasonText(view.reason)}.`;
  const text = [
    intro,
    '',
    ...summaryText(view, deadline),
    '',
    ...repTextPlain(view),
    ...findingsText(view.findings),
    ...attachmentsText(view.attachments),
    '',
    `Approve (sends it to every recipient): ${links.approve}`,
    `Reject (tells ${view.rep.address} why): ${links.reject}`,
    `Details: ${links.view}`,
    '',
    'Each link opens a confirmation page; nothing happens until you confirm there.',
    `If nobody decides by ${deadline}, the deadline policy applies.`,
  ].join('\n');
  const html = page(`Review needed`, [
    p(intro),
    summaryHtml(view, deadline),
    repTextHtml(view),
    findingsHtml(view.findings),
    attachmentsHtml(view.attachments),
    buttons([
      ['Approve…', links.approve, 'approve'],
      ['Reject…', links.reject, 'reject'],
      ['Details', links.view, 'neutral'],
    ]),
    p('Each button opens a confirmation page; nothing happens until you confirm there.', 'mail', 'muted'),
  ]);
  return content(opts, [view.approver], `Review needed: ${subjectOf(view)}`, text, html, view.holdId);
}

/** To the rep, on hold: what was held, why (the phrases), who reviews it, the deadline, suggestions. */
export function repHoldMail(view: HoldView, opts: NoticeOptions): MailContent {
  const deadline = formatTime(view.deadline, opts.timeZone);
  const intro = `Your message "${subjectOf(view)}" to ${recipientsLabel(view)} was held and has not been sent: ${reasonText(view.reason)}.`;
  const reviewer = `${view.approver} will review it by ${deadline}. You will hear back if it is rejected; if it is approved it is sent as you wrote it.`;
  const text = [intro, reviewer, '', ...findingsText(view.findings, true)].join('\n');
  const html = page('Your message is held', [p(intro), p(reviewer), findingsHtml(view.findings, true)]);
  return content(opts, [view.rep.address], `Held for review: ${subjectOf(view)}`, text, html, view.holdId);
}

/** To the rep, on reject: who decided and their note. */
export function repRejectMail(
  view: HoldView,
  decision: { by: string; note: string },
  opts: NoticeOptions,
): MailContent {
  const intro = `Your message "${subjectOf(view)}" to ${recipientsLabel(view)} was not sent: ${decision.by} rejected it.`;
  const note = cleanMultiline(decision.note).trim();
  const text = [intro, '', 'Their note:', indent(note), '', ...findingsText(view.findings, true)].join('\n');
  const html = page('Your message was not sent', [
    p(intro),
    `<p><strong>Their note:</strong></p><blockquote${st('mail', 'quote')}>${escapeHtml(note)}</blockquote>`,
    findingsHtml(view.findings, true),
  ]);
  return content(opts, [view.rep.address], `Not sent: ${subjectOf(view)}`, text, html, view.holdId);
}

/** To the rep, when the deadline passed with no decision. */
export function repExpiryMail(view: HoldView, action: ExpiryAction, opts: NoticeOptions): MailContent {
  const what =
    action === 'approve'
      ? 'was sent without review: nobody decided before the deadline and your team sends held mail on expiry'
      : 'was not sent: nobody decided before the deadline, so it was rejected';
  const intro = `Your message "${subjectOf(view)}" to ${recipientsLabel(view)} ${what}.`;
  const next = action === 'approve' ? '' : 'You can reword it (see below) and send it again.';
  const text = [intro, next, '', ...findingsText(view.findings, true)].join('\n');
  const html = page(action === 'approve' ? 'Your message was sent' : 'Your message was not sent', [
    p(intro),
    next ? p(next) : '',
    findingsHtml(view.findings, true),
  ]);
  const subject = `${action === 'approve' ? 'Sent after deadline' : 'Not sent (deadline passed)'}: ${subjectOf(view)}`;
  return content(opts, [view.rep.address], subject, text, html, view.holdId);
}

/**
 * Deadline reminder to `to` (the approver at half time, the fallback approver near the end), with
 * links signed for that person.
 */
export function reminderMail(
  view: HoldView,
  stage: ReminderStage,
  to: string,
  links: ActionLinks,
  opts: NoticeOptions,
): MailContent {
  const deadline = formatTime(view.deadline, opts.timeZone);
  const intro =
    stage === 'half'
      ? `Reminder: a message from ${repLabel(view)} is still waiting for your review.`
      : `The review of a message from ${repLabel(view)} is due soon and nobody has decided. ${view.approver} was asked first; you can decide as the fallback approver.`;
  const text = [
    intro,
    '',
    ...summaryText(view, deadline),
    '',
    ...findingsText(view.findings),
    '',
    `Approve: ${links.approve}`,
    `Reject: ${links.reject}`,
    `Details: ${links.view}`,
  ].join('\n');
  const html = page('Review reminder', [
    p(intro),
    summaryHtml(view, deadline),
    findingsHtml(view.findings),
    buttons([
      ['Approve…', links.approve, 'approve'],
      ['Reject…', links.reject, 'reject'],
      ['Details', links.view, 'neutral'],
    ]),
  ]);
  const subject = `${stage === 'half' ? 'Reminder' : 'Due soon'}: review needed: ${subjectOf(view)}`;
  return content(opts, [to], subject, text, html, view.holdId);
}

// ---- MIME ------------------------------------------------------------------------------------

// Extra headers are our own X- fields: never an address or structural header (Bcc, Content-Type...).
const HEADER_NAME = /^X-[A-Za-z0-9-]{1,62}$/;
// Deliberately narrower than RFC 5322: what our own senders, reps and approvers use.
const ADDRESS = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/;

/** Raw RFC 5322 bytes (CRLF) for SES SendRawEmail / SendEmail Content.Raw or the local outbox. */
export async function buildMime(
  mail: MailContent,
  opts: { messageId?: string; date?: Date; hostname?: string } = {},
): Promise<Buffer> {
  // Auto-Submitted (RFC 3834) and the Exchange equivalent keep out-of-office replies from looping back.
  const headers: Record<string, string> = {
    'Auto-Submitted': 'auto-generated',
    'X-Auto-Response-Suppress': 'All',
  };
  for (const [name, value] of Object.entries(mail.headers)) {
    if (!HEADER_NAME.test(name)) throw new InvalidInput(`bad header name: ${sanitizeHeaderText(name, 64)}`);
    headers[name] = sanitizeHeaderText(value, 200);
  }
  const composer = new MailComposer({
    from: { address: checkAddress(mail.from.address), name: sanitizeHeaderText(mail.from.name ?? '', 80) },
    to: mail.to.map(checkAddress),
    subject: sanitizeHeaderText(mail.subject),
    text: mail.text,
    html: mail.html,
    headers,
    messageId: opts.messageId,
    date: opts.date,
    newline: 'windows',
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const node = composer.compile();
  if (opts.hostname) node.hostname = opts.hostname;
  return node.build();
}

/** The address, or InvalidInput: addresses are never "sanitized" into a different mailbox. */
export function checkAddress(address: string): string {
  const a = address.trim();
  if (!ADDRESS.test(a) || a.length > 254) throw new InvalidInput('not a deliverable address');
  return a;
}

// ---- Pieces ----------------------------------------------------------------------------------

function content(
  opts: NoticeOptions,
  to: string[],
  subject: string,
  text: string,
  html: string,
  holdId: string,
): MailContent {
  return {
    from: { address: opts.from, name: opts.fromName ?? 'Poise' },
    to,
    subject: sanitizeHeaderText(subject),
    text,
    html,
    headers: { 'X-Poise-Hold': holdId },
  };
}

function subjectOf(view: HoldView): string {
  return sanitizeHeaderText(view.subject?.trim() ? view.subject : '(no subject)', 120);
}

function repLabel(view: HoldView): string {
  const name = sanitizeHeaderText(view.rep.name ?? '', 80);
  return name ? `${name} <${view.rep.address}>` : view.rep.address;
}

function recipientsLabel(view: HoldView): string {
  const n = view.recipients.length;
  if (n === 0) return 'no recipients';
  const shown = view.recipients.slice(0, 3).map((r) => sanitizeHeaderText(r, 100));
  return n > 3 ? `${shown.join(', ')} and ${n - 3} more` : shown.join(', ');
}

function reasonText(reason: string): string {
  return REASON_TEXT[reason] ?? `held (${sanitizeHeaderText(reason, 40)})`;
}

function label(category: string): string {
  return CATEGORY_LABELS[category] ?? sanitizeHeaderText(category, 40);
}

/** A deadline people read: "Sat, 28 Nov 2026, 08:00 UTC". */
export function formatTime(iso: string, timeZone = 'UTC'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return sanitizeHeaderText(iso, 40);
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(d);
}

function summaryRows(view: HoldView, deadline: string): Array<[string, string]> {
  return [
    ['From', repLabel(view)],
    ['To', view.recipients.map((r) => sanitizeHeaderText(r, 254)).join(', ') || '(none)'],
    ['Subject', subjectOf(view)],
    ['Decide by', deadline],
  ];
}

function summaryText(view: HoldView, deadline: string): string[] {
  return summaryRows(view, deadline).map(([k, v]) => `${k}: ${v}`);
}

/** @internal shared with pages.ts */
export function summaryHtml(view: HoldView, deadline: string, mode: Render = 'mail'): string {
  const rows = summaryRows(view, deadline)
    .map(
      ([k, v]) =>
        `<tr><th${st(mode, 'th')}>${escapeHtml(k)}</th><td${st(mode, 'td')}>${escapeHtml(v)}</td></tr>`,
    )
    .join('');
  return `<table${st(mode, 'table')}>${rows}</table>`;
}

function bodyForMail(view: HoldView): { body: string; spans: Span[]; cut: boolean } | undefined {
  if (view.body === undefined) return undefined;
  const cut = view.body.length > MAX_BODY_IN_MAIL;
  // Cutting keeps offsets valid for everything before the cut; spans past it are clamped away.
  return {
    body: cut ? truncate(view.body, MAX_BODY_IN_MAIL) : view.body,
    spans: spansFor(view.findings, 'body'),
    cut,
  };
}

function repTextPlain(view: HoldView): string[] {
  const b = bodyForMail(view);
  if (!b) return ['(The message text is not available here; open Details.)', ''];
  const subjectLine = view.subject
    ? `Subject: ${sanitizeHeaderText(highlightPlain(view.subject, spansFor(view.findings, 'subject')), 400)}`
    : '';
  return [
    'What the rep wrote (flagged passages between [[ and ]]):',
    '----',
    ...(subjectLine ? [subjectLine, ''] : []),
    highlightPlain(b.body, b.spans),
    ...(b.cut ? ['(cut here; open Details for the rest)'] : []),
    '----',
    '',
  ];
}

/** @internal shared with pages.ts */
export function repTextHtml(view: HoldView, mode: Render = 'mail'): string {
  const b = bodyForMail(view);
  if (!b) return p('The message text is not available here; open Details.', mode, 'muted');
  const subject = view.subject
    ? `<p><strong>Subject:</strong> ${highlightHtml(view.subject, spansFor(view.findings, 'subject'))}</p>`
    : '';
  return [
    `<h2${st(mode, 'h2')}>What the rep wrote</h2>`,
    `<div${st(mode, 'mail')}>${subject}<div${st(mode, 'pre')}>${highlightHtml(b.body, b.spans)}</div></div>`,
    b.cut ? p('Cut here; open Details for the rest.', mode, 'muted') : '',
  ].join('');
}

function findingsText(findings: readonly Finding[], forRep = false): string[] {
  if (findings.length === 0) return [];
  const lines = [forRep ? 'What was flagged, and a better way to say it:' : 'Why it was flagged:'];
  for (const f of findings) {
    lines.push(`- ${label(f.category)}: "${oneLine(f.excerpt, 300)}"`);
    lines.push(`  Why: ${oneLine(f.why, 300)}`);
    lines.push(`  Suggestion: ${oneLine(f.suggestion, 300)}`);
  }
  return lines;
}

/** @internal shared with pages.ts */
export function findingsHtml(findings: readonly Finding[], forRep = false, mode: Render = 'mail'): string {
  if (findings.length === 0) return '';
  const items = findings
    .map(
      (f) =>
        `<li${st(mode, 'li')}><strong>${escapeHtml(label(f.category))}</strong>: <mark>${escapeHtml(oneLine(f.excerpt, 300))}</mark><br>` +
        `Why: ${escapeHtml(oneLine(f.why, 300))}<br>Suggestion: ${escapeHtml(oneLine(f.suggestion, 300))}</li>`,
    )
    .join('');
  const title = forRep ? 'What was flagged, and a better way to say it' : 'Why it was flagged';
  return `<h2${st(mode, 'h2')}>${escapeHtml(title)}</h2><ul>${items}</ul>`;
}

function attachmentsText(attachments: readonly AttachmentInfo[] | undefined): string[] {
  if (!attachments?.length) return [];
  return ['', 'Attachments (not opened):', ...attachments.map((a) => `- ${attachmentLabel(a)}`)];
}

/** @internal shared with pages.ts */
export function attachmentsHtml(attachments: readonly AttachmentInfo[] | undefined): string {
  if (!attachments?.length) return '';
  const items = attachments.map((a) => `<li>${escapeHtml(attachmentLabel(a))}</li>`).join('');
  return `<p><strong>Attachments</strong> (not opened):</p><ul>${items}</ul>`;
}

function attachmentLabel(a: AttachmentInfo): string {
  const name = sanitizeHeaderText(a.filename ?? '(unnamed)', 120);
  return `${name} (${sanitizeHeaderText(a.contentType, 80)}, ${Math.max(0, Math.round(a.size / 1024))} KB)`;
}

function oneLine(text: string, max: number): string {
  return sanitizeHeaderText(text, max);
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

/** @internal shared with pages.ts: fixed values, never user data. */
export const STYLE = {
  body: 'font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#101828;max-width:680px;margin:0 auto;padding:16px',
  table: 'border-collapse:collapse;margin:12px 0',
  th: 'text-align:left;padding:4px 12px 4px 0;color:#475467;font-weight:600;vertical-align:top',
  td: 'padding:4px 0;word-break:break-word',
  mail: 'border:1px solid #d0d5dd;border-radius:6px;padding:12px;background:#f9fafb',
  quote: 'border-left:3px solid #d0d5dd;margin:8px 0;padding:4px 12px;white-space:pre-wrap',
  muted: 'color:#667085;font-size:12px',
  button:
    'display:inline-block;padding:10px 18px;margin:4px 8px 4px 0;border-radius:6px;color:#ffffff;text-decoration:none;font-weight:600;border:none',
  approve: 'background:#1a7f37',
  reject: 'background:#b42318',
  neutral: 'background:#475467',
  h1: 'font-size:18px',
  h2: 'font-size:16px',
  pre: 'white-space:pre-wrap',
  li: 'margin-bottom:8px',
  actions: 'margin:20px 0',
  hr: 'border:none;border-top:1px solid #eaecf0',
} as const;

/** Mail gets inline styles (clients drop <style>); pages get classes (their CSP forbids inline styles). */
export type Render = 'mail' | 'page';

/** @internal the style or class attribute for these STYLE keys. */
export function st(mode: Render, ...keys: Array<keyof typeof STYLE>): string {
  return mode === 'mail' ? ` style="${keys.map((k) => STYLE[k]).join(';')}"` : ` class="${keys.join(' ')}"`;
}

/** The stylesheet pages embed, one class per STYLE key. */
export const PAGE_CSS = Object.entries(STYLE)
  .map(([k, v]) => `.${k}{${v}}`)
  .join('');

/** @internal shared with pages.ts */
export function p(text: string, mode: Render = 'mail', style?: 'muted'): string {
  return `<p${style ? st(mode, style) : ''}>${escapeHtml(text)}</p>`;
}

function buttons(items: Array<[string, string, 'approve' | 'reject' | 'neutral']>): string {
  const links = items
    .map(
      ([text, href, kind]) =>
        `<a href="${escapeHtml(safeUrl(href))}"${st('mail', 'button', kind)}>${escapeHtml(text)}</a>`,
    )
    .join('');
  return `<p${st('mail', 'actions')}>${links}</p>`;
}

/** @internal the href if it is http(s); InvalidInput otherwise. */
export function safeUrl(href: string): string {
  const url = new URL(href);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InvalidInput('links must be http(s)');
  return url.href;
}

/** @internal shared with pages.ts */
export function page(title: string, parts: string[], opts: { mode?: Render; footer?: string } = {}): string {
  const mode = opts.mode ?? 'mail';
  const footer = opts.footer ?? "Sent by Poise, your team's outbound mail review.";
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    mode === 'page'
      ? `<meta name="viewport" content="width=device-width, initial-scale=1"><style>${PAGE_CSS}</style>`
      : '',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body${st(mode, 'body')}>`,
    `<h1${st(mode, 'h1')}>${escapeHtml(title)}</h1>`,
    ...parts.filter(Boolean),
    `<hr${st(mode, 'hr')}>${p(footer, mode, 'muted')}`,
    '</body></html>',
  ]
    .filter(Boolean)
    .join('\n');
}
