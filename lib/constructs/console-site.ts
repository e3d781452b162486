import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { AssetHashType, DockerImage, Duration, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import type * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { accessLogBucket } from './access-log-bucket';
import { acknowledgeObjectWildcard } from './nag';
import { REPO_ROOT } from './poise-function';

/** Paths CloudFront sends to the approvals HTTP API instead of the bucket: one origin, no CORS. */
export const API_PATH_PATTERNS = ['/api/*', '/approve/*', '/reject/*', '/view/*'] as const;

export interface ConsoleSiteProps {
  /** The approvals HTTP API (console /api/* and the mail links). */
  readonly api: apigwv2.IHttpApi;
  /** The Cognito hosted UI's base URL, `https://<prefix>.auth.<region>.amazoncognito.com`. */
  readonly cognitoDomainUrl: string;
  /** The console's Cognito app client id (public client, code flow with PKCE). */
  readonly clientId: string;
  /**
   * A directory with the built console (index.html and assets), e.g. for tests.
   * @default - `console/` built with Vite at synth (local bundling: no Docker, no network)
   */
  readonly assetsDirectory?: string;
  /**
   * Alternate domain names of the distribution; needs `certificate`.
   * @default - none: the distribution's own `*.cloudfront.net` name
   */
  readonly domainNames?: string[];
  /**
   * Certificate (in us-east-1) for `domainNames`; with it, viewers need TLS 1.2.
   * @default - the CloudFront default certificate
   */
  readonly certificate?: acm.ICertificate;
  /** @default cloudfront.PriceClass.PRICE_CLASS_100 */
  readonly priceClass?: cloudfront.PriceClass;
  /**
   * Days CloudFront and S3 access logs are kept.
   * @default 365
   */
  readonly accessLogRetentionDays?: number;
  /**
   * What happens to the buckets when the stack is deleted.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The review console on AWS: the Vite build in a private bucket behind CloudFront (Origin Access
 * Control), with `/api/*` and the approval-link paths routed to the approvals HTTP API as a second
 * origin, so the console, its API and the links share one origin. A strict Content-Security-Policy,
 * HSTS, nosniff and no-referrer on every answer; `config.json` tells the console where to sign in.
 */
export class ConsoleSite extends Construct {
  public readonly bucket: s3.Bucket;
  /** CloudFront and S3 access logs. */
  public readonly logBucket: s3.Bucket;
  public readonly distribution: cloudfront.Distribution;
  public readonly deployment: s3deploy.BucketDeployment;
  /** The console's Content-Security-Policy. */
  public readonly contentSecurityPolicy: string;
  /** `https://<distribution domain>` (or the first alternate domain name), no trailing slash. */
  public readonly url: string;

  constructor(scope: Construct, id: string, props: ConsoleSiteProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    if (props.domainNames?.length && !props.certificate) {
      throw new Error('ConsoleSite: domainNames need a certificate');
    }

    this.logBucket = accessLogBucket(this, 'AccessLogs', {
      retentionDays: props.accessLogRetentionDays ?? 365,
      removalPolicy,
      acls: true, // CloudFront standard logs
    });

    this.bucket = new s3.Bucket(this, 'Assets', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'console-assets/',
      removalPolicy,
    });

    const cognito = props.cognitoDomainUrl.replace(/\/$/, '');
    this.contentSecurityPolicy = [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      `connect-src 'self' ${cognito}`,
      `form-action 'self' ${cognito}`,
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ].join('; ');
    const security = (csp: cloudfront.ResponseHeadersContentSecurityPolicy) => ({
      contentSecurityPolicy: csp,
      strictTransportSecurity: {
        accessControlMaxAge: Duration.days(730),
        includeSubdomains: true,
        override: true,
      },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
    });
    const consoleHeaders = new cloudfront.ResponseHeadersPolicy(this, 'ConsoleHeaders', {
      comment: 'Poise console: strict CSP, HSTS, nosniff, no-referrer',
      securityHeadersBehavior: security({
        contentSecurityPolicy: this.contentSecurityPolicy,
        override: true,
      }),
    });
    // The link pages send their own CSP (their stylesheet is allowed by hash): keep it, and give
    // API answers a deny-all one.
    const apiHeaders = new cloudfront.ResponseHeadersPolicy(this, 'ApiHeaders', {
      comment: 'Poise API and approval links: HSTS, nosniff, no-referrer; the origin CSP wins',
      securityHeadersBehavior: security({
        contentSecurityPolicy: "default-src 'none'; frame-ancestors 'none'",
        override: false,
      }),
    });

    const apiOrigin = new origins.HttpOrigin(
      `${props.api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`,
      {
        protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
        originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2],
      },
    );
    const apiBehavior: cloudfront.BehaviorOptions = {
      origin: apiOrigin,
      // A bearer token or a link token must never travel in clear text: refuse http, no redirect.
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      // Authorization and the query string reach the API; Host stays the API's own.
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: apiHeaders,
      compress: true,
    };

    // No custom error responses: they apply to every behavior and would replace the API's JSON 403/404.
    const custom = props.certificate !== undefined;
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Poise review console, its API and the approval links',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: consoleHeaders,
        compress: true,
      },
      additionalBehaviors: Object.fromEntries(API_PATH_PATTERNS.map((path) => [path, apiBehavior])),
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: props.priceClass ?? cloudfront.PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
      ...(custom
        ? {
            domainNames: props.domainNames,
            certificate: props.certificate,
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
    const host = props.domainNames?.[0] ?? this.distribution.distributionDomainName;
    this.url = `https://${host}`;

    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'Approvers review held mail from wherever they travel; sign-in (Cognito, MFA) and the signed, expiring link tokens are the access control, not the country.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'No WAF: the distribution serves static files and forwards to an HTTP API that is throttled per stage, authenticates every /api call with a JWT authorizer and every link with an HMAC token; a web ACL is an account-level choice left to the operator.',
      },
      ...(custom
        ? []
        : [
            {
              id: 'AwsSolutions-CFR4',
              reason:
                'Without a custom domain the distribution uses the default *.cloudfront.net certificate, whose security policy CloudFront fixes; with domainNames and a certificate the construct requires TLS 1.2 (TLSv1.2_2021).',
            },
          ]),
    );

    // No-cache: browsers and CloudFront revalidate (ETag), so a deploy is live at once without an
    // invalidation; the console is small and used by a few people.
    this.deployment = new s3deploy.BucketDeployment(this, 'Deploy', {
      destinationBucket: this.bucket,
      sources: [
        props.assetsDirectory ? s3deploy.Source.asset(props.assetsDirectory) : viteBuild(),
        s3deploy.Source.jsonData('config.json', {
          apiUrl: '',
          environment: 'aws',
          auth: {
            authorizeUrl: `${cognito}/oauth2/authorize`,
            tokenUrl: `${cognito}/oauth2/token`,
            logoutUrl: `${cognito}/logout`,
            clientId: props.clientId,
            scope: 'openid email',
          },
        }),
      ],
      cacheControl: [s3deploy.CacheControl.noCache()],
      memoryLimit: 256,
    });
    acknowledgeDeploymentProvider(this, this.deployment);
  }
}

/** `console/` built by Vite into the asset directory at synth; offline, no Docker. */
function viteBuild(): s3deploy.ISource {
  return s3deploy.Source.asset(join(REPO_ROOT, 'console'), {
    // Hash the build output, not the source tree.
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // CDK requires an image; local bundling always answers (or fails loudly), so it is never pulled.
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22-alpine'),
      local: {
        tryBundle(outputDir: string): boolean {
          const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
          const run = spawnSync(
            process.execPath,
            [vite, 'build', '--config', 'console/vite.config.ts', '--outDir', outputDir, '--emptyOutDir'],
            { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 },
          );
          if (run.status !== 0) {
            throw new Error(`console build (vite) failed: ${run.error?.message ?? run.stderr ?? run.status}`);
          }
          return true;
        },
      },
    },
  });
}

/** The deployment's provider Lambda is CDK's own (shared by every BucketDeployment in the stack). */
function acknowledgeDeploymentProvider(scope: ConsoleSite, deployment: s3deploy.BucketDeployment): void {
  const stack = Stack.of(scope);
  const render = (v: string) => (Token.isUnresolved(v) ? `<${stack.resolve(v).Ref}>` : v);
  const qualifier = stack.node.tryGetContext('@aws-cdk/core:bootstrapQualifier') ?? 'hnb659fds';
  const assetBucket = `cdk-${qualifier}-assets-${render(stack.account)}-${render(stack.region)}`;
  const reason =
    "CDK's BucketDeployment provider reads the build from the CDK asset bucket and syncs it into the console bucket (s3:GetObject*/List*/DeleteObject*/Abort* on those two buckets only; object keys are the build's file names).";
  const wildcard = (what: string) => ({ id: `AwsSolutions-IAM5[${what}]`, reason });
  Validations.of(deployment.handlerRole).acknowledge(
    {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        "CDK's BucketDeployment provider role (made by aws-cdk-lib) writes its own logs with the basic execution policy.",
    },
    ...['s3:GetObject*', 's3:GetBucket*', 's3:List*', 's3:DeleteObject*', 's3:Abort*'].map((a) =>
      wildcard(`Action::${a}`),
    ),
    wildcard(`Resource::arn:<AWS::Partition>:s3:::${assetBucket}/*`),
  );
  acknowledgeObjectWildcard(deployment.handlerRole, scope.bucket, '*', reason);
  for (const provider of stack.node.children.filter((c) =>
    c.node.id.startsWith('Custom::CDKBucketDeployment'),
  )) {
    Validations.of(provider).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        "The BucketDeployment provider's runtime is pinned by aws-cdk-lib (its AWS CLI layer needs it); it runs only during deployments.",
    });
  }
}
