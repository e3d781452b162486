import { Duration, Stack } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { keys } from '../../lambdas/adapters/aws/table-keys';
import { ENV, METRICS_NAMESPACE } from '../../lambdas/shared/contract';
import { acknowledgeObjectWildcard } from './nag';
import { FILTER_NODE_OPTIONS, NODE_OPTIONS } from './node-options';
import { type FunctionExtras, poiseFunction, REPO_ROOT } from './poise-function';
import { sesSendStatement } from './ses-send';

export { FUNCTION_RUNTIME } from './poise-function';

/** Filter timeout; the submission queue's visibility timeout is derived from it. */
export const FILTER_TIMEOUT = Duration.minutes(2);

/** Powertools service name: the `service` dimension on every metric. */
export const SERVICE_NAME = 'poise';

/** Application settings handed to both functions as environment variables (names in contract.ts). */
export interface GatewaySettings {
  /** Which ingress feeds the queue. */
  readonly ingress: 'mail-manager' | 'receipt-rule';
  /** Domains the reps send from (SES identities). */
  readonly sendingDomains: readonly string[];
  /** Largest message the filter reads. */
  readonly maxMessageBytes: number;
  /** Hours a hold waits for an approver. */
  readonly holdDeadlineHours: number;
  /** From address of notices. */
  readonly notifyFrom: string;
  /** Approver used when a rep has none. */
  readonly fallbackApprover: string;
  /** Public base URL for approval links. @default - not set */
  readonly publicUrl?: string;
  /** Minified policy JSON. @default - the built-in policy */
  readonly policyJson?: string;
}

export interface GatewayFunctionsProps {
  /** Bucket holding raw mail. */
  readonly rawBucket: s3.IBucket;
  /** Key prefix of raw mail in {@link rawBucket}. */
  readonly rawPrefix: string;
  /** Outcome table. */
  readonly table: dynamodb.ITable;
  /** Names of the table's GSIs the filter may query. */
  readonly tableIndexNames: readonly string[];
  /** Queue the ingest Lambda sends Submissions to and the filter consumes. */
  readonly queue: sqs.IQueue;
  /** Dead-letter queue for failed asynchronous ingest invocations. */
  readonly ingestDeadLetterQueue: sqs.IQueue;
  /** Name of the SES configuration set every relay and notice is sent with. */
  readonly configurationSetName: string;
  /** Application settings. */
  readonly settings: GatewaySettings;
  /**
   * Filter handler module.
   * @default lambdas/handlers/filter.ts
   */
  readonly filterEntry?: string;
  /**
   * Ingest handler module.
   * @default lambdas/handlers/ingest.ts
   */
  readonly ingestEntry?: string;
  /**
   * Filter memory; parsing a 40 MB message needs headroom, and CPU scales with memory.
   * @default 1024
   */
  readonly filterMemorySize?: number;
  /**
   * Submissions per filter invocation.
   * @default 5
   */
  readonly filterBatchSize?: number;
  /**
   * Most concurrent filter invocations the queue drives (protects the SES sending rate).
   * @default 10
   */
  readonly filterMaxConcurrency?: number;
  /**
   * Reserved concurrency of the filter.
   * @default - none (unreserved account concurrency)
   */
  readonly filterReservedConcurrency?: number;
  /**
   * Retention of both functions' log groups.
   * @default logs.RetentionDays.THREE_MONTHS
   */
  readonly logRetention?: logs.RetentionDays;
}

/**
 * The ingest Lambda (ingress event → Submission on the queue) and the filter Lambda
 * (queue → scan → relay / hold / log), each with its own role, log group and only the
 * permissions its port adapters use.
 */
export class GatewayFunctions extends Construct {
  public readonly ingest: nodejs.NodejsFunction;
  public readonly filter: nodejs.NodejsFunction;
  /** Execution role of the ingest Lambda. */
  public readonly ingestRole: iam.Role;
  /** Execution role of the filter Lambda. */
  public readonly filterRole: iam.Role;

  constructor(scope: Construct, id: string, props: GatewayFunctionsProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const s = props.settings;
    const environment: Record<string, string> = {
      [ENV.rawBucket]: props.rawBucket.bucketName,
      [ENV.tableName]: props.table.tableName,
      [ENV.queueUrl]: props.queue.queueUrl,
      [ENV.ingress]: s.ingress,
      [ENV.maxMessageBytes]: String(s.maxMessageBytes),
      [ENV.holdDeadlineHours]: String(s.holdDeadlineHours),
      [ENV.notifyFrom]: s.notifyFrom,
      [ENV.fallbackApprover]: s.fallbackApprover,
      [ENV.sesConfigurationSet]: props.configurationSetName,
      [ENV.senderDomains]: s.sendingDomains.join(','),
      ...(s.publicUrl ? { [ENV.publicUrl]: s.publicUrl } : {}),
      ...(s.policyJson ? { [ENV.policyJson]: s.policyJson } : {}),
      POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
      POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
      NODE_OPTIONS,
    };
    const logRetention = props.logRetention ?? logs.RetentionDays.THREE_MONTHS;

    const makeFunction = (
      name: string,
      entry: string,
      role: iam.Role,
      extra: FunctionExtras,
    ): nodejs.NodejsFunction =>
      poiseFunction(this, name, { entry, role, logRetention, environment, ...extra });

    // Own roles instead of AWSLambdaBasicExecutionRole: log writes scoped to each log group.
    const makeRole = (name: string) =>
      new iam.Role(this, `${name}Role`, {
        assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
        description: `Poise ${name} Lambda`,
      });
    this.ingestRole = makeRole('Ingest');
    this.filterRole = makeRole('Filter');

    this.ingest = makeFunction(
      'Ingest',
      props.ingestEntry ?? `${REPO_ROOT}lambdas/handlers/ingest.ts`,
      this.ingestRole,
      {
        description: 'Poise ingest: ingress event to Submission on the queue',
        memorySize: 256,
        timeout: Duration.seconds(30),
        deadLetterQueue: props.ingestDeadLetterQueue,
        retryAttempts: 2,
      },
    );
    this.filter = makeFunction(
      'Filter',
      props.filterEntry ?? `${REPO_ROOT}lambdas/handlers/filter.ts`,
      this.filterRole,
      {
        description: 'Poise filter: scan each Submission, then relay, hold and log it',
        memorySize: props.filterMemorySize ?? 1024,
        timeout: FILTER_TIMEOUT,
        reservedConcurrentExecutions: props.filterReservedConcurrency,
      },
    );
    this.filter.addEnvironment('NODE_OPTIONS', FILTER_NODE_OPTIONS);

    const rawObjects = props.rawBucket.arnForObjects(`${props.rawPrefix}*`);
    const rawObjectsReason =
      'Raw mail object keys are per-message ids only known at run time; access is limited to the raw/ prefix.';

    // Without ListBucket, S3 answers a missing key with 403 instead of 404 and the runtime could
    // not tell NoSuchKey (dead-letter it) from a permission problem.
    const readRaw = [
      new iam.PolicyStatement({ sid: 'ReadRawMail', actions: ['s3:GetObject'], resources: [rawObjects] }),
      new iam.PolicyStatement({
        sid: 'DistinguishMissingRawMail',
        actions: ['s3:ListBucket'],
        resources: [props.rawBucket.bucketArn],
      }),
    ];

    // Ingest: read the raw head (header-recipient fallback) and enqueue the Submission.
    for (const statement of readRaw) this.ingest.addToRolePolicy(statement);
    props.queue.grantSendMessages(this.ingest);
    acknowledgeObjectWildcard(this.ingestRole, props.rawBucket, `${props.rawPrefix}*`, rawObjectsReason);

    // Filter: read raw mail, record outcomes (no Scan, no transactions), relay with SES.
    for (const statement of readRaw) this.filter.addToRolePolicy(statement);
    this.filter.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'RecordOutcomes',
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query'],
        resources: [
          props.table.tableArn,
          ...props.tableIndexNames.map((index) => `${props.table.tableArn}/index/${index}`),
        ],
      }),
    );
    // Powertools Idempotency deletes its in-progress record when processing fails; only there.
    this.filter.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ClearIdempotencyRecords',
        actions: ['dynamodb:DeleteItem'],
        resources: [props.table.tableArn],
        conditions: {
          'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [keys.idempotencyPartition] },
        },
      }),
    );
    this.filter.addToRolePolicy(
      sesSendStatement(stack, 'RelayWithSes', s.sendingDomains, props.configurationSetName),
    );
    acknowledgeObjectWildcard(this.filterRole, props.rawBucket, `${props.rawPrefix}*`, rawObjectsReason);
    this.filter.addEventSource(
      new SqsEventSource(props.queue, {
        batchSize: props.filterBatchSize ?? 5,
        reportBatchItemFailures: true,
        maxConcurrency: props.filterMaxConcurrency ?? 10,
      }),
    );
  }
}
