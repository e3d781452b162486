// Use case: an ingress told us a message is stored → a Submission on the queue.
//
// Primary course:
//  1. Take the envelope the ingress reported (MAIL FROM, every RCPT TO: Bcc exists only there).
//  2. No envelope recipients? Read the stored message's header section and use To/Cc instead; mark the
//     Submission `envelopeSource: "headers"`, log and count it (Bcc recipients are lost that way).
//  3. Validate the Submission and send it to the queue.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import {
  type RawRef,
  type RawStore,
  type Submission,
  type SubmissionQueue,
  SubmissionSchema,
} from '../ports';
import { METRIC } from '../shared/metrics';
import { IngestEventError } from './errors';
import { readHeaderFacts } from './header-facts';
import { Telemetry } from './telemetry';

/** What any ingress knows about a stored message. */
export interface StoredMessage {
  messageId: string;
  raw: RawRef;
  mailFrom?: string;
  rcptTo: string[];
  receivedAt?: string;
  ingress: Submission['ingress'];
}

export interface IngestDeps {
  queue: SubmissionQueue;
  rawStore: RawStore;
  metrics: Metrics;
  logger: Logger;
  now: () => Date;
}

export async function ingestMessage(stored: StoredMessage, deps: IngestDeps): Promise<Submission> {
  let envelopeSource: Submission['envelopeSource'] = 'smtp';
  let { mailFrom, rcptTo } = stored;
  if (rcptTo.length === 0) {
    const headers = await readHeaderFacts(stored.raw, deps.rawStore);
    rcptTo = headers.recipients;
    mailFrom ||= headers.from;
    envelopeSource = 'headers';
    deps.logger.warn('no envelope from the ingress: recipients taken from To/Cc (Bcc recipients are lost)', {
      messageId: stored.messageId,
      recipients: rcptTo.length,
    });
    new Telemetry(deps.metrics, deps.logger).count(METRIC.envelopeFallback);
  }
  const candidate = {
    id: safeId(stored.messageId),
    raw: stored.raw,
    envelope: { mailFrom: normalizeMailFrom(mailFrom ?? ''), rcptTo },
    envelopeSource,
    receivedAt: stored.receivedAt ?? deps.now().toISOString(),
    ingress: stored.ingress,
  };
  const parsed = SubmissionSchema.safeParse(candidate);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new IngestEventError(`cannot build a Submission for ${stored.messageId}: ${problems.join('; ')}`);
  }
  await deps.queue.send(parsed.data);
  deps.logger.info('submission queued', {
    submissionId: parsed.data.id,
    envelopeSource,
    recipients: rcptTo.length,
  });
  return parsed.data;
}

/** Strips SRS/BATV tagging SES receipt events keep (`prvs=1234abcd=rep@x`) and angle brackets. */
export function normalizeMailFrom(address: string): string {
  return address
    .trim()
    .replace(/^<|>$/g, '')
    .replace(/^prvs=[0-9a-z]+=/i, '');
}

/** Submission ids go into keys and logs: keep them to a safe alphabet. */
export function safeId(messageId: string): string {
  return messageId.replace(/[^\w.@:+=-]/g, '_').slice(0, 200);
}
