import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as actions from 'aws-cdk-lib/aws-ses-actions';
import { Construct } from 'constructs';

export interface ReceiptRuleIngressProps {
  /** Domain whose recipients the rule accepts (MX must point at SES inbound). */
  readonly relayDomain: string;
  /** Bucket the S3 action writes raw mail to (gets a bucket policy for SES, scoped by source account). */
  readonly rawBucket: s3.IBucket;
  /** Key prefix of raw mail, with a trailing slash. */
  readonly rawPrefix: string;
  /** Lambda the rule invokes (asynchronously) after the raw mail is stored. */
  readonly ingestFunction: lambda.IFunction;
}

/**
 * SES receipt-rule ingress on a relay domain: store to S3, then invoke the ingest Lambda.
 * CloudFormation cannot activate a receipt rule set; activate {@link ruleSet} once after deploying.
 */
export class ReceiptRuleIngress extends Construct {
  public readonly ruleSet: ses.ReceiptRuleSet;
  public readonly rule: ses.ReceiptRule;

  constructor(scope: Construct, id: string, props: ReceiptRuleIngressProps) {
    super(scope, id);
    this.ruleSet = new ses.ReceiptRuleSet(this, 'RuleSet');
    this.rule = this.ruleSet.addRule('StoreThenIngest', {
      recipients: [props.relayDomain],
      scanEnabled: true,
      tlsPolicy: ses.TlsPolicy.REQUIRE,
      actions: [
        new actions.S3({ bucket: props.rawBucket, objectKeyPrefix: props.rawPrefix }),
        new actions.Lambda({
          function: props.ingestFunction,
          invocationType: actions.LambdaInvocationType.EVENT,
        }),
      ],
    });
  }
}
