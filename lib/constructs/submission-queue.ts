import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface SubmissionQueueProps {
  /**
   * How long a received Submission stays invisible. Keep it at least six times the consumer's
   * timeout so a batch that is retried inside one invocation is not delivered twice.
   */
  readonly visibilityTimeout: Duration;
  /**
   * Deliveries of one Submission before it moves to the dead-letter queue.
   * @default 5
   */
  readonly maxReceiveCount?: number;
  /**
   * How long undelivered Submissions are kept on the main queue.
   * @default Duration.days(4)
   */
  readonly retentionPeriod?: Duration;
  /**
   * What happens to the queues when the stack is deleted.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The queue between ingress and filter, with a dead-letter queue for poison Submissions, and
 * a second dead-letter queue catching failed asynchronous invocations of the ingest Lambda
 * (so neither a bad Submission nor a failed ingest is ever silently dropped).
 * All three are TLS-only and encrypted with SQS-managed keys (no key grants for producers).
 */
export class SubmissionQueue extends Construct {
  /** Submissions waiting for the filter. */
  public readonly queue: sqs.Queue;
  /** Submissions that failed `maxReceiveCount` times. */
  public readonly deadLetterQueue: sqs.Queue;
  /** Ingest events that failed every asynchronous retry. */
  public readonly ingestDeadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: SubmissionQueueProps) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const common = {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      removalPolicy,
    } satisfies sqs.QueueProps;

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      ...common,
      retentionPeriod: Duration.days(14),
    });
    this.ingestDeadLetterQueue = new sqs.Queue(this, 'IngestDeadLetterQueue', {
      ...common,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.ingestDeadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: "This queue is itself a dead-letter queue (the ingest Lambda's asynchronous-failure DLQ).",
    });
    this.queue = new sqs.Queue(this, 'Queue', {
      ...common,
      visibilityTimeout: props.visibilityTimeout,
      retentionPeriod: props.retentionPeriod ?? Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount ?? 5 },
    });
  }
}
