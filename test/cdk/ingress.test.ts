// The two other ingress variants: SES receipt rule on a relay domain, and Mail Manager with SMTP AUTH.
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, it } from 'vitest';
import { synth } from './synth';

describe('receipt-rule ingress', () => {
  let template: Template;

  beforeAll(() => {
    ({ template } = synth({ ingress: 'receipt-rule', relayDomain: 'relay.example.com' }));
  }, 240_000);

  it('stores mail for the relay domain in S3 under raw/, then invokes the ingest Lambda', () => {
    template.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: Match.objectLike({
        Enabled: true,
        Recipients: ['relay.example.com'],
        ScanEnabled: true,
        TlsPolicy: 'Require',
        Actions: [
          { S3Action: Match.objectLike({ BucketName: { Ref: Match.anyValue() }, ObjectKeyPrefix: 'raw/' }) },
          { LambdaAction: Match.objectLike({ InvocationType: 'Event' }) },
        ],
      }),
    });
  });

  it('lets SES write raw mail only for this account', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Action: 's3:PutObject',
            Principal: { Service: 'ses.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          }),
        ]),
      },
    });
  });

  it('lets SES of this account invoke the ingest Lambda', () => {
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'ses.amazonaws.com',
      SourceAccount: { Ref: 'AWS::AccountId' },
    });
  });

  it('tells the ingest which ingress it serves', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^Poise ingest'),
      Environment: { Variables: Match.objectLike({ POISE_INGRESS: 'receipt-rule' }) },
    });
  });

  it('creates no Mail Manager resources', () => {
    template.resourceCountIs('AWS::SES::MailManagerIngressPoint', 0);
    template.resourceCountIs('AWS::SES::MailManagerRuleSet', 0);
  });

  it('outputs the SES inbound endpoint and the rule set to activate', () => {
    template.hasOutput('IngressEndpoint', {
      Value: { 'Fn::Join': ['', ['inbound-smtp.', { Ref: 'AWS::Region' }, '.amazonaws.com']] },
    });
    template.hasOutput('ReceiptRuleSetName', { Value: { Ref: Match.anyValue() } });
  });
});

describe('Mail Manager ingress with SMTP AUTH', () => {
  let template: Template;

  beforeAll(() => {
    ({ template } = synth({ mailManager: { auth: 'auth' } }));
  }, 240_000);

  it('is an AUTH ingress point requiring TLS, with its password in Secrets Manager', () => {
    template.hasResourceProperties('AWS::SES::MailManagerIngressPoint', {
      Type: 'AUTH',
      TlsPolicy: 'REQUIRED',
      IngressPointConfiguration: { SecretArn: { Ref: Match.anyValue() } },
    });
  });

  it('encrypts the secret with a rotating customer managed key that Mail Manager may decrypt', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      KmsKeyId: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] },
      GenerateSecretString: Match.objectLike({ GenerateStringKey: 'password' }),
    });
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 'kms:Decrypt',
            Principal: { Service: 'ses.amazonaws.com' },
            Condition: Match.objectLike({
              StringEquals: Match.objectLike({ 'kms:ViaService': Match.anyValue() }),
            }),
          }),
        ]),
      },
    });
  });

  it('lets only Mail Manager ingress points of this account read the secret', () => {
    template.hasResourceProperties('AWS::SecretsManager::ResourcePolicy', {
      ResourcePolicy: {
        Statement: [
          Match.objectLike({
            Action: 'secretsmanager:GetSecretValue',
            Principal: { Service: 'ses.amazonaws.com' },
            Condition: {
              StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
              ArnLike: { 'aws:SourceArn': Match.anyValue() },
            },
          }),
        ],
      },
    });
  });

  it('still applies a traffic policy (allowing any address by default)', () => {
    template.hasResourceProperties('AWS::SES::MailManagerTrafficPolicy', {
      DefaultAction: 'DENY',
      PolicyStatements: [
        Match.objectLike({
          Action: 'ALLOW',
          Conditions: [{ IpExpression: Match.objectLike({ Values: ['0.0.0.0/0'] }) }],
        }),
      ],
    });
  });
});
