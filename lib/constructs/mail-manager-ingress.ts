import { Aws, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { acknowledgeObjectWildcard } from './nag';

/** How clients authenticate to the ingress point. */
export type MailManagerAuth =
  | {
      /** Open ingress: only the allow-listed connector ranges may connect (TLS required). */
      readonly auth: 'open';
      /** IPv4 CIDR ranges of the outbound connectors. */
      readonly allowedConnectorCidrs: readonly string[];
    }
  | {
      /** SMTP AUTH with a password in Secrets Manager (TLS required). */
      readonly auth: 'auth';
      /** An existing secret. @default - a secret with a generated password and its own KMS key */
      readonly secretArn?: string;
      /** IPv4 CIDR ranges allowed to connect. */
      readonly allowedConnectorCidrs: readonly string[];
    };

export interface MailManagerIngressProps {
  /** Ingress point authentication and IP allow-list. */
  readonly auth: MailManagerAuth;
  /** Bucket the rule set writes raw mail to. */
  readonly rawBucket: s3.IBucket;
  /** Key prefix of raw mail, with a trailing slash. */
  readonly rawPrefix: string;
  /** Lambda the rule set invokes after the raw mail is stored. */
  readonly ingestFunction: lambda.IFunction;
}

/**
 * SES Mail Manager ingress: a TLS-required ingress point behind an IP allow-list traffic policy,
 * and a rule set that writes each message to S3 and then invokes the ingest Lambda
 * asynchronously (failed invocations land in the ingest dead-letter queue, never nowhere).
 * Only L1 constructs exist for Mail Manager.
 */
export class MailManagerIngress extends Construct {
  public readonly ingressPoint: ses.CfnMailManagerIngressPoint;
  public readonly ruleSet: ses.CfnMailManagerRuleSet;
  public readonly trafficPolicy: ses.CfnMailManagerTrafficPolicy;
  /** Role Mail Manager assumes to write S3 and invoke the ingest Lambda. */
  public readonly role: iam.Role;
  /** The SMTP endpoint (ingress point A record) connectors deliver to. */
  public readonly endpoint: string;
  /** The SMTP AUTH secret, when auth is 'auth'. */
  public readonly secret?: secretsmanager.ISecret;

  constructor(scope: Construct, id: string, props: MailManagerIngressProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const prefix = props.rawPrefix.replace(/\/+$/, '');
    const ruleSetArnPattern = stack.formatArn({
      service: 'ses',
      resource: 'mailmanager-rule-set',
      resourceName: '*',
    });
    const ingressArnPattern = stack.formatArn({
      service: 'ses',
      resource: 'mailmanager-ingress-point',
      resourceName: '*',
    });

    this.role = new iam.Role(this, 'RuleSetRole', {
      description: 'Assumed by SES Mail Manager to store raw mail and invoke the Poise ingest Lambda',
      assumedBy: new iam.ServicePrincipal('ses.amazonaws.com', {
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
          // A pattern: the rule set's own ARN would make the role and rule set depend on each other.
          ArnLike: { 'aws:SourceArn': ruleSetArnPattern },
        },
      }),
    });
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'WriteRawMail',
        actions: ['s3:PutObject'],
        resources: [props.rawBucket.arnForObjects(`${prefix}/*`)],
      }),
    );
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'InvokeIngest',
        actions: ['lambda:InvokeFunction'],
        resources: [props.ingestFunction.functionArn],
      }),
    );
    acknowledgeObjectWildcard(
      this.role,
      props.rawBucket,
      `${prefix}/*`,
      'Mail Manager names each object by its message id; writes are limited to the raw/ prefix.',
    );

    // Deny by default; allow only the listed connector ranges.
    this.trafficPolicy = new ses.CfnMailManagerTrafficPolicy(this, 'TrafficPolicy', {
      defaultAction: 'DENY',
      policyStatements: [
        {
          action: 'ALLOW',
          conditions: [
            {
              ipExpression: {
                evaluate: { attribute: 'SENDER_IP' },
                operator: 'CIDR_MATCHES',
                values: [...props.auth.allowedConnectorCidrs],
              },
            },
          ],
        },
      ],
    });

    this.ruleSet = new ses.CfnMailManagerRuleSet(this, 'RuleSet', {
      rules: [
        {
          name: 'store-then-ingest',
          actions: [
            {
              // CONTINUE: if the write fails, the ingest still runs, fails on the missing object
              // and dead-letters the event where an alarm sees it.
              writeToS3: {
                roleArn: this.role.roleArn,
                s3Bucket: props.rawBucket.bucketName,
                s3Prefix: prefix,
                actionFailurePolicy: 'CONTINUE',
              },
            },
            {
              invokeLambda: {
                functionArn: props.ingestFunction.functionArn,
                invocationType: 'EVENT',
                roleArn: this.role.roleArn,
                actionFailurePolicy: 'CONTINUE',
              },
            },
          ],
        },
      ],
    });
    // The role's policy must exist before Mail Manager validates the rule set's actions.
    this.ruleSet.node.addDependency(this.role);

    props.ingestFunction.addPermission('MailManagerInvoke', {
      principal: new iam.ServicePrincipal('ses.amazonaws.com'),
      sourceAccount: Aws.ACCOUNT_ID,
      sourceArn: this.ruleSet.attrRuleSetArn,
    });

    let ingressPointConfiguration:
      | ses.CfnMailManagerIngressPoint.IngressPointConfigurationProperty
      | undefined;
    if (props.auth.auth === 'auth') {
      this.secret = props.auth.secretArn
        ? secretsmanager.Secret.fromSecretCompleteArn(this, 'SmtpSecret', props.auth.secretArn)
        : this.createSmtpSecret(ingressArnPattern);
      ingressPointConfiguration = { secretArn: this.secret.secretArn };
    }

    this.ingressPoint = new ses.CfnMailManagerIngressPoint(this, 'IngressPoint', {
      type: props.auth.auth === 'open' ? 'OPEN' : 'AUTH',
      tlsPolicy: 'REQUIRED',
      ruleSetId: this.ruleSet.attrRuleSetId,
      trafficPolicyId: this.trafficPolicy.attrTrafficPolicyId,
      ingressPointConfiguration,
    });
    this.endpoint = this.ingressPoint.attrARecord;
  }

  // Mail Manager reads the password with its service principal, which needs a customer managed key.
  private createSmtpSecret(ingressArnPattern: string): secretsmanager.Secret {
    const sourceConditions = {
      StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
      ArnLike: { 'aws:SourceArn': ingressArnPattern },
    };
    const key = new kms.Key(this, 'SmtpSecretKey', {
      description: 'Encrypts the Poise Mail Manager SMTP AUTH secret',
      enableKeyRotation: true,
    });
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'MailManagerDecryptSecret',
        principals: [new iam.ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:Decrypt'],
        resources: ['*'],
        conditions: {
          ...sourceConditions,
          StringEquals: {
            ...sourceConditions.StringEquals,
            'kms:ViaService': `secretsmanager.${Aws.REGION}.amazonaws.com`,
          },
        },
      }),
    );
    const secret = new secretsmanager.Secret(this, 'SmtpSecret', {
      description: 'SMTP AUTH password of the Poise Mail Manager ingress point',
      encryptionKey: key,
      generateSecretString: {
        secretStringTemplate: '{}',
        generateStringKey: 'password',
        excludePunctuation: true,
        passwordLength: 32,
      },
    });
    secret.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('ses.amazonaws.com')],
        actions: ['secretsmanager:GetSecretValue'],
        resources: ['*'],
        conditions: sourceConditions,
      }),
    );
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The SMTP password is configured in every sending client; rotation is a coordinated manual change (README, Deploy to AWS).',
    });
    return secret;
  }
}
