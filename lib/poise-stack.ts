import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import type { Construct } from 'constructs';
import { ENV } from '../lambdas/shared/contract';
import type { PoiseConfig } from './config';
import { Approvals } from './constructs/approvals';
import { ConsoleSite } from './constructs/console-site';
import { PoiseDashboard } from './constructs/dashboard';
import { FILTER_TIMEOUT, SERVICE_NAME } from './constructs/gateway-functions';
import { PoiseData } from './data';
import { PoiseGateway } from './gateway';

export interface PoiseStackProps extends StackProps {
  /** Validated deployment configuration. */
  readonly config: PoiseConfig;
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
   * Approvals handler module.
   * @default lambdas/handlers/approvals.ts
   */
  readonly approvalsEntry?: string;
  /**
   * Sweeper handler module.
   * @default lambdas/handlers/sweeper.ts
   */
  readonly sweeperEntry?: string;
}

/**
 * The whole gateway in one stack, split into a stateful construct (Data) and a stateless one
 * (Gateway). One stack on purpose: cross-stack references would turn every IAM grant on the
 * bucket into an export/import pair that pins both stacks and hides the ARN from cdk-nag.
 */
export class PoiseStack extends Stack {
  public readonly data: PoiseData;
  public readonly gateway: PoiseGateway;
  public readonly approvals: Approvals;
  public readonly consoleSite: ConsoleSite;
  public readonly dashboard: PoiseDashboard;

  constructor(scope: Construct, id: string, props: PoiseStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.data = new PoiseData(this, 'Data', {
      rawRetentionDays: config.rawRetentionDays,
      maxReceiveCount: config.maxReceiveCount,
      // Six times the filter timeout, as Lambda recommends for SQS event sources.
      queueVisibilityTimeout: Duration.seconds(FILTER_TIMEOUT.toSeconds() * 6),
    });
    this.gateway = new PoiseGateway(this, 'Gateway', {
      config,
      data: this.data,
      filterEntry: props.filterEntry,
      ingestEntry: props.ingestEntry,
    });

    const { rawMail, submissions, outcomes } = this.data;
    this.approvals = new Approvals(this, 'Approvals', {
      table: outcomes.table,
      tableIndexNames: outcomes.indexNames,
      rawBucket: rawMail.bucket,
      rawPrefix: rawMail.rawPrefix,
      configurationSetName: this.gateway.configurationSet.configurationSetName,
      settings: {
        sendingDomains: config.sendingDomains,
        notifyFrom: config.notifyFrom,
        fallbackApprover: config.fallbackApprover,
        maxMessageBytes: config.maxMessageBytes,
        publicUrl: config.publicUrl,
        policyJson: config.policyJson,
        domainPrefix: config.console.domainPrefix,
        callbackUrls: config.console.callbackUrls,
        logoutUrls: config.console.logoutUrls,
        sweepIntervalMinutes: config.console.sweepIntervalMinutes,
      },
      approvalsEntry: props.approvalsEntry,
      sweeperEntry: props.sweeperEntry,
    });
    // The console, its API and the mail links on one CloudFront origin (no CORS).
    const { domainName, certificateArn } = config.console;
    this.consoleSite = new ConsoleSite(this, 'Console', {
      api: this.approvals.api,
      cognitoDomainUrl: this.approvals.userPoolDomain.baseUrl(),
      clientId: this.approvals.consoleClient.userPoolClientId,
      ...(domainName && certificateArn
        ? {
            domainNames: [domainName],
            certificate: acm.Certificate.fromCertificateArn(this, 'ConsoleCertificate', certificateArn),
          }
        : {}),
    });
    this.approvals.serveConsoleFrom(this.consoleSite.url);
    // The filter mails approvers signed links: it reads the keyring and needs where the links point.
    this.approvals.grantLinkSigning(this.gateway.functions.filter);
    this.gateway.functions.filter.addEnvironment(ENV.publicUrl, this.approvals.publicUrl);
    const { alarms, functions } = this.gateway;
    // A scheduled sweeper is paged on failing runs, not on an error rate: reminders and expiry stop.
    alarms.addSweeperFailingAlarm(this.approvals.sweeperFunction);
    alarms.addErrorRateAlarm('Approvals', this.approvals.approvalsFunction);
    alarms.addHoldDeadlineAlarm(Duration.minutes(config.console.sweepIntervalMinutes));
    this.dashboard = new PoiseDashboard(this, 'Dashboard', {
      serviceName: SERVICE_NAME,
      functions: {
        Ingest: functions.ingest,
        Filter: functions.filter,
        Approvals: this.approvals.approvalsFunction,
        Sweeper: this.approvals.sweeperFunction,
      },
      queue: submissions.queue,
      deadLetterQueues: {
        Submissions: submissions.deadLetterQueue,
        Ingest: submissions.ingestDeadLetterQueue,
      },
      configurationSetName: this.gateway.configurationSet.configurationSetName,
      alarms: alarms.alarms,
      reputationThresholds: alarms.reputationThresholds,
    });
    const output = (id: string, value: string, description: string) =>
      new CfnOutput(this, id, { value, description });
    output(
      'IngressEndpoint',
      this.gateway.ingressEndpoint,
      config.ingress === 'mail-manager'
        ? 'SMTP host the outbound connectors deliver to (TLS required)'
        : `MX target of ${config.relayDomain}`,
    );
    if (this.gateway.receiptRule) {
      output(
        'ReceiptRuleSetName',
        this.gateway.receiptRule.ruleSet.receiptRuleSetName,
        'Activate once after deploying: aws ses set-active-receipt-rule-set --rule-set-name <this>',
      );
    }
    output('RawMailBucketName', rawMail.bucket.bucketName, `Raw mail under ${rawMail.rawPrefix}`);
    output('TableName', outcomes.table.tableName, 'Outcome records, holds and audit trail');
    output('QueueName', submissions.queue.queueName, 'Submissions waiting for the filter');
    output('DeadLetterQueueName', submissions.deadLetterQueue.queueName, 'Submissions the filter gave up on');
    output(
      'IngestDeadLetterQueueName',
      submissions.ingestDeadLetterQueue.queueName,
      'Ingress events the ingest Lambda gave up on',
    );
    output(
      'ConfigurationSetName',
      this.gateway.configurationSet.configurationSetName,
      'SES configuration set of relays and notices',
    );
    output('OpsTopicArn', this.gateway.alarms.topic.topicArn, 'Alarm notifications');
    output(
      'DashboardName',
      this.dashboard.dashboard.dashboardName,
      'CloudWatch dashboard of mail and alarms',
    );
    const { approvals } = this;
    output('ConsoleUrl', this.consoleSite.url, 'Review console; /api/* and the approval links go through it');
    output('ApprovalsApiUrl', approvals.apiUrl, 'Approvals API: console /api/* and the approval links');
    output(
      'UserPoolId',
      approvals.userPool.userPoolId,
      'Console users: add approvers and admins to their groups',
    );
    output(
      'ConsoleClientId',
      approvals.consoleClient.userPoolClientId,
      'Console app client (code flow with PKCE)',
    );
    output('HostedUiDomain', approvals.userPoolDomain.baseUrl(), 'Console sign-in (Cognito hosted UI)');
    output('TokenKeyringSecretArn', approvals.tokenSecret.secretArn, 'Approval-link signing keyring');
  }
}
