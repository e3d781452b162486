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

/** SES puts an account under review at a 5% bounce rate and a 0.1% complaint rate (ratios 0..1). */
export const SES_REVIEW_BOUNCE_RATE = 0.05;
export const SES_REVIEW_COMPLAINT_RATE = 0.001;

/** An account-level SES reputation metric (`Reputation.BounceRate`...): hourly maxima, no data until a bounce. */
export function sesReputationMetric(metricName: string, label?: string): cloudwatch.Metric {
  return new cloudwatch.Metric({
    namespace: 'AWS/SES',
    metricName,
    statistic: 'Maximum',
    period: Duration.hours(1),
    label,
  });
}

export interface OpsAlarmsProps {
  /** Address subscribed to the ops topic (the recipient must confirm the subscription). */
  readonly alarmEmail: string;
  /** Submission queue (age of the oldest message). */
  readonly queue: sqs.IQueue;
  /** Submission dead-letter queue. */
  readonly deadLetterQueue: sqs.IQueue;
  /** Dead-letter queue of failed asynchronous ingest invocations. */
  readonly ingestDeadLetterQueue: sqs.IQueue;
  /**
   * Functions whose error rate pages ops, by a short name used in the alarm's id and description.
   * More can be added with {@link OpsAlarms.addErrorRateAlarm}.
   * @default - none
   */
  readonly functions?: Record<string, lambda.IFunction>;
  /** Value of the `service` dimension the runtime publishes custom metrics with. */
  readonly serviceName: string;
  /**
   * Alarm when the oldest queued Submission is older than this.
   * @default Duration.minutes(15)
   */
  readonly maxQueueAge?: Duration;
  /**
   * Alarm when a function fails at least this percentage of its invocations (two of three 5-minute
   * periods).
   * @default 5
   */
  readonly maxErrorRatePercent?: number;
  /**
   * Alarm when at least this percentage of relay attempts fail (two of three 5-minute periods).
   * @default 5
   */
  readonly maxRelayFailurePercent?: number;
  /**
   * Alarm when the account's SES bounce rate (a ratio, 0..1) reaches this; below SES's 5% review level.
   * @default 0.04
   */
  readonly bounceRateThreshold?: number;
  /**
   * Alarm when the account's SES complaint rate (a ratio, 0..1) reaches this; below SES's 0.1% review level.
   * @default 0.0008
   */
  readonly complaintRateThreshold?: number;
}

/**
 * The ops SNS topic (KMS-encrypted, TLS-only, email subscription) and the alarms that page it:
 * dead letters, function error rates, queue age, relay failure rate, SES reputation and, once
 * {@link addHoldDeadlineAlarm} is called, holds left past their deadline.
 */
export class OpsAlarms extends Construct {
  public readonly topic: sns.Topic;
  public readonly deadLetterAlarm: cloudwatch.Alarm;
  public readonly ingestDeadLetterAlarm: cloudwatch.Alarm;
  public readonly queueAgeAlarm: cloudwatch.Alarm;
  public readonly relayFailureRateAlarm: cloudwatch.Alarm;
  public readonly bounceRateAlarm: cloudwatch.Alarm;
  public readonly complaintRateAlarm: cloudwatch.Alarm;
  /** Error-rate alarm per function name. */
  public readonly errorRateAlarms: Record<string, cloudwatch.Alarm> = {};
  public holdDeadlineAlarm?: cloudwatch.Alarm;
  public sweeperFailingAlarm?: cloudwatch.Alarm;
  /** The reputation alarm thresholds (ratios), for the dashboard. */
  public readonly reputationThresholds: { readonly bounce: number; readonly complaint: number };
  /** Every alarm of this construct, for the dashboard's status widget. */
  public readonly alarms: cloudwatch.Alarm[] = [];

  private readonly action: cwActions.SnsAction;
  private readonly serviceName: string;
  private readonly maxErrorRatePercent: number;

  constructor(scope: Construct, id: string, props: OpsAlarmsProps) {
    super(scope, id);
    this.serviceName = props.serviceName;
    this.maxErrorRatePercent = props.maxErrorRatePercent ?? 5;
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
    this.action = new cwActions.SnsAction(this.topic);

    const period = Duration.minutes(5);
    this.deadLetterAlarm = this.alarm(
      'DeadLetterAlarm',
      'Submissions reached the dead-letter queue: the filter failed them repeatedly. Inspect and redrive.',
      props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
      1,
    );
    this.ingestDeadLetterAlarm = this.alarm(
      'IngestDeadLetterAlarm',
      'Ingest events were dead-lettered: mail is in S3 but never reached the queue. Inspect and replay.',
      props.ingestDeadLetterQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
      1,
    );
    for (const [name, fn] of Object.entries(props.functions ?? {})) this.addErrorRateAlarm(name, fn);
    const maxAge = props.maxQueueAge ?? Duration.minutes(15);
    this.queueAgeAlarm = this.alarm(
      'QueueAgeAlarm',
      `The oldest queued Submission is older than ${maxAge.toHumanString()}: mail is delayed.`,
      props.queue.metricApproximateAgeOfOldestMessage({ period, statistic: 'Maximum' }),
      maxAge.toSeconds(),
    );

    // Powertools publishes with the `service` dimension; these read that dimension set only.
    const relayPercent = props.maxRelayFailurePercent ?? 5;
    this.relayFailureRateAlarm = this.alarm(
      'RelayFailureRateAlarm',
      `At least ${relayPercent}% of relay attempts failed (SES throttling, rejections or errors).`,
      new cloudwatch.MathExpression({
        // FILL: a period with successes only (or failures only) still has a rate.
        expression: 'IF(FILL(s, 0) + FILL(f, 0) > 0, 100 * FILL(f, 0) / (FILL(s, 0) + FILL(f, 0)), 0)',
        usingMetrics: { s: this.poiseMetric(METRIC.relaySuccess), f: this.poiseMetric(METRIC.relayFailure) },
        label: 'Relay failure %',
        period,
      }),
      relayPercent,
      { evaluationPeriods: 3, datapointsToAlarm: 2 },
    );

    // Account-level reputation, the numbers SES's review uses.
    const bounce = props.bounceRateThreshold ?? 0.04;
    const complaint = props.complaintRateThreshold ?? 0.0008;
    this.reputationThresholds = { bounce, complaint };
    this.bounceRateAlarm = this.alarm(
      'BounceRateAlarm',
      `The account's SES bounce rate reached ${bounce * 100}% (SES reviews accounts at ${SES_REVIEW_BOUNCE_RATE * 100}%).`,
      sesReputationMetric('Reputation.BounceRate'),
      bounce,
    );
    this.complaintRateAlarm = this.alarm(
      'ComplaintRateAlarm',
      `The account's SES complaint rate reached ${complaint * 100}% (SES reviews accounts at ${SES_REVIEW_COMPLAINT_RATE * 100}%).`,
      sesReputationMetric('Reputation.ComplaintRate'),
      complaint,
    );
  }

  /**
   * Pages when `fn` fails at least `maxErrorRatePercent` of its invocations in two of three 5-minute
   * periods (Errors / Invocations; no invocations is no error).
   */
  public addErrorRateAlarm(name: string, fn: lambda.IFunction): cloudwatch.Alarm {
    const period = Duration.minutes(5);
    const percent = this.maxErrorRatePercent;
    const created = this.alarm(
      `${name}ErrorRateAlarm`,
      `The ${name} Lambda failed at least ${percent}% of its invocations.`,
      new cloudwatch.MathExpression({
        expression: 'IF(invocations > 0, 100 * FILL(errors, 0) / invocations, 0)',
        usingMetrics: {
          errors: fn.metricErrors({ period, statistic: 'Sum' }),
          invocations: fn.metricInvocations({ period, statistic: 'Sum' }),
        },
        label: `${name} error %`,
        period,
      }),
      percent,
      { evaluationPeriods: 3, datapointsToAlarm: 2 },
    );
    this.errorRateAlarms[name] = created;
    return created;
  }

  /**
   * Pages when the sweeper reports a hold still HELD past its deadline in two consecutive runs (its
   * expiry keeps failing). One period per run; a run that does not report is not a breach (the
   * sweeper's own failure alarm covers that).
   */
  public addHoldDeadlineAlarm(sweepInterval: Duration): cloudwatch.Alarm {
    if (this.holdDeadlineAlarm) throw new Error('addHoldDeadlineAlarm: already added');
    this.holdDeadlineAlarm = this.alarm(
      'HoldPastDeadlineAlarm',
      'A held message is still waiting past its deadline: the sweeper could not expire it.',
      this.poiseMetric(METRIC.holdsPastDeadline, 'Minimum', sweepInterval),
      1,
      { evaluationPeriods: 2 },
    );
    return this.holdDeadlineAlarm;
  }

  /**
   * Pages when the sweeper fails in three consecutive 5-minute periods: reminders and expiry have
   * stopped. (The sweeper runs on a schedule, so its error count, not a rate, is what matters.)
   */
  public addSweeperFailingAlarm(fn: lambda.IFunction): cloudwatch.Alarm {
    if (this.sweeperFailingAlarm) throw new Error('addSweeperFailingAlarm: already added');
    this.sweeperFailingAlarm = this.alarm(
      'SweeperFailingAlarm',
      'The approvals sweeper failed in three consecutive 5-minute periods',
      fn.metricErrors({ period: Duration.minutes(5) }),
      1,
      { evaluationPeriods: 3 },
    );
    return this.sweeperFailingAlarm;
  }

  /** A Poise runtime metric in its plain dimension set (`service` only). */
  private poiseMetric(metricName: string, statistic = 'Sum', period = Duration.minutes(5)) {
    return new cloudwatch.Metric({
      namespace: METRICS_NAMESPACE,
      metricName,
      dimensionsMap: { service: this.serviceName },
      statistic,
      period,
    });
  }

  private alarm(
    name: string,
    description: string,
    metric: cloudwatch.IMetric,
    threshold: number,
    opts: { evaluationPeriods?: number; datapointsToAlarm?: number } = {},
  ): cloudwatch.Alarm {
    const created = new cloudwatch.Alarm(this, name, {
      alarmDescription: description,
      metric,
      threshold,
      evaluationPeriods: opts.evaluationPeriods ?? 1,
      datapointsToAlarm: opts.datapointsToAlarm,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // No data is no traffic (no messages, no bounces, no invocations): never a reason to page.
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    created.addAlarmAction(this.action);
    created.addOkAction(this.action);
    this.alarms.push(created);
    return created;
  }
}
