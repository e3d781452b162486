import { Aws } from 'aws-cdk-lib';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import type { PoiseConfig } from './config';
import { SES_EVENT_DIMENSION, SES_EVENTS } from './constructs/dashboard';
import { GatewayFunctions, SERVICE_NAME } from './constructs/gateway-functions';
import { MailManagerIngress } from './constructs/mail-manager-ingress';
import { OpsAlarms } from './constructs/ops-alarms';
import { ReceiptRuleIngress } from './constructs/receipt-rule-ingress';
import type { PoiseData } from './data';

export interface PoiseGatewayProps {
  /** Validated deployment configuration. */
  readonly config: PoiseConfig;
  /** The stateful part: bucket, queues and table. */
  readonly data: PoiseData;
  /**
   * Filter handler module (tests may point elsewhere).
   * @default lambdas/handlers/filter.ts
   */
  readonly filterEntry?: string;
  /**
   * Ingest handler module.
   * @default lambdas/handlers/ingest.ts
   */
  readonly ingestEntry?: string;
}

/** The stateless part, replaceable without losing data: functions, ingress, sending setup, alarms. */
export class PoiseGateway extends Construct {
  public readonly functions: GatewayFunctions;
  public readonly configurationSet: ses.ConfigurationSet;
  public readonly alarms: OpsAlarms;
  public readonly mailManager?: MailManagerIngress;
  public readonly receiptRule?: ReceiptRuleIngress;
  /** Host name the connectors (or the relay domain's MX record) deliver to. */
  public readonly ingressEndpoint: string;

  constructor(scope: Construct, id: string, props: PoiseGatewayProps) {
    super(scope, id);
    const { config, data } = props;
    const { rawMail, submissions, outcomes } = data;

    // Every relay and notice is sent through this set: reputation (bounce/complaint) metrics.
    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      sendingEnabled: true,
    });
    // Sends, deliveries, bounces and complaints of this set in CloudWatch (dashboard), by one
    // low-cardinality dimension: SES's own configuration-set auto-tag.
    this.configurationSet.addEventDestination('CloudWatchEvents', {
      destination: ses.EventDestination.cloudWatchDimensions([
        {
          name: SES_EVENT_DIMENSION,
          source: ses.CloudWatchDimensionSource.MESSAGE_TAG,
          defaultValue: this.configurationSet.configurationSetName,
        },
      ]),
      events: SES_EVENTS,
    });

    this.functions = new GatewayFunctions(this, 'Functions', {
      rawBucket: rawMail.bucket,
      rawPrefix: rawMail.rawPrefix,
      table: outcomes.table,
      tableIndexNames: outcomes.indexNames,
      queue: submissions.queue,
      ingestDeadLetterQueue: submissions.ingestDeadLetterQueue,
      configurationSetName: this.configurationSet.configurationSetName,
      settings: config,
      filterEntry: props.filterEntry,
      ingestEntry: props.ingestEntry,
    });

    if (config.ingress === 'mail-manager') {
      if (!config.mailManager) throw new Error('poise.mailManager is required for mail-manager ingress');
      this.mailManager = new MailManagerIngress(this, 'MailManager', {
        auth: config.mailManager,
        rawBucket: rawMail.bucket,
        rawPrefix: rawMail.rawPrefix,
        ingestFunction: this.functions.ingest,
      });
      this.ingressEndpoint = this.mailManager.endpoint;
    } else {
      if (!config.relayDomain) throw new Error('poise.relayDomain is required for receipt-rule ingress');
      this.receiptRule = new ReceiptRuleIngress(this, 'ReceiptRule', {
        relayDomain: config.relayDomain,
        rawBucket: rawMail.bucket,
        rawPrefix: rawMail.rawPrefix,
        ingestFunction: this.functions.ingest,
      });
      // SES receiving has one regional SMTP endpoint; the relay domain's MX points at it.
      this.ingressEndpoint = `inbound-smtp.${Aws.REGION}.amazonaws.com`;
    }

    this.alarms = new OpsAlarms(this, 'Alarms', {
      alarmEmail: config.alarmEmail,
      queue: submissions.queue,
      deadLetterQueue: submissions.deadLetterQueue,
      ingestDeadLetterQueue: submissions.ingestDeadLetterQueue,
      functions: { Ingest: this.functions.ingest, Filter: this.functions.filter },
      serviceName: SERVICE_NAME,
    });
  }
}
