// The default deployment (Mail Manager ingress, OPEN with a connector allow-list), synthesized once.
import { Annotations, Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../lambdas/adapters/aws/table-keys';
import { TABLE } from '../../lambdas/shared/contract';
import { METRICS_NAMESPACE } from '../../lambdas/shared/metrics';
import { expectKeyringGrant, expectTableAccess, type Synthesized, synth } from './synth';

let synthesized: Synthesized;
let template: Template;

beforeAll(() => {
  synthesized = synth();
  template = synthesized.template;
}, 240_000);

/** `{ "Fn::GetAtt": [<logical id of the only resource of this type>, "Arn"] }` */
function arnOf(type: string, props: Record<string, unknown> = {}) {
  const ids = Object.keys(template.findResources(type, props ? { Properties: props } : {}));
  expect(ids).toHaveLength(1);
  return { 'Fn::GetAtt': [ids[0], 'Arn'] };
}

function logicalId(type: string, props: Record<string, unknown>): string {
  const ids = Object.keys(template.findResources(type, { Properties: props }));
  expect(ids).toHaveLength(1);
  return ids[0] as string;
}

/** CDK's own BucketDeployment provider (console assets): its role and policy are aws-cdk-lib's. */
const isDeploymentProvider = (logicalId: string) => logicalId.startsWith('CustomCDKBucketDeployment');

const sslOnlyDeny = Match.objectLike({
  Effect: 'Deny',
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
});

describe('raw mail bucket', () => {
  const rawBucketProps = { LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'raw-mail/' }) };

  it('is encrypted, private and logs access to the log bucket', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      ...rawBucketProps,
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: 'raw-mail/' },
    });
  });

  it('expires raw mail after the configured number of days, under raw/ only', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      ...rawBucketProps,
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ Prefix: 'raw/', ExpirationInDays: 30, Status: 'Enabled' }),
        ]),
      },
    });
  });

  it('refuses requests without TLS', () => {
    const bucket = logicalId('AWS::S3::Bucket', rawBucketProps);
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucket },
      PolicyDocument: { Statement: Match.arrayWith([sslOnlyDeny]) },
    });
  });

  it('is retained when the stack is deleted', () => {
    template.hasResource('AWS::S3::Bucket', {
      Properties: rawBucketProps,
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });
});

describe('submission queues', () => {
  it('dead-letters a Submission after maxReceiveCount deliveries', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: 5 },
    });
  });

  it('keeps Submissions invisible for six times the filter timeout', () => {
    const filterTimeout = template.findResources('AWS::Lambda::Function', {
      Properties: { Description: Match.stringLikeRegexp('^Poise filter') },
    });
    const timeout = Object.values(filterTimeout)[0]?.Properties.Timeout as number;
    expect(timeout).toBe(120);
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: Match.anyValue(),
      VisibilityTimeout: 6 * timeout,
    });
  });

  it('encrypts every queue and refuses requests without TLS', () => {
    const queues = template.findResources('AWS::SQS::Queue');
    expect(Object.keys(queues)).toHaveLength(3);
    for (const [id, queue] of Object.entries(queues)) {
      expect(queue.Properties.SqsManagedSseEnabled, id).toBe(true);
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: { Statement: Match.arrayWith([sslOnlyDeny]) },
      });
    }
  });
});

describe('outcome table', () => {
  it('uses the contract key names, on-demand billing, PITR, TTL and KMS encryption', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
      // SSEEnabled without a key id: the AWS managed KMS key (aws/dynamodb).
      SSESpecification: { SSEEnabled: true },
      DeletionProtectionEnabled: true,
    });
  });

  it.each([TABLE.gsi1, TABLE.gsi2])('has index $name with its contract keys, projecting all', (gsi) => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      GlobalSecondaryIndexes: Match.arrayWith([
        {
          IndexName: gsi.name,
          KeySchema: [
            { AttributeName: gsi.partitionKey, KeyType: 'HASH' },
            { AttributeName: gsi.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ]),
    });
  });
});

describe('filter Lambda', () => {
  const filter = { Description: Match.stringLikeRegexp('^Poise filter') };

  it('runs on the newest Node.js runtime, arm64, with room for large messages', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      ...filter,
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      MemorySize: 1024,
      Timeout: 120,
      Handler: 'index.handler',
    });
  });

  it('runs with the lean young generation the benchmark measures (other functions keep the default)', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      ...filter,
      Environment: {
        Variables: Match.objectLike({ NODE_OPTIONS: '--enable-source-maps --max-semi-space-size=4' }),
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^Poise ingest'),
      Environment: { Variables: Match.objectLike({ NODE_OPTIONS: '--enable-source-maps' }) },
    });
  });

  it('is configured through the contract environment variables', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      ...filter,
      Environment: {
        Variables: Match.objectLike({
          POISE_RAW_BUCKET: { Ref: Match.anyValue() },
          POISE_TABLE_NAME: { Ref: Match.anyValue() },
          POISE_INGRESS: 'mail-manager',
          POISE_MAX_MESSAGE_BYTES: String(40 * 1024 * 1024),
          POISE_HOLD_DEADLINE_HOURS: '48',
          POISE_NOTIFY_FROM: 'poise@example.com',
          POISE_FALLBACK_APPROVER: 'sales-manager@example.com',
          POISE_SES_CONFIGURATION_SET: { Ref: Match.anyValue() },
          POISE_SENDER_DOMAINS: 'example.com',
          // It mails approvers links signed with the keyring secret, pointing at the console (CloudFront).
          POISE_PUBLIC_URL: {
            'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.anyValue(), 'DomainName'] }]],
          },
          POISE_TOKEN_SECRET_ID: { Ref: Match.stringLikeRegexp('TokenKeyring|Keyring|Secret') },
          POWERTOOLS_SERVICE_NAME: 'poise',
          POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        }),
      },
    });
  });

  it('consumes the queue in batches and reports partial batch failures', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: arnOf('AWS::SQS::Queue', { RedrivePolicy: Match.anyValue() }),
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 5,
      ScalingConfig: { MaximumConcurrency: 10 },
    });
  });

  it('writes logs to its own log group, without the AWS managed basic execution policy', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      ...filter,
      LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: Match.anyValue() } },
    });
    for (const [id, role] of Object.entries(template.findResources('AWS::IAM::Role'))) {
      if (isDeploymentProvider(id)) continue;
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });
});

describe('filter permissions', () => {
  function filterPolicyStatements(): Array<Record<string, unknown>> {
    const [fn] = Object.values(
      template.findResources('AWS::Lambda::Function', {
        Properties: { Description: Match.stringLikeRegexp('^Poise filter') },
      }),
    );
    if (!fn) throw new Error('no filter function');
    const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    const policies = Object.values(
      template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }),
    );
    expect(policies).toHaveLength(1);
    return policies[0]?.Properties.PolicyDocument.Statement;
  }

  it('reads the link-signing keyring secret, decrypting only through Secrets Manager', () => {
    const [secret] = Object.keys(
      template.findResources('AWS::SecretsManager::Secret', {
        Properties: { Description: Match.stringLikeRegexp('keyring') },
      }),
    );
    expectKeyringGrant(filterPolicyStatements(), secret as string);
  });

  it('signs links for the same public URL as the approvals Lambda when none is configured', () => {
    const { template: t } = synth({ publicUrl: undefined });
    const urlOf = (description: string) => {
      const [fn] = Object.values(
        t.findResources('AWS::Lambda::Function', {
          Properties: { Description: Match.stringLikeRegexp(description) },
        }),
      );
      return fn?.Properties.Environment.Variables.POISE_PUBLIC_URL;
    };
    // Not a literal: the deployed default (console or API URL), exactly what the link routes verify.
    expect(typeof urlOf('^Poise filter')).toBe('object');
    expect(urlOf('^Poise approvals')).toBeDefined();
    expect(urlOf('^Poise filter')).toEqual(urlOf('^Poise approvals'));
  }, 120_000);

  it('reads raw mail only under raw/', () => {
    expect(filterPolicyStatements()).toContainEqual(
      expect.objectContaining({
        Action: 's3:GetObject',
        Resource: {
          'Fn::Join': [
            '',
            [arnOf('AWS::S3::Bucket', { LoggingConfiguration: { LogFilePrefix: 'raw-mail/' } }), '/raw/*'],
          ],
        },
      }),
    );
  });

  it('reads and writes the table and its two indexes, with no Scan or transactions', () => {
    const table = arnOf('AWS::DynamoDB::Table');
    const statement = filterPolicyStatements().find((s) => s.Sid === 'RecordOutcomes');

    expectTableAccess(statement, 'RecordOutcomes', table);
  });

  it('may delete only Powertools idempotency records', () => {
    const statement = filterPolicyStatements().find((s) => s.Sid === 'ClearIdempotencyRecords');

    expect(statement).toEqual({
      Sid: 'ClearIdempotencyRecords',
      Effect: 'Allow',
      Action: 'dynamodb:DeleteItem',
      Resource: arnOf('AWS::DynamoDB::Table'),
      Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [keys.idempotencyPartition] } },
    });
  });

  it('may list the raw bucket, so a missing object is a 404 and not a 403', () => {
    expect(filterPolicyStatements()).toContainEqual(
      expect.objectContaining({
        Action: 's3:ListBucket',
        Resource: arnOf('AWS::S3::Bucket', { LoggingConfiguration: { LogFilePrefix: 'raw-mail/' } }),
      }),
    );
  });

  it('sends with SES only as the sending-domain identities and through the configuration set', () => {
    const statement = filterPolicyStatements().find((s) => s.Sid === 'RelayWithSes');
    const resources = JSON.stringify(statement?.Resource);

    expect(statement?.Action).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
    expect(statement?.Resource).toHaveLength(2);
    expect(resources).toContain(':identity/example.com');
    expect(resources).toContain(':configuration-set/');
    expect(resources).not.toContain('*');
  });

  it('has no wildcard action anywhere', () => {
    for (const [id, policy] of Object.entries(template.findResources('AWS::IAM::Policy'))) {
      if (isDeploymentProvider(id)) continue;
      for (const statement of policy.Properties.PolicyDocument.Statement) {
        for (const action of [statement.Action].flat()) expect(action).not.toMatch(/\*/);
      }
    }
  });
});

describe('ingest Lambda', () => {
  const ingest = { Description: Match.stringLikeRegexp('^Poise ingest') };

  it('runs on the newest Node.js runtime, arm64', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      ...ingest,
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Environment: { Variables: Match.objectLike({ POISE_QUEUE_URL: { Ref: Match.anyValue() } }) },
    });
  });

  it('sends failed asynchronous invocations to its own dead-letter queue', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      ...ingest,
      DeadLetterConfig: { TargetArn: Match.objectLike({ 'Fn::GetAtt': Match.anyValue() }) },
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { MaximumRetryAttempts: 2 });
  });

  it('may send to the queue but not consume it', () => {
    const queue = arnOf('AWS::SQS::Queue', { RedrivePolicy: Match.anyValue() });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Effect: 'Allow',
            Action: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'],
            Resource: queue,
          },
        ]),
      },
    });
  });
});

describe('Mail Manager ingress', () => {
  it('requires TLS on an OPEN ingress point', () => {
    template.hasResourceProperties('AWS::SES::MailManagerIngressPoint', {
      Type: 'OPEN',
      TlsPolicy: 'REQUIRED',
      RuleSetId: { 'Fn::GetAtt': [Match.anyValue(), 'RuleSetId'] },
      TrafficPolicyId: { 'Fn::GetAtt': [Match.anyValue(), 'TrafficPolicyId'] },
    });
  });

  it('denies by default and allows only the connector ranges', () => {
    template.hasResourceProperties('AWS::SES::MailManagerTrafficPolicy', {
      DefaultAction: 'DENY',
      PolicyStatements: [
        {
          Action: 'ALLOW',
          Conditions: [
            {
              IpExpression: {
                Evaluate: { Attribute: 'SENDER_IP' },
                Operator: 'CIDR_MATCHES',
                Values: ['40.92.0.0/15', '40.107.0.0/16', '52.100.0.0/14', '104.47.0.0/17'],
              },
            },
          ],
        },
      ],
    });
  });

  it('writes to S3 under raw, then invokes the ingest Lambda asynchronously', () => {
    const role = arnOf('AWS::IAM::Role', {
      AssumeRolePolicyDocument: Match.objectLike({
        Statement: [Match.objectLike({ Principal: { Service: 'ses.amazonaws.com' } })],
      }),
    });
    template.hasResourceProperties('AWS::SES::MailManagerRuleSet', {
      Rules: [
        {
          Name: 'store-then-ingest',
          Actions: [
            {
              WriteToS3: Match.objectLike({
                S3Bucket: { Ref: Match.anyValue() },
                S3Prefix: 'raw',
                RoleArn: role,
              }),
            },
            { InvokeLambda: Match.objectLike({ InvocationType: 'EVENT', RoleArn: role }) },
          ],
        },
      ],
    });
  });

  it('lets only Mail Manager rule sets of this account assume its role', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          {
            Action: 'sts:AssumeRole',
            Effect: 'Allow',
            Principal: { Service: 'ses.amazonaws.com' },
            Condition: {
              StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
              ArnLike: { 'aws:SourceArn': Match.objectLike({ 'Fn::Join': Match.anyValue() }) },
            },
          },
        ],
      },
    });
  });

  it('grants the role only PutObject under raw/ and InvokeFunction on the ingest Lambda', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          Match.objectLike({ Sid: 'WriteRawMail', Action: 's3:PutObject' }),
          Match.objectLike({ Sid: 'InvokeIngest', Action: 'lambda:InvokeFunction' }),
        ],
      },
    });
  });

  it('allows the rule set to invoke the ingest Lambda', () => {
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'ses.amazonaws.com',
      SourceAccount: { Ref: 'AWS::AccountId' },
      SourceArn: { 'Fn::GetAtt': [Match.anyValue(), 'RuleSetArn'] },
    });
  });

  it('outputs the ingress endpoint and the resource names', () => {
    template.hasOutput('IngressEndpoint', { Value: { 'Fn::GetAtt': [Match.anyValue(), 'ARecord'] } });
    for (const name of ['RawMailBucketName', 'TableName', 'QueueName', 'DeadLetterQueueName']) {
      template.hasOutput(name, { Value: Match.anyValue() });
    }
  });
});

describe('alarms', () => {
  it('publish to an encrypted, TLS-only topic with the alarm email subscribed', () => {
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([sslOnlyDeny]) },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.com',
    });
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          }),
        ]),
      },
    });
  });

  it.each([
    ['the dead-letter queue is not empty', 'ApproximateNumberOfMessagesVisible', 'AWS/SQS', 1],
    ['the oldest Submission waits 15 minutes', 'ApproximateAgeOfOldestMessage', 'AWS/SQS', 900],
  ])('fire when %s', (_, metricName, namespace, threshold) => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: metricName,
      Namespace: namespace,
      Threshold: threshold,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [{ Ref: Match.anyValue() }],
    });
  });

  // Error rates, relay failure rate, holds past deadline, SES reputation: test/cdk/dashboard.test.ts.
});

describe('checks', () => {
  it('synthesizes with no unacknowledged cdk-nag finding and no warning or error annotation', () => {
    // synth() already ran cdk-nag as a validation plugin, which throws on any finding.
    const annotations = Annotations.fromStack(synthesized.stack);
    expect(annotations.findError('*', Match.anyValue())).toEqual([]);
    expect(annotations.findWarning('*', Match.anyValue())).toEqual([]);
  });

  it('creates no resource with a hard-coded physical name', () => {
    const nameProps = [
      'BucketName',
      'QueueName',
      'TableName',
      'FunctionName',
      'RoleName',
      'TopicName',
      'Name',
    ];
    const resources = template.toJSON().Resources as Record<string, { Properties?: Record<string, unknown> }>;
    for (const [id, resource] of Object.entries(resources)) {
      for (const prop of nameProps) {
        // A reference to a generated name is fine; a literal string is a physical name.
        expect(typeof resource.Properties?.[prop], `${id}.${prop}`).not.toBe('string');
      }
    }
  });
});
