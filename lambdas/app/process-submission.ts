// Use case: one Submission from the queue → relayed, flagged (relayed + coaching) or held. Resumable:
// every step is recorded, so a redelivery continues where the last attempt stopped and never relays a
// recorded chunk twice.
//
// Primary course:
//  1. Open the message record (create it, or find what an earlier delivery already did).
//  2. RECEIVED: read the raw (size cap) and scan it; hold, or record the verdict and start relaying.
//  3. RELAYING: send each chunk of ≤50 envelope recipients not yet recorded; record each one.
//  4. RELAYED/HELD: send the notices still owed (coaching, or approver + rep), then stop.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import { InvalidInput } from '../approvals/errors';
import {
  approverHoldMail,
  type HoldView,
  holdViewFrom,
  type MailContent,
  repHoldMail,
} from '../approvals/notifications';
import { sanitizeHeaderText } from '../approvals/text';
import { buildActionLinks, type Keyring } from '../approvals/tokens';
import type { FilterConfig } from '../config';
import { inDomains } from '../domain/policy';
import type { ScanOptions, ScanResult } from '../domain/scan';
import type { Decision, Finding, HoldReason } from '../domain/types';
import type {
  ApproverDirectory,
  HeldFor,
  HoldDetails,
  MessageFacts,
  MessageRecord,
  Notifier,
  Outcome,
  OutcomeLog,
  RawStore,
  Relay,
  Submission,
} from '../ports';
import { DIMENSION, METRIC } from '../shared/metrics';
import { ConflictError, NoticeRejectedError, RawTooLargeError, RelayRejectedError } from './errors';
import { readHeaderFacts } from './header-facts';
import { type NoticeContext, repCoachingNotice } from './notices';
import { chunkRecipients, type PreparedRaw, prepareForSes } from './relay-plan';
import { Telemetry } from './telemetry';

export type ScanFn = (raw: Buffer, opts: ScanOptions) => Promise<ScanResult>;

export interface FilterDeps {
  rawStore: RawStore;
  relay: Relay;
  outcomeLog: OutcomeLog;
  notifier: Notifier;
  approvers: ApproverDirectory;
  /** The approval flow's mail (review request with signed links, rep's hold notice) as raw MIME. */
  mailer: { send(mail: MailContent): Promise<void> };
  /** Signs the approval links (Secrets Manager on AWS, a file locally). */
  keyring(): Promise<Keyring>;
  /** POISE_PUBLIC_URL: where the approval links point. */
  publicUrl: string;
  scan: ScanFn;
  config: Pick<
    FilterConfig,
    'maxMessageBytes' | 'holdDeadlineHours' | 'policy' | 'senderDomains' | 'notifyFrom'
  >;
  metrics: Metrics;
  logger: Logger;
  now: () => Date;
}

/** What the idempotency store keeps for a finished Submission (small, JSON). */
export interface FilterResult {
  id: string;
  status: MessageRecord['status'];
  verdict?: string;
  /** True when an earlier delivery had already finished everything. */
  duplicate: boolean;
}

/** Enough to tell a rep's held messages apart; the detail view shows the whole subject. */
const HOLD_SUBJECT_MAX = 200;

/** A record that keeps changing under us means another worker is active: give up and retry later. */
const MAX_STEPS = 8;

export async function processSubmission(submission: Submission, deps: FilterDeps): Promise<FilterResult> {
  const run = new Run(submission, deps);
  return run.execute();
}

class Run {
  private readonly facts: MessageFacts;
  private readonly log: Logger;
  private readonly telemetry: Telemetry;
  private readonly started: number;
  private readonly timings: Record<string, number> = {};
  private raw?: Buffer;
  private prepared?: PreparedRaw;
  private scanned?: ScanResult;

  constructor(
    private readonly submission: Submission,
    private readonly deps: FilterDeps,
  ) {
    this.facts = { submission };
    this.log = deps.logger.createChild({ persistentKeys: { submissionId: submission.id } });
    this.telemetry = new Telemetry(deps.metrics, this.log);
    this.started = deps.now().getTime();
  }

  async execute(): Promise<FilterResult> {
    const { outcomeLog } = this.deps;
    this.telemetry.count(METRIC.messagesReceived);
    let record = await outcomeLog.open(this.facts, this.deps.now());
    if (isDone(record)) {
      this.log.info('already processed: nothing to do', { status: record.status });
      return result(record, true);
    }
    for (let step = 0; step < MAX_STEPS; step++) {
      try {
        const next = await this.advance(record);
        if (!next) {
          this.telemetry.count(
            METRIC.filterLatency,
            this.deps.now().getTime() - this.started,
            'Milliseconds',
          );
          return result(record, false);
        }
        record = next;
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
        this.log.warn('record changed under us; re-reading', { error: err.message });
        const fresh = await outcomeLog.get(this.submission.id);
        if (!fresh) throw err;
        record = fresh;
      }
    }
    throw new ConflictError(`message ${this.submission.id} did not settle after ${MAX_STEPS} steps`);
  }

  /** One step of the state machine; the next record, or undefined when finished. */
  private async advance(record: MessageRecord): Promise<MessageRecord | undefined> {
    switch (record.status) {
      case 'RECEIVED':
        return this.decide(record);
      case 'RELAYING':
        return this.relayRemaining(record);
      case 'RELAYED':
      case 'HELD':
        if (record.noticesPending) await this.sendNotices(record);
        return undefined;
      default:
        // A status the approvals flow set (APPROVED, RELEASED...): not ours to change.
        return undefined;
    }
  }

  // 2. Read, scan, decide.
  private async decide(record: MessageRecord): Promise<MessageRecord> {
    const { config } = this.deps;
    const { mailFrom } = this.submission.envelope;
    if (config.senderDomains.length > 0 && !inDomains(config.senderDomains, mailFrom)) {
      // An open ingress can be reached by other tenants of the same provider: never relay for them.
      this.log.warn('sender outside the sending domains: holding', { senderDomain: domainOf(mailFrom) });
      this.telemetry.count(METRIC.foreignSender);
      const error = `MAIL FROM domain '${domainOf(mailFrom)}' is not one of the sending domains`;
      const decision: Decision = {
        verdict: 'hold',
        wouldBe: 'hold',
        categories: [],
        findings: [],
        mode: config.policy.mode,
        error,
      };
      return this.holdMessage(record, decision, 'foreign_sender', []);
    }
    let raw: Buffer;
    try {
      raw = await this.loadRaw();
    } catch (err) {
      if (!(err instanceof RawTooLargeError)) throw err;
      this.log.warn('message over the size cap: holding', {
        sizeBytes: err.sizeBytes,
        maxBytes: err.maxBytes,
      });
      this.telemetry.count(METRIC.oversize);
      this.facts.sizeBytes = err.sizeBytes;
      const decision = heldDecision('oversize', err.message, config.policy.mode);
      return this.holdMessage(record, decision, 'oversize', []);
    }
    this.telemetry.count(METRIC.messageSize, raw.length, 'Bytes');
    const { decision } = await this.scan(raw);
    this.log.info('scanned', {
      verdict: decision.verdict,
      wouldBe: decision.verdict === decision.wouldBe ? undefined : decision.wouldBe,
      categories: decision.categories,
      rules: ruleIds(decision.findings),
      exemption: decision.exemption,
    });
    if (decision.verdict === 'hold') {
      if (decision.holdReason === 'unscannable') this.telemetry.count(METRIC.unscannable);
      return this.holdMessage(record, decision, decision.holdReason ?? 'findings', decision.findings);
    }
    const prepared = this.prepare(raw);
    const chunks = chunkRecipients(this.submission.envelope.rcptTo);
    await this.deps.outcomeLog.startRelay(
      this.facts,
      this.outcome(decision, prepared.removed),
      chunks.length,
      this.deps.now(),
    );
    this.countDecision(decision);
    return { ...record, status: 'RELAYING', verdict: decision.verdict, chunkCount: chunks.length };
  }

  // 3. Relay what is not relayed yet.
  private async relayRemaining(record: MessageRecord): Promise<MessageRecord> {
    const { relay, outcomeLog } = this.deps;
    let prepared: PreparedRaw;
    try {
      prepared = this.prepare(await this.loadRaw());
    } catch (err) {
      if (!(err instanceof RawTooLargeError)) throw err;
      // Only when the cap was lowered between attempts.
      return this.holdMessage(
        record,
        heldDecision('oversize', err.message, this.deps.config.policy.mode),
        'oversize',
        [],
      );
    }
    const chunks = chunkRecipients(this.submission.envelope.rcptTo);
    const relayed = { ...record.relayedChunks };
    const startedAt = Date.now();
    for (const [index, destinations] of chunks.entries()) {
      if (relayed[String(index)]) continue;
      let messageId: string;
      try {
        ({ messageId } = await relay.send({
          raw: prepared.raw,
          mailFrom: this.submission.envelope.mailFrom,
          destinations,
        }));
      } catch (err) {
        this.telemetry.relayFailure(err);
        if (!(err instanceof RelayRejectedError)) throw err; // throttling, 5xx: back on the queue
        this.log.error('SES refused the message: holding', {
          error: err.code,
          chunk: index,
          chunksRelayed: Object.keys(relayed).length,
        });
        // The verdict stays what the scan said; only the status and reason change.
        return this.holdMessage(record, undefined, 'relay_rejected', [], err.message);
      }
      relayed[String(index)] = messageId;
      // A crash between the send above and this write resends this one chunk on redelivery.
      await outcomeLog.chunkRelayed(record.id, index, messageId, this.deps.now());
      this.log.info('chunk relayed', {
        chunk: index,
        destinations: destinations.length,
        sesMessageId: messageId,
      });
    }
    this.timings.relayMs = Date.now() - startedAt;
    const coaching = record.verdict === 'flag';
    await outcomeLog.relayed(record.id, coaching, this.deps.now());
    this.telemetry.count(METRIC.relaySuccess);
    return { ...record, status: 'RELAYED', relayedChunks: relayed, noticesPending: coaching };
  }

  private async holdMessage(
    record: MessageRecord,
    decision: Decision | undefined,
    reason: HeldFor,
    findings: Finding[],
    error?: string,
  ): Promise<MessageRecord> {
    const { approvers, outcomeLog, config } = this.deps;
    const now = this.deps.now();
    const { approver, source, team } = await approvers.approverFor(this.submission.envelope.mailFrom);
    const deadline = new Date(now.getTime() + config.holdDeadlineHours * 3_600_000).toISOString();
    const subject = await this.holdSubject();
    const hold: HoldDetails = {
      reason,
      findings,
      approver,
      approverSource: source,
      deadline,
      error,
      subject,
      team,
    };
    const outcome = decision ? this.outcome(decision, this.prepared?.removed) : undefined;
    await outcomeLog.hold(this.facts, outcome, hold, now);
    if (decision) this.countDecision(decision);
    this.log.info('held', { reason, approverSource: source, deadline });
    const verdict = decision?.verdict ?? record.verdict;
    return {
      ...record,
      status: 'HELD',
      verdict,
      holdReason: reason,
      approver,
      deadline,
      noticesPending: true,
    };
  }

  /** The subject for the console's queue: from the scan when there was one, else the header section. */
  private async holdSubject(): Promise<string | undefined> {
    let subject: string | undefined = this.scanned?.mail?.subject;
    if (subject === undefined) {
      try {
        ({ subject } = await readHeaderFacts(this.submission.raw, this.deps.rawStore));
      } catch (err) {
        // Only a label: the hold must not wait for it (the console shows "(no subject)").
        this.log.warn('subject unreadable: holding without it', { error: errorName(err) });
      }
    }
    // Mail text shown to reviewers: decoded, no controls or encoded-word tricks, bounded.
    return sanitizeHeaderText(subject ?? '', HOLD_SUBJECT_MAX) || undefined;
  }

  // 4. Notices. At least once: a crash after sending and before recording sends them again. A notice
  // refused for good is logged and counted, not retried; anything else (throttling, the keyring
  // unreadable) fails the delivery, which is retried while the hold stays recorded.
  private async sendNotices(record: MessageRecord): Promise<void> {
    const notices: Array<[string, () => Promise<void>]> = [];
    if (record.status === 'HELD' && record.approver && record.deadline) {
      const view = await this.holdView(record, record.approver, record.deadline);
      const opts = { from: this.deps.config.notifyFrom };
      const links = buildActionLinks(
        this.deps.publicUrl,
        { holdId: record.id, approver: record.approver, expiresAt: new Date(record.deadline) },
        await this.deps.keyring(),
      );
      const { mailer } = this.deps;
      notices.push(['approver', () => mailer.send(approverHoldMail(view, links, opts))]);
      // A foreign sender may be forged: telling it would be backscatter.
      if (view.rep.address && view.reason !== 'foreign_sender') {
        notices.push(['rep', () => mailer.send(repHoldMail(view, opts))]);
      }
    } else if (record.status === 'RELAYED') {
      const ctx = await this.noticeContext();
      if (ctx.rep && ctx.findings.length > 0) {
        notices.push(['coaching', () => this.deps.notifier.send(repCoachingNotice(ctx))]);
      }
    }
    const sent: string[] = [];
    for (const [kind, send] of notices) {
      try {
        await send();
        sent.push(kind);
      } catch (err) {
        // InvalidInput: an address MIME will not take; rebuilding it next time would fail the same way.
        if (!(err instanceof NoticeRejectedError || err instanceof InvalidInput)) throw err;
        // Refused for good: recorded, not retried. Holds stay visible to the approvals flow.
        this.log.error('notice refused', { notice: kind, error: err.name, detail: err.message });
        this.telemetry.count(METRIC.noticeRefused);
      }
    }
    await this.deps.outcomeLog.noticesSent(record.id, sent, this.deps.now());
  }

  /** What the hold notices show: the stored facts plus the rep's text extracted again (none is kept). */
  private async holdView(record: MessageRecord, approver: string, deadline: string): Promise<HoldView> {
    const hold = {
      id: record.id,
      rep: this.submission.envelope.mailFrom,
      approver,
      deadline,
      reason: record.holdReason ?? 'findings',
      envelope: { rcptTo: chunkRecipients(this.submission.envelope.rcptTo).flat() },
    };
    if (record.holdReason === 'oversize') {
      // Too large to scan: the subject from the header section is all the notice can say.
      const { subject } = await readHeaderFacts(this.submission.raw, this.deps.rawStore);
      return { ...holdViewFrom({ ...hold, findings: [] }), subject };
    }
    // Findings are not kept in the log (they quote the rep): scan again after a redelivery.
    const scanned = await this.scan(await this.loadRaw());
    return holdViewFrom({ ...hold, findings: scanned.decision.findings }, scanned.mail);
  }

  private async noticeContext(): Promise<NoticeContext> {
    const rep = this.submission.envelope.mailFrom;
    const recipients = chunkRecipients(this.submission.envelope.rcptTo).flat();
    const scanned = await this.scan(await this.loadRaw());
    return { rep, recipients, subject: scanned.mail?.subject, findings: scanned.decision.findings };
  }

  private async loadRaw(): Promise<Buffer> {
    if (this.raw) return this.raw;
    const started = Date.now();
    this.raw = await this.deps.rawStore.read(this.submission.raw, {
      maxBytes: this.deps.config.maxMessageBytes,
    });
    this.timings.fetchMs = Date.now() - started;
    this.facts.sizeBytes = this.raw.length;
    return this.raw;
  }

  private async scan(raw: Buffer): Promise<ScanResult> {
    if (this.scanned) return this.scanned;
    const started = Date.now();
    try {
      this.scanned = await this.deps.scan(raw, {
        policy: this.deps.config.policy,
        envelope: this.submission.envelope,
      });
    } catch (err) {
      // scanMessage never throws; anything else that does must not let mail through unreviewed.
      this.scanned = {
        decision: heldDecision('scanner_error', errorName(err), this.deps.config.policy.mode),
      };
    }
    this.timings.scanMs = Date.now() - started;
    return this.scanned;
  }

  private prepare(raw: Buffer): PreparedRaw {
    this.prepared ??= prepareForSes(raw);
    if (this.prepared.removed.length > 0) {
      this.log.info('header fields SES refuses removed', { removed: this.prepared.removed });
    }
    return this.prepared;
  }

  private outcome(decision: Decision, headersRemoved?: string[]): Outcome {
    return {
      decision: {
        verdict: decision.verdict,
        wouldBe: decision.wouldBe,
        mode: decision.mode,
        categories: decision.categories,
        exemption: decision.exemption,
        rules: ruleIds(decision.findings),
      },
      timings: { ...this.timings, totalMs: this.deps.now().getTime() - this.started },
      headersRemoved: headersRemoved?.length ? headersRemoved : undefined,
    };
  }

  private countDecision(decision: Decision): void {
    this.telemetry.countBy(METRIC.verdict, DIMENSION.verdict, decision.verdict);
    for (const category of decision.categories)
      this.telemetry.countBy(METRIC.categoryHit, DIMENSION.category, category);
    for (const rule of ruleIds(decision.findings))
      this.telemetry.countBy(METRIC.ruleHit, DIMENSION.rule, rule);
  }
}

/** No undefined values: Powertools stores this as the idempotency record's response. */
function result(record: MessageRecord, duplicate: boolean): FilterResult {
  return {
    id: record.id,
    status: record.status,
    ...(record.verdict ? { verdict: record.verdict } : {}),
    duplicate,
  };
}

/** Past the filter's part (RELAYED, HELD, or a later approvals status) with no notice owed. */
function isDone(record: MessageRecord): boolean {
  return record.status !== 'RECEIVED' && record.status !== 'RELAYING' && !record.noticesPending;
}

function ruleIds(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => f.rule))];
}

function heldDecision(reason: HoldReason, error: string, mode: Decision['mode']): Decision {
  return {
    verdict: 'hold',
    wouldBe: 'hold',
    categories: [reason],
    findings: [],
    mode,
    holdReason: reason,
    error,
  };
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : 'Unknown';
}
