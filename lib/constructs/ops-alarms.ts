import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRIC, METRICS_NAMESPACE } from '../../lambdas/shared/metrics';

export interface OpsAlarmsProps {
  /** Address subscribed to the ops topic (the recipient must confirm the subscription). */
  readonly alarmEmail: string;
  /** Submission queue (age of the oldest message). */
  readonly queue: sqs.IQueue;
  /** Submission dead-letter queue. */
  readonly deadLetterQueue: sqs.IQueue;
  /** Dead-letter queue of failed asynchronous ingest invocations. */
  readonly ingestDeadLetterQueue: sqs.IQueue;
  /** Filter Lambda (errors). */
  readonly filterFunction: lambda.IFunction;
  /** Value of the `service` dimension the runtime publishes custom metrics with. */
  readonly serviceName: string;
  /**
   * Alarm when the oldest queued Submission is older than this.
   * @default Duration.minutes(15)
   */
  readonly maxQueueAge?: Duration;
}

/**
 * The ops SNS topic (KMS-encrypted, TLS-only, email subscription) and the alarms that page it:
 * dead letters, filter errors, queue age and relay failures.
 */
export class OpsAlarms extends Construct {
  public readonly topic: sns.Topic;
  public readonly deadLetterAlarm: cloudwatch.Alarm;
  public readonly ingestDeadLetterAlarm: cloudwatch.Alarm;
  public readonly filterErrorsAlarm: cloudwatch.Alarm;
  public readonly queueAgeAlarm: cloudwatch.Alarm;
  public readonly relayFailureAlarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: OpsAlarmsProps) {
    super(scope, id);
    // The AWS-managed SNS key cannot be used by CloudWatch alarms, so the topic gets its own key.
    const key = new kms.Key(this, 'TopicKey', {
      description: 'Encrypts the Poise ops alarm topic',
      enableKeyRotation: true,
    });
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchAlarmsPublish',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
    this.topic = new sns.Topic(this, 'Topic', { masterKey: key, enforceSSL: true });
    this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    const action = new cwActions.SnsAction(this.topic);

    const period = Duration.minutes(5);
    const alarm = (
      name: string,
      description: string,
      metric: cloudwatch.IMetric,
      threshold: number,
    ): cloudwatch.Alarm => {
      const created = new cloudwatch.Alarm(this, name, {
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      return created;
    };

    this.deadLetterAlarm = alarm(
      'DeadLetterAlarm',
      'Submissions reached the dead-letter queue: the filter failed them repeatedly. Inspect and redrive.',
      props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
      1,
    );
    this.ingestDeadLetterAlarm = alarm(
      'IngestDeadLetterAlarm',
      'Ingest events were dead-lettered: mail is in S3 but never reached the queue. Inspect and replay.',
      props.ingestDeadLetterQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
      1,
    );
    this.filterErrorsAlarm = alarm(
      'FilterErrorsAlarm',
      'The filter Lambda failed whole invocations (not single batch items).',
      props.filterFunction.metricErrors({ period, statistic: 'Sum' }),
      1,
    );
    const maxAge = props.maxQueueAge ?? Duration.minutes(15);
    this.queueAgeAlarm = alarm(
      'QueueAgeAlarm',
      `The oldest queued Submission is older than ${maxAge.toHumanString()}: mail is delayed.`,
      props.queue.metricApproximateAgeOfOldestMessage({ period, statistic: 'Maximum' }),
      maxAge.toSeconds(),
    );
    // Powertools publishes with the `service` dimension; this alarm reads that dimension set only.
    this.relayFailureAlarm = alarm(
      'RelayFailureAlarm',
      'SES refused or failed to relay messages.',
      new cloudwatch.Metric({
        namespace: METRICS_NAMESPACE,
        metricName: METRIC.relayFailure,
        dimensionsMap: { service: props.serviceName },
        statistic: 'Sum',
        period,
      }),
      1,
    );
  }
}
