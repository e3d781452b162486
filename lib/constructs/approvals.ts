import { Aws, Duration, Lazy, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { DIRECTORY_PARTITION } from '../../lambdas/adapters/aws/dynamo-directory-store';
import { GROUPS } from '../../lambdas/app/approvals-api';
import { ENV, METRICS_NAMESPACE } from '../../lambdas/shared/contract';
import { SERVICE_NAME } from './gateway-functions';
import { acknowledgeObjectWildcard } from './nag';
import { NODE_OPTIONS } from './node-options';
import { type FunctionExtras, poiseFunction, REPO_ROOT } from './poise-function';
import { sesSendStatement } from './ses-send';

/** Settings of the approval flow (from the `poise` context). */
export interface ApprovalsSettings {
  /** Domains the reps send from (SES identities relays and notices are sent as). */
  readonly sendingDomains: readonly string[];
  /** From address of notices. */
  readonly notifyFrom: string;
  /** Approver of reps the directory does not name; also gets the final reminders. */
  readonly fallbackApprover: string;
  /** Largest raw message read back for a relay. */
  readonly maxMessageBytes: number;
  /**
   * Base URL of the mail links (e.g. a custom domain in front of the console site).
   * @default - the console site's URL once `serveConsoleFrom` is called, else the HTTP API's own URL
   */
  readonly publicUrl?: string;
  /** Minified policy JSON (teams' expiry actions). @default - the built-in policy */
  readonly policyJson?: string;
  /** Hosted UI domain prefix (`<prefix>.auth.<region>.amazoncognito.com`), globally unique per region. */
  readonly domainPrefix: string;
  /** Where the hosted UI may send the console back with an authorization code (plus `serveConsoleFrom`'s). */
  readonly callbackUrls: readonly string[];
  /** Where the hosted UI may send the console after sign-out. @default - only `serveConsoleFrom`'s */
  readonly logoutUrls?: readonly string[];
  /** Minutes between sweeper runs. @default 5 */
  readonly sweepIntervalMinutes?: number;
}

export interface ApprovalsProps {
  /** The outcome table (holds, directory, audit trail). */
  readonly table: dynamodb.ITable;
  /** Names of the table's GSIs the functions query. */
  readonly tableIndexNames: readonly string[];
  /** Bucket holding raw mail (read back to relay an approved hold). */
  readonly rawBucket: s3.IBucket;
  /** Key prefix of raw mail. */
  readonly rawPrefix: string;
  /** SES configuration set every relay and notice is sent with. */
  readonly configurationSetName: string;
  readonly settings: ApprovalsSettings;
  /** @default lambdas/handlers/approvals.ts */
  readonly approvalsEntry?: string;
  /** @default lambdas/handlers/sweeper.ts */
  readonly sweeperEntry?: string;
  /**
   * Steady-state requests per second across the API (a phone-sized review workload).
   * @default 20
   */
  readonly throttleRateLimit?: number;
  /** @default 40 */
  readonly throttleBurstLimit?: number;
  /** @default logs.RetentionDays.THREE_MONTHS */
  readonly logRetention?: logs.RetentionDays;
}

/** Routes of the console API (JWT authorizer) and of the mail links (the token is the credential). */
export const CONSOLE_ROUTES: ReadonlyArray<[apigwv2.HttpMethod, string]> = [
  [apigwv2.HttpMethod.GET, '/api/me'],
  [apigwv2.HttpMethod.GET, '/api/holds'],
  [apigwv2.HttpMethod.GET, '/api/holds/{id}'],
  [apigwv2.HttpMethod.POST, '/api/holds/{id}/approve'],
  [apigwv2.HttpMethod.POST, '/api/holds/{id}/reject'],
  [apigwv2.HttpMethod.POST, '/api/holds/bulk'],
  [apigwv2.HttpMethod.GET, '/api/metrics'],
  [apigwv2.HttpMethod.GET, '/api/directory'],
  [apigwv2.HttpMethod.PUT, '/api/directory'],
];
export const LINK_ROUTES: ReadonlyArray<[apigwv2.HttpMethod, string]> = [
  [apigwv2.HttpMethod.GET, '/approve/{token}'],
  [apigwv2.HttpMethod.POST, '/approve/{token}'],
  [apigwv2.HttpMethod.GET, '/reject/{token}'],
  [apigwv2.HttpMethod.POST, '/reject/{token}'],
  [apigwv2.HttpMethod.GET, '/view/{token}'],
];

/**
 * Manager approval (issue 5): the HTTP API with the console routes behind a Cognito JWT authorizer
 * and the mail-link routes without one, the approvals and sweeper Lambdas, the link-signing keyring
 * secret and the sweeper's schedule.
 */
export class Approvals extends Construct {
  public readonly api: apigwv2.HttpApi;
  public readonly stage: apigwv2.HttpStage;
  public readonly userPool: cognito.UserPool;
  public readonly consoleClient: cognito.UserPoolClient;
  public readonly userPoolDomain: cognito.UserPoolDomain;
  public readonly approvalsFunction: nodejs.NodejsFunction;
  public readonly sweeperFunction: nodejs.NodejsFunction;
  /** The keyring `{"current":"k1","k1":"<random>"}` that signs and verifies link tokens. */
  public readonly tokenSecret: secretsmanager.Secret;
  public readonly tokenKey: kms.Key;
  public readonly schedule: events.Rule;
  /** Base URL of the API's default stage. */
  public readonly apiUrl: string;
  private readonly settings: ApprovalsSettings;
  private consoleUrl?: string;

  constructor(scope: Construct, id: string, props: ApprovalsProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const s = props.settings;
    this.settings = s;
    const logRetention = props.logRetention ?? logs.RetentionDays.THREE_MONTHS;

    // ---- Link-signing keyring -------------------------------------------------------------------
    this.tokenKey = new kms.Key(this, 'TokenKey', {
      description: 'Encrypts the Poise approval-link keyring',
      enableKeyRotation: true,
    });
    this.tokenSecret = new secretsmanager.Secret(this, 'TokenKeyring', {
      description:
        'Poise approval-link HMAC keyring (rotate: add a key, make it current, retire the old one after its links expire)',
      encryptionKey: this.tokenKey,
      // 64 letters and digits are valid base64url: 48 bytes of key, what parseKeyring's flat form reads.
      generateSecretString: {
        secretStringTemplate: JSON.stringify({ current: 'k1' }),
        generateStringKey: 'k1',
        passwordLength: 64,
        excludePunctuation: true,
        includeSpace: false,
      },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.tokenSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotation must keep the old key until every link it signed has expired (add a key, make it current, retire the old one after the longest hold deadline); a single-value rotation Lambda would break live approval links. Documented in lambdas/approvals/README.md.',
    });

    // ---- Cognito: console sign-in -----------------------------------------------------------------
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      // Admins create approver accounts; nobody signs themself up.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      standardAttributes: { email: { required: true, mutable: true } },
      autoVerify: { email: true },
      mfa: cognito.Mfa.REQUIRED,
      // Authenticator apps only: no SMS role, no SIM-swap exposure.
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.userPool.addGroup('Approvers', {
      groupName: GROUPS.approvers,
      description: 'Managers and fallback approvers: review the holds of their reps',
    });
    this.userPool.addGroup('Admins', {
      groupName: GROUPS.admins,
      description: 'Review every hold and edit the approver directory',
    });
    this.userPoolDomain = this.userPool.addDomain('HostedUi', {
      cognitoDomain: { domainPrefix: s.domainPrefix },
      managedLoginVersion: cognito.ManagedLoginVersion.CLASSIC_HOSTED_UI,
    });
    // A public client (a browser app): authorization code with PKCE, no secret, no password flows.
    this.consoleClient = this.userPool.addClient('Console', {
      generateSecret: false,
      authFlows: {},
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        // Lazy: the console site's URL is only known once the site (which needs this API) exists.
        callbackUrls: Lazy.list({ produce: () => [...s.callbackUrls, ...this.consoleUrls()] }),
        logoutUrls: Lazy.list(
          { produce: () => [...(s.logoutUrls ?? []), ...this.consoleUrls()] },
          { omitEmpty: true },
        ),
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
    });

    // ---- Functions ------------------------------------------------------------------------------------
    this.api = new apigwv2.HttpApi(this, 'Api', {
      // The API needs a name; deriving it from the stack keeps two stacks in one account apart.
      apiName: `${Aws.STACK_NAME}-approvals`,
      description: 'Poise approvals: review console API and approval links',
      createDefaultStage: false,
    });
    const accessLogs = new logs.LogGroup(this, 'ApiAccessLogs', {
      retention: logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stage = new apigwv2.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.throttleRateLimit ?? 20, burstLimit: props.throttleBurstLimit ?? 40 },
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        // The route key, never the path: a link's path carries its token, which is a credential.
        format: apigw.AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            routeKey: '$context.routeKey',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            sourceIp: '$context.identity.sourceIp',
            user: '$context.authorizer.claims.sub',
            error: '$context.error.message',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
    this.apiUrl = this.stage.url.replace(/\/$/, '');

    const environment: Record<string, string> = {
      [ENV.tableName]: props.table.tableName,
      [ENV.maxMessageBytes]: String(s.maxMessageBytes),
      [ENV.notifyFrom]: s.notifyFrom,
      [ENV.fallbackApprover]: s.fallbackApprover,
      [ENV.sesConfigurationSet]: props.configurationSetName,
      // Lazy: `serveConsoleFrom` may still move the links to the console's URL. (The keyring's id
      // comes with `grantLinkSigning` below.)
      [ENV.publicUrl]: Lazy.string({ produce: () => this.publicUrl }),
      ...(s.policyJson ? { [ENV.policyJson]: s.policyJson } : {}),
      POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
      POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
      NODE_OPTIONS,
    };
    const makeFunction = (name: string, entry: string, extra: FunctionExtras) =>
      // Same runtime, architecture and bundling as the filter and ingest functions.
      poiseFunction(this, name, {
        entry,
        role: new iam.Role(this, `${name}Role`, {
          assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
          description: `Poise ${name} Lambda`,
        }),
        logRetention,
        environment,
        ...extra,
      });
    this.approvalsFunction = makeFunction(
      'Approvals',
      props.approvalsEntry ?? `${REPO_ROOT}lambdas/handlers/approvals.ts`,
      {
        description: 'Poise approvals: console API and approval links; approve relays, reject tells the rep',
        memorySize: 1024,
        // Under API Gateway's 30 s integration limit; a relay cut short is finished by the sweeper.
        timeout: Duration.seconds(29),
      },
    );
    this.sweeperFunction = makeFunction(
      'Sweeper',
      props.sweeperEntry ?? `${REPO_ROOT}lambdas/handlers/sweeper.ts`,
      {
        description: 'Poise sweeper: reminders, expiry by policy and stuck relays of held messages',
        memorySize: 1024,
        timeout: Duration.minutes(4),
        // One sweep at a time; the conditional writes make an overlap harmless, this makes it rare.
        reservedConcurrentExecutions: 1,
      },
    );

    // ---- Permissions (both functions: the same ports) ---------------------------------------------------
    const rawObjects = props.rawBucket.arnForObjects(`${props.rawPrefix}*`);
    for (const fn of [this.approvalsFunction, this.sweeperFunction]) {
      fn.addToRolePolicy(
        new iam.PolicyStatement({
          sid: 'HoldsAndDirectory',
          // GetItem/Query to read holds and the directory, UpdateItem for the guarded transitions,
          // PutItem for audit events. No Scan, no DeleteItem, no transactions.
          actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query'],
          resources: [
            props.table.tableArn,
            ...props.tableIndexNames.map((index) => `${props.table.tableArn}/index/${index}`),
          ],
        }),
      );
      fn.addToRolePolicy(
        new iam.PolicyStatement({ sid: 'ReadHeldMail', actions: ['s3:GetObject'], resources: [rawObjects] }),
      );
      fn.addToRolePolicy(
        sesSendStatement(stack, 'RelayAndNotifyWithSes', s.sendingDomains, props.configurationSetName),
      );
      this.grantLinkSigning(fn);
      acknowledgeObjectWildcard(
        fn.role as iam.Role,
        props.rawBucket,
        `${props.rawPrefix}*`,
        'Held raw mail object keys are per-message ids only known at run time; read access is limited to the raw/ prefix.',
      );
    }
    // Admins replace the directory from the console: stale people and their approver routes are
    // deleted, and only those (the keys' partitions), never holds, audit events or counters.
    this.approvalsFunction.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReplaceDirectory',
        actions: ['dynamodb:DeleteItem'],
        resources: [props.table.tableArn],
        conditions: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [DIRECTORY_PARTITION, 'REP#*'] },
        },
      }),
    );

    // ---- Routes -----------------------------------------------------------------------------------------
    const integration = new HttpLambdaIntegration('ApprovalsIntegration', this.approvalsFunction, {
      payloadFormatVersion: apigwv2.PayloadFormatVersion.VERSION_2_0,
    });
    const authorizer = new HttpJwtAuthorizer(
      'ConsoleJwt',
      `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${this.userPool.userPoolId}`,
      {
        authorizerName: `${Aws.STACK_NAME}-console`,
        jwtAudience: [this.consoleClient.userPoolClientId],
        identitySource: ['$request.header.Authorization'],
      },
    );
    for (const [method, path] of CONSOLE_ROUTES) {
      this.api.addRoutes({ path, methods: [method], integration, authorizer });
    }
    for (const [method, path] of LINK_ROUTES) {
      for (const route of this.api.addRoutes({ path, methods: [method], integration })) {
        Validations.of(route).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason:
            'Approval links are opened from mail on any device, signed in or not: the HMAC-signed, expiring token in the path is the credential, verified by the Lambda on every request.',
        });
      }
    }

    // ---- Schedule -----------------------------------------------------------------------------------------
    this.schedule = new events.Rule(this, 'SweepSchedule', {
      description: 'Runs the Poise approvals sweeper',
      schedule: events.Schedule.rate(Duration.minutes(s.sweepIntervalMinutes ?? 5)),
      targets: [new targets.LambdaFunction(this.sweeperFunction, { retryAttempts: 0 })],
    });
  }

  /**
   * Serves the console (and, through it, the API and the links) from `url`, e.g. a CloudFront
   * distribution: the hosted UI may return there after sign-in and sign-out, the console link in
   * pages points there, and unless `publicUrl` is set, the mail links do too.
   */
  public serveConsoleFrom(url: string): void {
    if (this.consoleUrl !== undefined) throw new Error('the console is served from one URL');
    this.consoleUrl = url.replace(/\/$/, '');
    for (const fn of [this.approvalsFunction, this.sweeperFunction]) {
      fn.addEnvironment(ENV.consoleUrl, this.consoleUrl);
    }
  }

  /** Base URL of the mail links: `publicUrl`, else the console's URL, else the API's. */
  public get publicUrl(): string {
    return this.settings.publicUrl ?? this.consoleUrl ?? this.apiUrl;
  }

  private consoleUrls(): string[] {
    // The console redirects back to its own root (redirect_uri = the page without query or hash).
    return this.consoleUrl ? [`${this.consoleUrl}/`] : [];
  }

  /**
   * Lets a function sign or verify approval links: the keyring's id in its environment, read access
   * to the secret, and decryption through Secrets Manager only. (The filter needs this once its
   * approver notice carries signed links.)
   */
  public grantLinkSigning(fn: lambda.Function): void {
    const stack = Stack.of(this);
    fn.addEnvironment(ENV.tokenSecretId, this.tokenSecret.secretArn);
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadLinkKeyring',
        actions: ['secretsmanager:GetSecretValue'],
        resources: [this.tokenSecret.secretArn],
      }),
    );
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'DecryptLinkKeyring',
        actions: ['kms:Decrypt'],
        resources: [this.tokenKey.keyArn],
        conditions: {
          StringEquals: { 'kms:ViaService': `secretsmanager.${stack.region}.${stack.urlSuffix}` },
        },
      }),
    );
  }
}
