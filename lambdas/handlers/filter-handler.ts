// Filter Lambda: SQS batch of Submissions → processSubmission each, with partial batch failures.
// Built by a factory so the deployed module, the local gateway and the tests share one code path.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { AwsClients } from '../adapters/aws/clients';
import { DynamoApproverDirectory } from '../adapters/aws/dynamo-approver-directory';
import { DynamoOutcomeLog } from '../adapters/aws/dynamo-outcome-log';
import { S3RawStore } from '../adapters/aws/s3-raw-store';
import { secretKeyring } from '../adapters/aws/secrets-keyring';
import { SesMailSender } from '../adapters/aws/ses-mail-sender';
import { SesNotifier } from '../adapters/aws/ses-notifier';
import { SesRelay } from '../adapters/aws/ses-relay';
import { keys } from '../adapters/aws/table-keys';
import { PoisonSubmissionError, RawMissingError } from '../app/errors';
import { type FilterDeps, type FilterResult, processSubmission } from '../app/process-submission';
import { publish } from '../app/telemetry';
import type { Keyring } from '../approvals/tokens';
import type { FilterConfig } from '../config';
import { scanMessage } from '../domain/scan';
import { type Submission, SubmissionSchema } from '../ports';
import { ENV, TABLE } from '../shared/contract';
import { makeLogger, makeMetrics } from './powertools';

export interface FilterHandlerDeps extends FilterDeps {
  /** Powertools idempotency store; omit only where a single worker runs (it is the concurrency lock). */
  idempotencyStore?: BasePersistenceLayer;
}

export type FilterHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

/** Completed Submissions are answered from the idempotency store for a day; the log covers the rest. */
const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

export function makeFilterHandler(deps: FilterHandlerDeps): FilterHandler {
  const { logger, metrics } = deps;
  const processor = new BatchProcessor(EventType.SQS);
  const idempotencyConfig = new IdempotencyConfig({
    eventKeyJmesPath: 'id',
    expiresAfterSeconds: IDEMPOTENCY_TTL_SECONDS,
    throwOnNoIdempotencyKey: true,
  });
  const process = (submission: Submission): Promise<FilterResult> => processSubmission(submission, deps);
  const processOnce = deps.idempotencyStore
    ? makeIdempotent(process, {
        persistenceStore: deps.idempotencyStore,
        config: idempotencyConfig,
        keyPrefix: 'poise.filter',
      })
    : process;

  const recordHandler = async (record: SQSRecord): Promise<FilterResult> => {
    let submission: Submission | undefined;
    try {
      submission = parseSubmission(record);
      return await processOnce(submission);
    } catch (err) {
      reportFailure(deps, record, submission?.id, err);
      throw err;
    }
  };

  return async (event, context) => {
    logger.addContext(context);
    // Lets Powertools expire a lock left by a crashed (timed-out) invocation.
    idempotencyConfig.registerLambdaContext(context);
    try {
      // Sequential: bounded memory (a batch may hold several 40 MB messages) and readable logs.
      // Never throws for a fully failed batch: the local gateway reads the same response shape.
      return await processPartialResponse(event, recordHandler, processor, {
        context,
        processInParallel: false,
        throwOnFullBatchFailure: false,
      });
    } finally {
      publish(metrics, logger);
    }
  };
}

function parseSubmission(record: SQSRecord): Submission {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch {
    throw poison(record, 'body is not JSON');
  }
  const parsed = SubmissionSchema.safeParse(body);
  if (!parsed.success) {
    throw poison(record, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return parsed.data;
}

function poison(record: SQSRecord, why: string): PoisonSubmissionError {
  return new PoisonSubmissionError(`SQS message ${record.messageId} is not a Submission: ${why}`);
}

/**
 * One place that says what happens to a failed item: it goes back on the queue, and the queue's
 * redrive policy moves what keeps failing to the DLQ (alarmed).
 */
function reportFailure(
  deps: FilterDeps,
  record: SQSRecord,
  submissionId: string | undefined,
  err: unknown,
): void {
  const fields = {
    submissionId,
    sqsMessageId: record.messageId,
    receiveCount: Number(record.attributes?.ApproximateReceiveCount ?? 0),
    error: err instanceof Error ? err.name : String(err),
    detail: err instanceof Error ? err.message : undefined,
  };
  if (err instanceof RawMissingError) {
    deps.logger.error(
      'raw message missing: not retryable, it will reach the DLQ after maxReceiveCount',
      fields,
    );
  } else if (err instanceof PoisonSubmissionError) {
    deps.logger.error('poison message: it will reach the DLQ after maxReceiveCount', fields);
  } else if (err instanceof Error && err.name === 'IdempotencyAlreadyInProgressError') {
    deps.logger.info('another delivery of this submission is in progress: retried later', fields);
  } else {
    deps.logger.warn('processing failed: back on the queue for a retry', fields);
  }
}

/**
 * Everything the deployed filter needs, over real AWS clients (or local endpoints). `keyring`: the
 * local gateway's keyring file (lambdas/local stays out of the deployed bundle); default: the secret.
 */
export function awsFilterDeps(
  config: FilterConfig,
  clients: AwsClients,
  opts: { keyring?: () => Promise<Keyring> } = {},
): FilterHandlerDeps {
  return {
    rawStore: new S3RawStore(clients.s3),
    relay: new SesRelay(clients.ses, clients.sesV2, config.sesConfigurationSet),
    outcomeLog: new DynamoOutcomeLog(clients.dynamodb, config.tableName),
    notifier: new SesNotifier(clients.sesV2, config.notifyFrom, config.sesConfigurationSet),
    approvers: new DynamoApproverDirectory(clients.dynamodb, config.tableName, config.fallbackApprover),
    mailer: new SesMailSender(clients.sesV2, config.sesConfigurationSet),
    keyring: opts.keyring ?? secretFilterKeyring(config),
    publicUrl: config.publicUrl,
    scan: (raw, opts) => scanMessage(raw, opts),
    config,
    metrics: makeMetrics(),
    logger: makeLogger(),
    now: () => new Date(),
    idempotencyStore: new DynamoDBPersistenceLayer({
      tableName: config.tableName,
      awsSdkV3Client: clients.dynamodb,
      keyAttr: TABLE.partitionKey,
      sortKeyAttr: TABLE.sortKey,
      staticPkValue: keys.idempotencyPartition,
      expiryAttr: TABLE.ttlAttribute,
    }),
  };
}

/** The Secrets Manager keyring. A keyring file is the local gateway's to open and pass in. */
function secretFilterKeyring(config: FilterConfig): () => Promise<Keyring> {
  // Refuse rather than silently sign with another keyring than the one configured.
  if (config.tokenKeyFile) throw new Error(`${ENV.tokenKeyFile} is read by the local gateway only`);
  if (!config.tokenSecretId) throw new Error('no link-signing keyring configured');
  return secretKeyring(new SecretsManagerClient({}), config.tokenSecretId);
}
