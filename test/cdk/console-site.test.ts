// The console site on its own (an imported HTTP API, a prebuilt console directory): private bucket
// behind CloudFront with OAC, the API paths on a second origin, the security headers, config.json,
// and cdk-nag clean with only the acknowledged findings.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_PATH_PATTERNS, ConsoleSite } from '../../lib/constructs/console-site';

const COGNITO = 'https://poise-test.auth.eu-west-1.amazoncognito.com';
let template: Template;
let outdir: string;
let site: ConsoleSite;

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'poise-site-'));
  const built = join(outdir, '..', `${outdir.split('/').at(-1)}-console`);
  mkdirSync(built);
  writeFileSync(join(built, 'index.html'), '<!doctype html><title>Poise</title>');
  const app = new App({ outdir, context: { '@aws-cdk/core:validateAgainstDefaultRules': true } });
  const stack = new Stack(app, 'Site', { env: { account: '123456789012', region: 'eu-west-1' } });
  site = new ConsoleSite(stack, 'Console', {
    api: apigwv2.HttpApi.fromHttpApiAttributes(stack, 'Api', { httpApiId: 'abc123' }),
    cognitoDomainUrl: COGNITO,
    clientId: 'client-123',
    assetsDirectory: built,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const assembly = app.synth(); // throws on any cdk-nag finding nobody acknowledged
  template = Template.fromJSON(assembly.getStackByName('Site').template);
}, 120_000);

function onlyId(type: string): string {
  const ids = Object.keys(template.findResources(type));
  expect(ids, type).toHaveLength(1);
  return ids[0] as string;
}

function distributionConfig() {
  return template.findResources('AWS::CloudFront::Distribution')[onlyId('AWS::CloudFront::Distribution')]
    ?.Properties.DistributionConfig;
}

describe('assets bucket', () => {
  it('is private, encrypted, TLS-only and logs its access', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      LoggingConfiguration: { LogFilePrefix: 'console-assets/' },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
  });

  it('logs to a private bucket that keeps ACLs for CloudFront standard logging and expires logs', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
      PublicAccessBlockConfiguration: Match.objectLike({
        BlockPublicAcls: true,
        RestrictPublicBuckets: true,
      }),
      LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 365, Status: 'Enabled' })] },
    });
    expect(distributionConfig().Logging.Bucket).toEqual({
      'Fn::GetAtt': [logicalIdOf(site.logBucket), 'RegionalDomainName'],
    });
  });

  it('lets only this distribution read it (OAC, SourceArn) and refuses plain HTTP', () => {
    const policies = Object.values(template.findResources('AWS::S3::BucketPolicy')).filter(
      (p) => JSON.stringify(p.Properties.Bucket) === JSON.stringify({ Ref: logicalIdOf(site.bucket) }),
    );
    expect(policies).toHaveLength(1);
    const statements = policies[0]?.Properties.PolicyDocument.Statement as Array<Record<string, unknown>>;
    const allows = statements.filter((s) => s.Effect === 'Allow');
    expect(allows).toEqual([
      {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Resource: expect.anything(),
        Condition: {
          StringEquals: {
            'AWS:SourceArn': expect.objectContaining({ 'Fn::Join': expect.anything() }),
          },
        },
      },
    ]);
    expect(JSON.stringify(allows[0]?.Condition)).toContain(onlyId('AWS::CloudFront::Distribution'));
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 's3:*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always' },
    });
  });
});

function logicalIdOf(bucket: { node: { defaultChild?: unknown } }): string {
  return Stack.of(site).getLogicalId(bucket.node.defaultChild as never);
}

describe('distribution', () => {
  it('serves the console from the bucket over HTTPS, with index.html at /, and logs', () => {
    const config = distributionConfig();
    expect(config).toMatchObject({
      DefaultRootObject: 'index.html',
      Enabled: true,
      HttpVersion: 'http2and3',
      Logging: { Prefix: 'cloudfront/' },
      DefaultCacheBehavior: {
        ViewerProtocolPolicy: 'redirect-to-https',
        AllowedMethods: ['GET', 'HEAD'],
        ResponseHeadersPolicyId: { Ref: expect.stringMatching(/ConsoleHeaders/) },
      },
    });
    const s3Origin = config.Origins.find((o: Record<string, unknown>) => o.S3OriginConfig);
    expect(s3Origin.OriginAccessControlId).toEqual({
      'Fn::GetAtt': [onlyId('AWS::CloudFront::OriginAccessControl'), 'Id'],
    });
  });

  it.each(API_PATH_PATTERNS)(
    'sends %s to the HTTP API: HTTPS only, every method, no cache, all but Host forwarded',
    (path) => {
      const config = distributionConfig();
      const behavior = config.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === path);
      expect(behavior).toMatchObject({
        ViewerProtocolPolicy: 'https-only',
        AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
        // Managed CachingDisabled and AllViewerExceptHostHeader.
        CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
        OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
        ResponseHeadersPolicyId: { Ref: expect.stringMatching(/ApiHeaders/) },
      });
      const origin = config.Origins.find((o: { Id: string }) => o.Id === behavior.TargetOriginId);
      expect(origin).toMatchObject({
        DomainName: { 'Fn::Join': ['', ['abc123.execute-api.eu-west-1.', { Ref: 'AWS::URLSuffix' }]] },
        CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] },
      });
    },
  );

  it('routes nothing else to the API', () => {
    expect(
      distributionConfig()
        .CacheBehaviors.map((b: { PathPattern: string }) => b.PathPattern)
        .sort(),
    ).toEqual([...API_PATH_PATTERNS].sort());
  });
});

describe('response headers', () => {
  it('gives the console a strict CSP (Cognito allowed for the token call and sign-out), HSTS, nosniff, no-referrer', () => {
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: {
        Comment: Match.stringLikeRegexp('^Poise console'),
        SecurityHeadersConfig: {
          ContentSecurityPolicy: {
            ContentSecurityPolicy: `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ${COGNITO}; form-action 'self' ${COGNITO}; frame-ancestors 'none'; base-uri 'none'`,
            Override: true,
          },
          StrictTransportSecurity: {
            AccessControlMaxAgeSec: 63_072_000,
            IncludeSubdomains: true,
            Override: true,
          },
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
        },
      },
    });
  });

  it("keeps the link pages' own CSP on the API paths and adds HSTS and no-referrer", () => {
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: {
        Comment: Match.stringLikeRegexp('^Poise API'),
        SecurityHeadersConfig: Match.objectLike({
          ContentSecurityPolicy: {
            ContentSecurityPolicy: "default-src 'none'; frame-ancestors 'none'",
            Override: false,
          },
          StrictTransportSecurity: Match.objectLike({ Override: true }),
          ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
        }),
      },
    });
  });
});

describe('deployment', () => {
  it('uploads the build and a config.json that signs in with the hosted UI, no-cache', () => {
    const [deployment] = Object.values(template.findResources('Custom::CDKBucketDeployment'));
    const props = deployment?.Properties;
    expect(props.DestinationBucketName).toEqual({ Ref: logicalIdOf(site.bucket) });
    expect(props.SystemMetadata).toEqual({ 'cache-control': 'no-cache' });
    expect(props.SourceObjectKeys).toHaveLength(2);
    expect(props.Prune).toBe(true);

    const configDir = readdirSync(outdir)
      .map((d) => join(outdir, d))
      .find((d) => {
        try {
          return readdirSync(d).includes('config.json');
        } catch {
          return false;
        }
      });
    expect(configDir).toBeDefined();
    const config = JSON.parse(readFileSync(join(configDir as string, 'config.json'), 'utf8'));
    expect(config).toEqual({
      apiUrl: '',
      environment: 'aws',
      auth: {
        authorizeUrl: `${COGNITO}/oauth2/authorize`,
        tokenUrl: `${COGNITO}/oauth2/token`,
        logoutUrl: `${COGNITO}/logout`,
        clientId: 'client-123',
        scope: 'openid email',
      },
    });
  });

  it('is the only place that writes the bucket: the provider role, not a bucket policy', () => {
    const role = site.deployment.handlerRole;
    expect(role).toBeDefined();
    const writes = Object.values(template.findResources('AWS::IAM::Policy')).flatMap((p) =>
      (p.Properties.PolicyDocument.Statement as Array<{ Action: string | string[] }>).filter((s) =>
        JSON.stringify(s.Action).includes('s3:PutObject'),
      ),
    );
    expect(writes).toHaveLength(1);
  });
});
