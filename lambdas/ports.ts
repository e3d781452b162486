// Ports: what the use cases need from the outside world. AWS adapters live in adapters/aws; the local
// gateway reuses them against local endpoints. No AWS imports here.
import { z } from 'zod';
import type { Category, Decision, Finding, HoldReason, Verdict } from './domain/types';

// ---- Submission: the contract between every ingress and the filter (validated at the queue edge) ----

export const RawRefSchema = z.object({ bucket: z.string().min(1), key: z.string().min(1) });
export type RawRef = z.infer<typeof RawRefSchema>;

export const SubmissionSchema = z.object({
  /** Stable per message (the ingress's message id), so a re-enqueued message dedupes in the filter. */
  id: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\w.@:+=-]+$/, 'id: letters, digits and ._@:+=- only'),
  raw: RawRefSchema,
  envelope: z.object({
    /** Empty for the null sender (bounces). */
    mailFrom: z.string().max(320),
    rcptTo: z.array(z.string().min(3).max(320)).min(1),
  }),
  /** `headers` when the ingress had no SMTP envelope and recipients came from To/Cc (Bcc lost). */
  envelopeSource: z.enum(['smtp', 'headers']).optional(),
  receivedAt: z.iso.datetime({ offset: true }),
  ingress: z.enum(['mail-manager', 'receipt-rule', 'local']),
});
export type Submission = z.infer<typeof SubmissionSchema>;

// ---- Raw message storage ----

export interface RawStore {
  /** Size in bytes without reading the body. Throws RawMissingError when the object is gone. */
  size(ref: RawRef): Promise<number>;
  /**
   * The whole message, streamed and stopped at `maxBytes` (RawTooLargeError), so a huge object never
   * fills memory. Throws RawMissingError when the object is gone.
   */
  read(ref: RawRef, opts: { maxBytes: number }): Promise<Buffer>;
  /** The first `bytes` of the message (enough for its header section). */
  readStart(ref: RawRef, bytes: number): Promise<Buffer>;
}

// ---- Queue ----

export interface SubmissionQueue {
  send(submission: Submission): Promise<void>;
}

// ---- Relay ----

export interface RelayChunk {
  /** Original bytes (headers SES refuses already removed; body untouched). */
  raw: Buffer;
  mailFrom: string;
  /** At most 50 (the SES limit per call). */
  destinations: string[];
}

export interface Relay {
  /** Sends one chunk; returns the SES message id. RelayRejectedError when SES refuses the message. */
  send(chunk: RelayChunk): Promise<{ messageId: string }>;
}

// ---- Notices to approvers and reps ----

export interface Notice {
  to: string[];
  subject: string;
  text: string;
}

export interface Notifier {
  /** NoticeRejectedError when the mail service refuses it for good (bad address...). */
  send(notice: Notice): Promise<void>;
}

// ---- Approver directory ----

export interface ApproverDirectory {
  /** The rep's approver; the fallback approver when the rep has none (never unreviewed). */
  /** `team`: the rep's team from the same directory entry, if any (the metrics count the hold under it). */
  approverFor(rep: string): Promise<{ approver: string; source: 'directory' | 'fallback'; team?: string }>;
}

// ---- Outcome log (DynamoDB on AWS and locally) ----

/**
 * RECEIVED → RELAYING → RELAYED, or RECEIVED|RELAYING → HELD. Later issues add the hold decisions
 * (APPROVED, REJECTED, EXPIRED, RELEASED).
 */
export type MessageStatus = 'RECEIVED' | 'RELAYING' | 'RELAYED' | 'HELD';

/** Why a message was held: the domain's reasons plus the runtime's own. */
export type HeldFor = HoldReason | 'findings' | 'relay_rejected' | 'foreign_sender';

export interface MessageRecord {
  id: string;
  status: MessageStatus;
  verdict?: Verdict;
  categories?: Array<Category | HoldReason>;
  holdReason?: HeldFor;
  /** Chunk index → SES message id, for chunks already relayed. */
  relayedChunks: Record<string, string>;
  chunkCount?: number;
  /** Notices still owed for the current status (coaching for flag; approver and rep for hold). */
  noticesPending: boolean;
  /** Set once held. */
  approver?: string;
  deadline?: string;
}

/** What the log keeps about a message: no bodies, recipients only as domains. */
export interface MessageFacts {
  submission: Submission;
  sizeBytes?: number;
}

export interface Outcome {
  decision: Pick<Decision, 'verdict' | 'wouldBe' | 'mode' | 'categories' | 'exemption'> & {
    rules: string[];
  };
  timings: Record<string, number>;
  headersRemoved?: string[];
}

export interface HoldDetails {
  reason: HeldFor;
  findings: Finding[];
  approver: string;
  approverSource: 'directory' | 'fallback';
  deadline: string;
  /** SES error text when the relay was refused. */
  error?: string;
  /** The message's subject, decoded and sanitized (sanitizeHeaderText): the console's row label. */
  subject?: string;
  /** The rep's team as approverFor found it: the team the hold's metrics counts go under. */
  team?: string;
}

export interface OutcomeLog {
  /**
   * Creates the record (first delivery) or returns the existing one (redelivery), after finishing any
   * metrics counts an earlier delivery left due.
   */
  open(facts: MessageFacts, at: Date): Promise<MessageRecord>;
  get(id: string): Promise<MessageRecord | undefined>;
  /**
   * RECEIVED → RELAYING with the verdict, and the message's daily metrics counts (once per message).
   * ConflictError when the record is not RECEIVED.
   */
  startRelay(facts: MessageFacts, outcome: Outcome, chunkCount: number, at: Date): Promise<void>;
  /** Remembers one relayed chunk (so a retry skips it). */
  chunkRelayed(id: string, index: number, sesMessageId: string, at: Date): Promise<void>;
  /** RELAYING → RELAYED; notices stay pending when the rep is owed coaching. */
  relayed(id: string, noticesPending: boolean, at: Date): Promise<void>;
  /**
   * RECEIVED|RELAYING → HELD, plus the hold item the approvals flow acts on. Without `outcome` (a relay
   * refusal) the verdict already recorded stays. From RECEIVED it also counts the verdict (metrics).
   */
  hold(facts: MessageFacts, outcome: Outcome | undefined, hold: HoldDetails, at: Date): Promise<void>;
  /** Clears `noticesPending` and appends the audit event. */
  noticesSent(id: string, sent: string[], at: Date): Promise<void>;
}
