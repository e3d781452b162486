// Shared vocabulary of the domain core. No AWS imports anywhere under lambdas/domain.

export const CATEGORIES = ['quota_pressure', 'unilateral_discount'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Reasons a message is held without (or besides) a detected category. */
export const HOLD_REASONS = ['unscannable', 'oversize', 'scanner_error'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

export type Verdict = 'pass' | 'flag' | 'hold';
export type Field = 'subject' | 'body';
export type Severity = 'low' | 'medium' | 'high';

/** An attachment seen while parsing; its content is never kept. */
export interface AttachmentInfo {
  filename?: string;
  contentType: string;
  size: number;
}

/** What the rep wrote, as the detector sees it. Offsets in findings point into `subject` / `body`. */
export interface ExtractedMail {
  subject: string;
  /** The rep's own new text: quotes, forwards, signatures and footers removed. */
  body: string;
  /** Whether the body came from HTML (no text/plain part). */
  htmlOnly: boolean;
  from?: { address: string; name?: string };
  to: string[];
  cc: string[];
  messageId?: string;
  date?: string;
  attachments: AttachmentInfo[];
  /** Parser complaints that did not stop extraction (bad charset, broken boundary...). */
  warnings: string[];
}

export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  field: Field;
  /** The sentence (or clause) that carries the finding, exactly as in the extracted text. */
  excerpt: string;
  /** Offsets of `excerpt` into the extracted subject or body: text.slice(start, end) === excerpt. */
  start: number;
  end: number;
  /** Why it was flagged, in one line a rep understands. */
  why: string;
  /** One line of better wording. */
  suggestion: string;
}

export type Mode = 'enforce' | 'flag-only' | 'audit';

/** Envelope of a submission: Bcc recipients exist only here. */
export interface Envelope {
  mailFrom: string;
  rcptTo: string[];
}

export interface Decision {
  verdict: Verdict;
  /** Verdict the policy would have given in `enforce` mode (differs in audit / flag-only). */
  wouldBe: Verdict;
  categories: Array<Category | HoldReason>;
  findings: Finding[];
  mode: Mode;
  /** Set when the message skipped detection (internal recipients, allow list). */
  exemption?: string;
  /** Set when held for a reason other than findings. */
  holdReason?: HoldReason;
  error?: string;
}
