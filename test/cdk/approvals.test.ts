// The approvals part of the stack: HTTP API and routes, JWT authorizer, Cognito, the two Lambdas,
// the keyring secret, the sweeper schedule and least-privilege grants. Synthesized once (cdk-nag
// runs as a validation plugin, so an unacknowledged finding fails the beforeAll).
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../lib/config';
import { CONSOLE_ROUTES, LINK_ROUTES } from '../../lib/constructs/approvals';
import { exampleConfig, expectKeyringGrant, expectTableAccess, synth } from './synth';

let template: Template;
const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';

beforeAll(() => {
  template = synth().template;
}, 240_000);

function onlyId(type: string, props: Record<string, unknown> = {}): string {
  const ids = Object.keys(template.findResources(type, { Properties: props }));
  expect(ids, `${type} ${JSON.stringify(props)}`).toHaveLength(1);
  return ids[0] as string;
}

function statementsOf(description: RegExp): Array<Record<string, unknown>> {
  const fnId = onlyId('AWS::Lambda::Function', { Description: Match.stringLikeRegexp(description.source) });
  const fn = template.toJSON().Resources[fnId];
  const roleId = fn.Properties.Role['Fn::GetAtt'][0];
  const policies = Object.values(
    template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }),
  );
  expect(policies).toHaveLength(1);
  return policies[0]?.Properties.PolicyDocument.Statement;
}

/** `https://<distribution domain>/` as the template spells it. */
function consoleRoot() {
  const distribution = onlyId('AWS::CloudFront::Distribution');
  return { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distribution, 'DomainName'] }, '/']] };
}

/** `https://<distribution domain>` (no slash): the console URL and, by default, the link base. */
function consoleUrl() {
  const distribution = onlyId('AWS::CloudFront::Distribution');
  return { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distribution, 'DomainName'] }]] };
}

describe('approvals HTTP API', () => {
  it('has a $default stage with throttling and access logs that never record the path (tokens)', () => {
    const stage = template.findResources('AWS::ApiGatewayV2::Stage');
    const [props] = Object.values(stage).map((s) => s.Properties);
    expect(props).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
      AccessLogSettings: { DestinationArn: expect.anything() },
    });
    const format = props.AccessLogSettings.Format as string;
    expect(format).toContain('$context.routeKey');
    expect(format).not.toMatch(/\$context\.(path|resourcePath)|routeKey.*rawPath/);
  });

  it.each(CONSOLE_ROUTES)('routes %s %s through the JWT authorizer', (method, path) => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: `${method} ${path}`,
      AuthorizationType: 'JWT',
      AuthorizerId: { Ref: onlyId('AWS::ApiGatewayV2::Authorizer') },
    });
  });

  it.each(LINK_ROUTES)('routes %s %s without an authorizer (the token is the credential)', (method, path) => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: `${method} ${path}`,
      AuthorizationType: 'NONE',
    });
  });

  it('has no catch-all route', () => {
    const keys = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (r) => r.Properties.RouteKey,
    );
    expect(keys).toHaveLength(CONSOLE_ROUTES.length + LINK_ROUTES.length);
    expect(keys).not.toContain('$default');
  });

  it('validates Cognito ID tokens of the console client from the Authorization header', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: onlyId('AWS::Cognito::UserPoolClient') }],
        Issuer: {
          'Fn::Join': [
            '',
            Match.arrayWith([
              Match.stringLikeRegexp('^https://cognito-idp\\.'),
              { Ref: onlyId('AWS::Cognito::UserPool') },
            ]),
          ],
        },
      },
    });
  });

  it('invokes the approvals Lambda with payload v2', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
    });
  });
});

describe('Cognito', () => {
  it('is admin-provisioned, MFA-required (authenticator apps), with threat protection and a strong password policy', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
      UsernameAttributes: ['email'],
      DeletionProtection: 'ACTIVE',
      Policies: {
        PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireSymbols: true, RequireUppercase: true }),
      },
    });
  });

  it.each(['approvers', 'admins'])('has the %s group', (group) => {
    template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: group });
  });

  it('has the hosted UI domain from context and a public code-flow client with its callback URLs', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'poise-example' });
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: Match.arrayWith(['openid', 'email']),
      // The example configures no extra URLs: only the console site's root (where it sends itself back).
      CallbackURLs: [consoleRoot()],
      LogoutURLs: [consoleRoot()],
      SupportedIdentityProviders: ['COGNITO'],
      PreventUserExistenceErrors: 'ENABLED',
    });
  });
});

describe('approvals and sweeper Lambdas', () => {
  it.each([/^Poise approvals/, /^Poise sweeper/])(
    '%s runs like the other functions and is configured by the contract',
    (d) => {
      template.hasResourceProperties('AWS::Lambda::Function', {
        Description: Match.stringLikeRegexp(d.source),
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: Match.anyValue() } },
        Environment: {
          Variables: Match.objectLike({
            POISE_TABLE_NAME: { Ref: Match.anyValue() },
            POISE_PUBLIC_URL: consoleUrl(),
            POISE_TOKEN_SECRET_ID: {
              Ref: onlyId('AWS::SecretsManager::Secret', { Description: Match.stringLikeRegexp('keyring') }),
            },
            POISE_NOTIFY_FROM: 'poise@example.com',
            POISE_FALLBACK_APPROVER: 'sales-manager@example.com',
          }),
        },
      });
    },
  );

  it('runs the sweeper every 5 minutes from an EventBridge schedule, one at a time', () => {
    const sweeper = onlyId('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^Poise sweeper'),
    });
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [sweeper, 'Arn'] } })],
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^Poise sweeper'),
      ReservedConcurrentExecutions: 1,
    });
  });
});

describe('keyring secret', () => {
  it('is encrypted with its own rotating KMS key and generated in the flat keyring form', () => {
    const key = onlyId('AWS::KMS::Key', { Description: Match.stringLikeRegexp('approval-link') });
    template.hasResourceProperties('AWS::KMS::Key', {
      Description: Match.stringLikeRegexp('approval-link'),
      EnableKeyRotation: true,
    });
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      KmsKeyId: { 'Fn::GetAtt': [key, 'Arn'] },
      GenerateSecretString: {
        SecretStringTemplate: '{"current":"k1"}',
        GenerateStringKey: 'k1',
        PasswordLength: 64,
        ExcludePunctuation: true,
      },
    });
  });
});

describe.each([/^Poise approvals/, /^Poise sweeper/])('grants of %s', (fn) => {
  it('reads and conditionally writes the table and queries its indexes: no Scan, Delete or transactions', () => {
    const statement = statementsOf(fn).find((s) => s.Sid === 'HoldsAndDirectory');
    const table = { 'Fn::GetAtt': [onlyId('AWS::DynamoDB::Table'), 'Arn'] };
    expectTableAccess(statement, 'HoldsAndDirectory', table);
  });

  it('deletes only directory items (people and approver routes), and only the approvals function', () => {
    const statement = statementsOf(fn).find((s) => s.Sid === 'ReplaceDirectory');
    if (fn.source.includes('sweeper')) {
      expect(statement).toBeUndefined();
      expect(JSON.stringify(statementsOf(fn))).not.toContain('dynamodb:DeleteItem');
      return;
    }
    expect(statement).toEqual({
      Sid: 'ReplaceDirectory',
      Effect: 'Allow',
      Action: 'dynamodb:DeleteItem',
      Resource: { 'Fn::GetAtt': [onlyId('AWS::DynamoDB::Table'), 'Arn'] },
      Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['DIRECTORY', 'REP#*'] } },
    });
  });

  it('sends with SES only as the sending domains, through the configuration set', () => {
    const statement = statementsOf(fn).find((s) => s.Sid === 'RelayAndNotifyWithSes');
    expect(statement?.Action).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
    const resources = JSON.stringify(statement?.Resource);
    expect(resources).toContain(':identity/example.com');
    expect(resources).toContain(':configuration-set/');
    expect(resources).not.toContain('*');
  });

  it('reads only the keyring secret, decrypting only through Secrets Manager', () => {
    const secret = onlyId('AWS::SecretsManager::Secret', { Description: Match.stringLikeRegexp('keyring') });
    expectKeyringGrant(statementsOf(fn), secret);
  });

  it('reads raw mail only under raw/, and nothing else in S3', () => {
    const s3 = statementsOf(fn).filter((s) => JSON.stringify(s.Action).includes('s3:'));
    expect(s3).toHaveLength(1);
    expect(s3[0]).toMatchObject({
      Action: 's3:GetObject',
      Resource: { 'Fn::Join': ['', [expect.anything(), '/raw/*']] },
    });
  });
});

describe('console site wiring', () => {
  it('points the console link and, by default, the mail links of every mailing function at the distribution', () => {
    for (const d of [/^Poise approvals/, /^Poise sweeper/]) {
      template.hasResourceProperties('AWS::Lambda::Function', {
        Description: Match.stringLikeRegexp(d.source),
        Environment: {
          Variables: Match.objectLike({ POISE_PUBLIC_URL: consoleUrl(), POISE_CONSOLE_URL: consoleUrl() }),
        },
      });
    }
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp(/^Poise filter/.source),
      Environment: { Variables: Match.objectLike({ POISE_PUBLIC_URL: consoleUrl() }) },
    });
  });

  it('a configured publicUrl keeps the mail links; the console link stays the distribution', () => {
    const { template: t } = synth({ publicUrl: 'https://links.example.com' });
    for (const d of [/^Poise approvals/, /^Poise sweeper/, /^Poise filter/]) {
      t.hasResourceProperties('AWS::Lambda::Function', {
        Description: Match.stringLikeRegexp(d.source),
        Environment: { Variables: Match.objectLike({ POISE_PUBLIC_URL: 'https://links.example.com' }) },
      });
    }
    const distribution = Object.keys(t.findResources('AWS::CloudFront::Distribution'))[0];
    t.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp(/^Poise approvals/.source),
      Environment: {
        Variables: Match.objectLike({
          POISE_CONSOLE_URL: {
            'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distribution, 'DomainName'] }]],
          },
        }),
      },
    });
  }, 240_000);

  it('without a publicUrl, the links of the filter, approvals and sweeper and the sign-in use the console domain', () => {
    const console = {
      ...(exampleConfig().console as object),
      domainName: 'review.example.com',
      certificateArn: CERTIFICATE,
    };
    const { template: t } = synth({ publicUrl: undefined, console });
    for (const d of [/^Poise approvals/, /^Poise sweeper/, /^Poise filter/]) {
      t.hasResourceProperties('AWS::Lambda::Function', {
        Description: Match.stringLikeRegexp(d.source),
        Environment: { Variables: Match.objectLike({ POISE_PUBLIC_URL: 'https://review.example.com' }) },
      });
    }
    t.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: ['https://review.example.com/'],
    });
    t.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['review.example.com'],
        ViewerCertificate: {
          AcmCertificateArn: CERTIFICATE,
          MinimumProtocolVersion: 'TLSv1.2_2021',
          SslSupportMethod: 'sni-only',
        },
      }),
    });
  }, 240_000);
});

describe('outputs', () => {
  it.each(['ApprovalsApiUrl', 'ConsoleUrl', 'UserPoolId', 'HostedUiDomain', 'ConsoleClientId'])(
    'has %s',
    (name) => {
      expect(Object.keys(template.findOutputs(name))).toEqual([name]);
    },
  );
});

describe('console context', () => {
  it.each([
    ['console.domainPrefix', { domainPrefix: 'my-cognito-login' }],
    ['console.domainPrefix', { domainPrefix: 'Upper' }],
    ['console.callbackUrls.0', { callbackUrls: ['http://poise.example.com/cb'] }],
    ['console.certificateArn', { domainName: 'review.example.com' }],
    [
      'console.certificateArn',
      { domainName: 'review.example.com', certificateArn: CERTIFICATE.replace('us-east-1', 'eu-west-1') },
    ],
  ])('rejects a bad %s', (key, patch) => {
    const base = exampleConfig();
    const console = { ...(base.console as object), ...patch };
    expect(() => parseConfig({ ...base, console })).toThrow(`poise.${key}:`);
  });

  it('accepts localhost callbacks for development and defaults the sweep interval', () => {
    const config = parseConfig({
      ...exampleConfig(),
      console: { domainPrefix: 'poise-dev', callbackUrls: ['http://localhost:5173/callback'] },
    });
    expect(config.console).toEqual({
      domainPrefix: 'poise-dev',
      callbackUrls: ['http://localhost:5173/callback'],
      logoutUrls: [],
      sweepIntervalMinutes: 5,
    });
  });
});

describe('sweeper alarm', () => {
  it('pages the ops topic when the sweeper fails three runs in a row', () => {
    const sweeper = onlyId('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('^Poise sweeper'),
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: sweeper } }],
      EvaluationPeriods: 3,
      Threshold: 1,
      AlarmActions: [{ Ref: onlyId('AWS::SNS::Topic') }],
    });
  });
});
