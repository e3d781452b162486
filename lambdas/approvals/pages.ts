// Server-rendered pages behind the mail links: GET shows a confirmation page (mail scanners prefetch
// links, so GET never acts), its form POSTs back to the same URL, and the result or error page follows.
// Served the same way by the approvals Lambda and the local gateway. No scripts; every value escaped.

import { createHash } from 'node:crypto';
import { httpStatusFor, InvalidInput } from './errors';
import type { HoldStatus } from './hold';
import { MAX_NOTE_LENGTH } from './hold';
import {
  attachmentsHtml,
  findingsHtml,
  formatTime,
  type HoldView,
  PAGE_CSS,
  p as para,
  page as render,
  repTextHtml,
  safeUrl,
  st,
  summaryHtml,
} from './notifications';
import { escapeHtml } from './text';
import type { TokenAction } from './tokens';

// The one stylesheet is inline and fixed, so the CSP allows exactly it by hash: no inline style
// attributes, no scripts at all.
const CSS_HASH = createHash('sha256').update(PAGE_CSS).digest('base64');

/** Response headers for every page here (lower-case, so they replace a server's defaults). */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': `default-src 'none'; style-src 'sha256-${CSS_HASH}'; img-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

const FOOTER = 'Poise: outbound mail review.';
const page = (title: string, parts: string[]) => render(title, parts, { mode: 'page', footer: FOOTER });
const p = (text: string) => para(text, 'page');

export interface ConfirmationInput {
  action: TokenAction;
  view: HoldView;
  status: HoldStatus;
  decidedBy?: string;
  /** The path the form posts to: the link's own path. */
  formAction: string;
  /** The link's token, repeated in the form so the POST proves it came from this page. */
  token?: string;
  /** Where the console is, for the view page. */
  consoleUrl?: string;
  timeZone?: string;
}

/** GET /{action}/{token}: the hold and, while it is HELD, a form that confirms the action. */
export function confirmationPage(input: ConfirmationInput): string {
  const { action, view, status } = input;
  const deadline = formatTime(view.deadline, input.timeZone);
  const parts = [
    summaryHtml(view, deadline, 'page'),
    repTextHtml(view, 'page'),
    findingsHtml(view.findings, false, 'page'),
    attachmentsHtml(view.attachments),
  ];
  if (status !== 'HELD') {
    return page('Already decided', [p(decidedText(status, input.decidedBy)), ...parts]);
  }
  if (action === 'view') {
    const console = input.consoleUrl
      ? `<p><a href="${escapeHtml(safeUrl(input.consoleUrl))}">Open the review console</a></p>`
      : '';
    return page('Held message', [
      p('Use the Approve or Reject button in the email to decide.'),
      ...parts,
      console,
    ]);
  }
  const approve = action === 'approve';
  const note = approve
    ? `<label for="note">Note (optional)</label><br><textarea id="note" name="note" rows="3" cols="60" maxlength="${MAX_NOTE_LENGTH}"></textarea>`
    : `<label for="note">Why? The rep sees this note (required)</label><br><textarea id="note" name="note" rows="4" cols="60" maxlength="${MAX_NOTE_LENGTH}" required></textarea>`;
  const button = approve ? 'Approve and send' : 'Reject';
  const form = [
    `<form method="post" action="${escapeHtml(input.formAction)}"${st('page', 'actions')}>`,
    input.token ? `<input type="hidden" name="token" value="${escapeHtml(input.token)}">` : '',
    `<p>${note}</p>`,
    `<button type="submit"${st('page', 'button', approve ? 'approve' : 'reject')}>${escapeHtml(button)}</button>`,
    '</form>',
  ].join('');
  const question = approve
    ? `Approve this message? It will be sent to all ${view.recipients.length} recipient(s) exactly as written.`
    : 'Reject this message? It will not be sent, and the rep gets your note.';
  return page(approve ? 'Approve this message?' : 'Reject this message?', [p(question), ...parts, form]);
}

/** After a successful POST. */
export function resultPage(status: HoldStatus, opts: { relayPending?: boolean } = {}): string {
  const text =
    status === 'RELEASED'
      ? 'Approved. The message has been sent.'
      : status === 'APPROVED'
        ? opts.relayPending
          ? 'Approved. Sending failed for now and will be retried automatically.'
          : 'Approved. The message is being sent.'
        : status === 'REJECTED'
          ? 'Rejected. The rep has been told, with your note.'
          : `The message is now ${status.toLowerCase()}.`;
  return page('Done', [p(text)]);
}

const FRIENDLY: Record<string, [string, string]> = {
  TokenMalformed: [
    'Link not valid',
    'This link is incomplete or damaged. Use the button in the email again.',
  ],
  TokenForged: ['Link not valid', 'This link is not valid.'],
  TokenExpired: ['Link expired', 'This link has expired: the review deadline has passed.'],
  TokenWrongAction: ['Link not valid', 'This link is for a different action.'],
  TokenWrongApprover: ['Not allowed', 'You may no longer review this message.'],
  Forbidden: ['Not allowed', 'You may not review this message.'],
  HoldNotFound: ['Not found', 'This held message no longer exists.'],
  InvalidTransition: ['Already decided', 'This message has already been decided.'],
  HoldConflict: ['Already decided', 'Someone else decided this message a moment ago.'],
};

/** The status and page for an error at a link route; unknown errors give 500 with no details. */
export function errorPage(err: unknown): { status: number; html: string } {
  const status = httpStatusFor(err);
  if (status === undefined) {
    return { status: 500, html: page('Something went wrong', [p('Please try again in a minute.')]) };
  }
  const name = (err as Error).name;
  const [title, text] = FRIENDLY[name] ?? ['Cannot do that', (err as Error).message];
  return { status, html: page(title, [p(text)]) };
}

/** Reads the confirmation form (application/x-www-form-urlencoded). */
export function parseDecisionForm(body: string): { note?: string; token?: string } {
  // Percent-encoding can triple a note's size; anything beyond that (plus a token) is not our form.
  if (body.length > 3 * 4 * MAX_NOTE_LENGTH + 4096) throw new InvalidInput('the form is too large');
  const form = new URLSearchParams(body);
  const note = form.get('note');
  const token = form.get('token');
  return { ...(note === null ? {} : { note }), ...(token === null ? {} : { token }) };
}

function decidedText(status: HoldStatus, by: string | undefined): string {
  const who = !by ? '' : by.startsWith('system:') ? ' when the deadline passed' : ` by ${by}`;
  switch (status) {
    case 'APPROVED':
      return `This message was approved${who} and is being sent.`;
    case 'RELEASED':
      return `This message was approved${who} and sent.`;
    case 'REJECTED':
      return `This message was rejected${who}.`;
    case 'EXPIRED':
      return 'The review deadline passed for this message.';
    default:
      return 'This message is waiting for review.';
  }
}
