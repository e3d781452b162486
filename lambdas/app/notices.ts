// Plain-text notices to approvers and reps. Only what was found (the sentence, why, a suggestion),
// never the full body. Approval links come with the approvals flow (issue 5).
import type { Finding } from '../domain/types';
import type { HeldFor, Notice } from '../ports';

export interface NoticeContext {
  rep: string;
  recipients: string[];
  subject?: string;
  findings: Finding[];
}

const REASON_TEXT: Record<HeldFor, string> = {
  findings: 'it contains wording that needs a manager to review it',
  unscannable: 'it could not be read, so it could not be checked',
  oversize: 'it is too large to check and relay automatically',
  scanner_error: 'the checker failed on it, so it could not be checked',
  relay_rejected: 'the mail service refused to send it',
  foreign_sender: "its sender is not in one of the organisation's sending domains",
};

export function approverHoldNotice(
  ctx: NoticeContext,
  hold: { approver: string; reason: HeldFor; deadline: string },
): Notice {
  const lines = [
    `A message from ${ctx.rep} is held for your review: ${REASON_TEXT[hold.reason]}.`,
    '',
    `From: ${ctx.rep}`,
    `To: ${ctx.recipients.join(', ')}`,
    `Subject: ${oneLine(ctx.subject ?? '(unknown)')}`,
    `Decide by: ${hold.deadline}`,
    '',
    ...describeFindings(ctx.findings),
  ];
  return {
    to: [hold.approver],
    subject: `Held for review: ${oneLine(ctx.subject ?? '(no subject)', 120)}`,
    text: lines.join('\n'),
  };
}

export function repHoldNotice(
  ctx: NoticeContext,
  hold: { approver: string; reason: HeldFor; deadline: string },
): Notice {
  const lines = [
    `Your message "${oneLine(ctx.subject ?? '(no subject)', 120)}" to ${ctx.recipients.length} recipient(s) was held and not sent yet: ${REASON_TEXT[hold.reason]}.`,
    `${hold.approver} will review it by ${hold.deadline}.`,
    '',
    ...describeFindings(ctx.findings),
  ];
  return {
    to: [ctx.rep],
    subject: `Your message is held: ${oneLine(ctx.subject ?? '', 120)}`,
    text: lines.join('\n'),
  };
}

export function repCoachingNotice(ctx: NoticeContext): Notice {
  const lines = [
    `Your message "${oneLine(ctx.subject ?? '(no subject)', 120)}" was sent. A note for next time:`,
    '',
    ...describeFindings(ctx.findings),
  ];
  return {
    to: [ctx.rep],
    subject: `A note on your message: ${oneLine(ctx.subject ?? '', 120)}`,
    text: lines.join('\n'),
  };
}

function describeFindings(findings: Finding[]): string[] {
  if (findings.length === 0) return [];
  const lines = ['What was found:'];
  for (const f of findings) {
    lines.push(`- ${f.category} (${f.rule}), in the ${f.field}: "${oneLine(f.excerpt, 300)}"`);
    lines.push(`  Why: ${oneLine(f.why, 300)}`);
    lines.push(`  Try instead: ${oneLine(f.suggestion, 300)}`);
  }
  return lines;
}

/** No CR/LF or control characters (header injection), bounded length. */
export function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\p{Cc}+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
