// The rep's plain-text coaching note on a flagged message: only what was found (the sentence, why,
// a suggestion), never the full body. Hold notices are the approval flow's mail (approvals/notifications).
import type { Finding } from '../domain/types';
import type { Notice } from '../ports';

export interface NoticeContext {
  rep: string;
  recipients: string[];
  subject?: string;
  findings: Finding[];
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
