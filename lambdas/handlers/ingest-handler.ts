// Ingest Lambda: an SES receipt-rule or Mail Manager InvokeLambda event → Submission(s) on the queue.
// Any failure throws: invoked asynchronously (receipt rule `Event`, Mail Manager `EVENT`), Lambda
// retries twice and then hands the event to the function's on-failure destination / DLQ. The raw
// message stays in S3 meanwhile, so nothing accepted is lost.
import type { Context } from 'aws-lambda';
import type { AwsClients } from '../adapters/aws/clients';
import { S3RawStore } from '../adapters/aws/s3-raw-store';
import { SqsSubmissionQueue } from '../adapters/aws/sqs-submission-queue';
import { IngestEventError } from '../app/errors';
import { type IngestDeps, ingestMessage, type StoredMessage } from '../app/ingest';
import { publish } from '../app/telemetry';
import type { IngestConfig } from '../config';
import { fromMailManagerEvent, fromReceiptRuleEvent, isReceiptRuleEvent } from './ingest-events';
import { makeLogger, makeMetrics } from './powertools';

export interface IngestHandlerDeps extends IngestDeps {
  config: Pick<IngestConfig, 'rawBucket'>;
}

/** `CONTINUE` lets a synchronous (RequestResponse) receipt rule carry on; ignored otherwise. */
export interface IngestResult {
  disposition: 'CONTINUE';
  submissions: string[];
}

export type IngestHandler = (event: unknown, context: Context) => Promise<IngestResult>;

export function makeIngestHandler(deps: IngestHandlerDeps): IngestHandler {
  const { logger, metrics } = deps;
  return async (event, context) => {
    logger.addContext(context);
    try {
      const stored: StoredMessage[] = isReceiptRuleEvent(event)
        ? fromReceiptRuleEvent(event, deps.config.rawBucket)
        : [fromMailManagerEvent(event)];
      const submissions: string[] = [];
      for (const message of stored) submissions.push((await ingestMessage(message, deps)).id);
      return { disposition: 'CONTINUE', submissions };
    } catch (err) {
      const fields = {
        error: err instanceof Error ? err.name : String(err),
        detail: (err as Error)?.message,
      };
      if (err instanceof IngestEventError) {
        logger.error('ingress event rejected: retried, then kept in the ingest DLQ; raw stays in S3', fields);
      } else {
        logger.warn('ingest failed: Lambda retries the event, then the ingest DLQ keeps it', fields);
      }
      throw err;
    } finally {
      publish(metrics, logger);
    }
  };
}

export function awsIngestDeps(config: IngestConfig, clients: AwsClients): IngestHandlerDeps {
  return {
    queue: new SqsSubmissionQueue(clients.sqs, config.queueUrl),
    rawStore: new S3RawStore(clients.s3),
    metrics: makeMetrics(),
    logger: makeLogger(),
    now: () => new Date(),
    config,
  };
}
