// The local gateway: SMTP ingress → durable queue → the AWS filter handler (unchanged, SQS-shaped
// events) → the local SES endpoint → outbox (+ upstream SMTP), with dynalite and s3rver standing in for
// DynamoDB and S3. `startGateway` runs it all in-process; `npm start` and the tests both use it.
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { SweepSummary } from '../app/sweep';
import { ENV } from '../shared/contract';
import { localApprovals } from './approvals';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startDynamo, startS3 } from './aws-local';
import { consoleRoutes } from './console';
import { consoleStaticRoutes } from './console-static';
import { type ConsoleUser, ConsoleUsers } from './console-users';
import { fileKeyring, loadOrCreateKeyring } from './file-keyring';
import { checkDataDir, fsyncFile } from './fsutil';
import { type Route, Router, startHttpServer } from './http';
import { MessageLog } from './message-log';
import { startOAuth } from './oauth';
import { Outbox } from './outbox';
import { DiskQueue, type QueueEntry } from './queue';
import { startSesEndpoint } from './ses-endpoint';
import { REPO_ROOT } from './settings';
import { SignInGuard, type SignInGuardOptions } from './sign-in-guard';
import { startSmtpIngress } from './smtp-ingress';
import { loadOrCreateCertificate } from './tls';
import { UpstreamRelay } from './upstream';
import { type DevCredentials, UserStore } from './users';
import { type SqsHandler, Worker } from './worker';

export const LOCAL_BUCKET = 'poise-raw';
export const LOCAL_TABLE = 'poise-local';
/** The link-signing keyring in the data dir (mode 0600). */
export const TOKEN_KEY_FILE = 'token-keys.json';

export interface GatewayOptions {
  /** Holds everything (queue, outbox, S3, DynamoDB, users, certificate). Created when missing. */
  dataDir: string;
  /** Interface to listen on. @default '127.0.0.1' */
  host?: string;
  /** @default 2525 (0 picks a free port) */
  smtpPort?: number;
  /** @default 8025 (0 picks a free port) */
  httpPort?: number;
  /** `smtp://[user:pass@]host:port`: relay what "SES" sends there too. */
  upstreamSmtp?: string;
  /** Replaces the data dir's dev user (POISE_SMTP_USER / POISE_SMTP_PASS). */
  smtpUser?: { username: string; password: string };
  /** SIZE announced and enforced at SMTP (552 above). @default 40 MiB (the SES v2 raw limit) */
  maxMessageBytes?: number;
  /** RCPT TO beyond this gets 452. @default 100 */
  maxRecipients?: number;
  /** Lockout after wrong passwords, for console sign-in and SMTP AUTH alike (each keeps its own count). */
  signInLockout?: SignInGuardOptions;
  /** Refuse to start with less free disk than this. @default 64 MiB */
  minFreeBytes?: number;
  /** Free disk to keep while running: mail that would go below it gets 452. @default min(minFreeBytes, 16 MiB) */
  diskReserveBytes?: number;
  /** false: accept and queue, but do not process (tests of durability). @default true */
  worker?: boolean;
  workerTuning?: {
    baseDelayMs?: number;
    maxDelayMs?: number;
    maxReceives?: number;
    pollMs?: number;
    batchSize?: number;
  };
  upstreamTuning?: { baseDelayMs?: number; maxDelayMs?: number };
  /** Extra filter configuration (ENV names from contract.ts), e.g. POISE_POLICY_JSON. */
  filterEnv?: Record<string, string>;
  /** The SQS handler to run; by default the AWS filter handler, built against the local endpoints. */
  handler?: SqsHandler;
  /** More HTTP routes (approvals, metrics). */
  routes?: Route[];
  /**
   * Routes that need the running stack (approvals: table, outbox, users for sign-in; metrics). Called
   * once the local endpoints exist and the filter environment is set, before SMTP accepts mail.
   */
  extensions?: (ctx: GatewayContext) => Route[] | Promise<Route[]>;
  log?: (line: string) => void;
  /** Milliseconds between sweeper runs (reminders, expiry); 0 runs it only through `sweep()`. @default 60 000 */
  sweepIntervalMs?: number;
  /** The built console SPA served at /console/. @default <repo>/console/dist */
  consoleDir?: string;
  /** Clock of the approvals API and the sweeper (tests move it past deadlines). @default the system clock */
  approvalsClock?: () => Date;
}

/** What a feature plugged into the local server can use. */
export interface GatewayContext {
  dataDir: string;
  publicUrl: string;
  tableName: string;
  bucket: string;
  /** Environment the filter runs with (AWS_ENDPOINT_URL_*, POISE_*): `makeAwsClients(env)` works with it. */
  env: Record<string, string>;
  dynamodb: DynamoDBClient;
  s3: S3Client;
  outbox: Outbox;
  messages: MessageLog;
  /** Local users (SMTP and, later, console sign-in). */
  users: UserStore;
  log: (line: string) => void;
}

export interface Gateway {
  smtpPort: number;
  httpPort: number;
  host: string;
  /** Base URL of the console (POISE_PUBLIC_URL for the filter). */
  publicUrl: string;
  dataDir: string;
  outboxDir: string;
  devCredentials: DevCredentials;
  certificateFingerprint: string;
  endpoints: { s3: string; dynamodb: string; ses: string };
  tableName: string;
  bucket: string;
  health(): Promise<Record<string, unknown>>;
  /** Console sign-in users (admin and approver) with this data dir's password. */
  consoleUsers: ConsoleUser[];
  /** One sweeper run now (the timer runs it every `sweepIntervalMs`). */
  sweep(): Promise<SweepSummary>;
  /** Wakes the worker (tests); processing otherwise starts on its own. */
  wake(): void;
  /** Stops accepting, lets in-flight work finish (or stay queued), closes everything. Idempotent. */
  stop(): Promise<void>;
}

const DEFAULT_MAX_BYTES = 40 * 1024 * 1024;

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const log = options.log ?? ((line: string) => console.log(line));
  const host = options.host ?? '127.0.0.1';
  const dataDir = resolve(options.dataDir);
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_BYTES;
  const minFreeBytes = options.minFreeBytes ?? 64 * 1024 * 1024;
  await checkDataDir(dataDir, minFreeBytes);

  const cleanups: Array<() => Promise<void> | void> = [];
  const cleanup = async () => {
    for (const fn of cleanups.splice(0).reverse()) {
      try {
        await fn();
      } catch (err) {
        log(`shutdown: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  };

  try {
    const { store: users, dev } = await UserStore.open(dataDir, options.smtpUser);
    const consoleUsers = await ConsoleUsers.open(dataDir);
    // Made (or checked) before anything signs or verifies a link with it.
    await loadOrCreateKeyring(join(dataDir, TOKEN_KEY_FILE));
    const tls = await loadOrCreateCertificate(dataDir, 'localhost');
    const outbox = new Outbox(join(dataDir, 'outbox'));
    await outbox.open();
    const queue = new DiskQueue({
      dir: join(dataDir, 'queue'),
      dlqDir: join(dataDir, 'dlq'),
      spoolDir: join(dataDir, 'spool'),
    });
    await queue.open();

    const dynamo = await startDynamo(dataDir, LOCAL_TABLE);
    cleanups.push(() => dynamo.close());
    const s3 = await startS3(dataDir, LOCAL_BUCKET);
    cleanups.push(() => s3.close());

    let upstream: UpstreamRelay | undefined;
    const ses = await startSesEndpoint({
      outbox,
      relayEnabled: Boolean(options.upstreamSmtp),
      onStored: (record) => upstream?.schedule(record, 0),
      log,
    });
    cleanups.push(() => ses.close());
    if (options.upstreamSmtp) {
      upstream = new UpstreamRelay({ outbox, url: options.upstreamSmtp, log, ...options.upstreamTuning });
      cleanups.push(() => upstream?.stop());
      await upstream.resume();
    }

    const dynamoClient = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
    });
    cleanups.push(() => dynamoClient.destroy());

    // HTTP first: its port is the public URL the filter puts in approval links.
    let worker: Worker | undefined;
    let smtpListening = false;
    let smtpPort = 0;
    const health = async () => ({
      status: smtpListening ? 'ok' : smtpPort ? 'stopping' : 'starting',
      smtp: { listening: smtpListening, host, port: smtpPort },
      queue: { depth: queue.depth(), inFlight: queue.inFlightCount(), worker: worker ? 'running' : 'paused' },
      dlq: { depth: await queue.dlqDepth() },
      upstream: options.upstreamSmtp ? 'configured' : 'none',
    });
    const messageLog = new MessageLog(dynamoClient, LOCAL_TABLE);
    const router = new Router().add(
      ...consoleRoutes({ messages: messageLog, outbox, health: { health } }),
      ...(options.routes ?? []),
    );
    const http = await listen('HTTP', () => startHttpServer(router, host, options.httpPort ?? 8025, log));
    cleanups.push(() => http.close());
    // Links must be clickable: a wildcard bind is reached on loopback.
    const linkHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
    const publicUrl = `http://${linkHost.includes(':') ? `[${linkHost}]` : linkHost}:${http.port}`;

    const endpoints = { s3: s3.endpoint, dynamodb: dynamo.endpoint, ses: ses.endpoint };
    const env = filterEnvironment(endpoints, {
      [ENV.publicUrl]: publicUrl,
      // The local stand-in for the keyring secret; the approvals routes sign and verify with it too.
      [ENV.tokenKeyFile]: join(dataDir, TOKEN_KEY_FILE),
      ...options.filterEnv,
    });
    cleanups.push(applyEnv(env));

    const s3Client = new S3Client({
      endpoint: s3.endpoint,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    cleanups.push(() => s3Client.destroy());

    if (options.extensions) {
      router.add(
        ...(await options.extensions({
          dataDir,
          publicUrl,
          tableName: LOCAL_TABLE,
          bucket: LOCAL_BUCKET,
          env,
          dynamodb: dynamoClient,
          s3: s3Client,
          outbox,
          messages: messageLog,
          users,
          log,
        })),
      );
    }

    // Approvals (console API, mail links, sweeper) and sign-in: after the extensions, so their routes win.
    // The issuer and the origin sign-in may return to: where the links point (POISE_PUBLIC_URL wins).
    const oauth = await startOAuth({
      dataDir,
      publicUrl: env[ENV.publicUrl] ?? publicUrl,
      users: consoleUsers,
      guard: new SignInGuard(options.signInLockout),
    });
    const approvals = localApprovals({ env, oauth, now: options.approvalsClock });
    cleanups.push(() => approvals.close());
    router.add(
      ...oauth.routes,
      ...approvals.routes,
      ...consoleStaticRoutes(options.consoleDir ?? join(REPO_ROOT, 'console', 'dist')),
    );
    const sweeper = startSweeper(approvals.sweep, options.sweepIntervalMs ?? 60_000, log);
    cleanups.push(() => sweeper.stop());

    let handler = options.handler;
    if (!handler) {
      const filter = await loadFilterHandler(env);
      cleanups.push(filter.close);
      handler = filter.handler;
    }
    if (options.worker !== false) {
      const w = new Worker({
        queue,
        handler,
        prepare: (entry) => ensureRawInS3(s3Client, dataDir, queue, entry),
        onProcessed: (entry) => reportOutcome(messageLog, entry.submission.id, log),
        region: LOCAL_REGION,
        log,
        ...options.workerTuning,
      });
      worker = w;
      w.start();
      cleanups.push(() => w.stop());
    }

    const smtp = await listen('SMTP', () =>
      startSmtpIngress({
        host,
        port: options.smtpPort ?? 2525,
        hostname: 'localhost',
        tls,
        users,
        queue,
        s3: s3Client,
        bucket: LOCAL_BUCKET,
        maxMessageBytes,
        maxRecipients: options.maxRecipients ?? 100,
        guard: new SignInGuard(options.signInLockout),
        // Room for the outbox, DynamoDB and the notices that follow an accepted message.
        disk: {
          dir: dataDir,
          reserveBytes: options.diskReserveBytes ?? Math.min(minFreeBytes, 16 * 1024 * 1024),
        },
        onQueued: (submission) => {
          log(
            `accepted ${submission.id} from <${submission.envelope.mailFrom}> for ${submission.envelope.rcptTo.length} recipient(s)`,
          );
          worker?.wake();
        },
        log,
      }),
    );
    // Closed first on stop (cleanups run in reverse): no new mail while the rest winds down.
    cleanups.push(async () => {
      smtpListening = false;
      await smtp.close();
    });
    smtpListening = true;
    smtpPort = smtp.port;

    let stopping: Promise<void> | undefined;
    return {
      smtpPort,
      httpPort: http.port,
      host,
      publicUrl,
      dataDir,
      outboxDir: outbox.dir,
      devCredentials: dev,
      certificateFingerprint: tls.fingerprint256,
      endpoints,
      tableName: LOCAL_TABLE,
      bucket: LOCAL_BUCKET,
      health,
      consoleUsers: consoleUsers.users,
      sweep: sweeper.runNow,
      wake: () => worker?.wake(),
      stop: () => {
        stopping ??= cleanup();
        return stopping;
      },
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

/** What the filter Lambda gets as its environment on AWS, pointed at the local stand-ins. */
export function filterEnvironment(
  endpoints: { s3: string; dynamodb: string; ses: string },
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_S3: endpoints.s3,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_SES: endpoints.ses,
    AWS_ENDPOINT_URL_SESV2: endpoints.ses,
    // s3rver stores streamed uploads with aws-chunked framing unless checksums are off.
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    // Powertools: metrics print EMF to stdout on AWS; locally that is noise.
    POWERTOOLS_METRICS_DISABLED: 'true',
    // Warnings and errors only, unless the user asks for more (POWERTOOLS_LOG_LEVEL=INFO npm start).
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL || 'WARN',
    [ENV.rawBucket]: LOCAL_BUCKET,
    [ENV.tableName]: LOCAL_TABLE,
    [ENV.notifyFrom]: 'poise@localhost.localdomain',
    [ENV.fallbackApprover]: 'approver@localhost.localdomain',
    [ENV.holdDeadlineHours]: '24',
    ...extra,
  };
}

/** Sets variables for the in-process handler; the returned function restores the previous values. */
function applyEnv(env: Record<string, string>): () => void {
  const previous = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  return () => {
    for (const [k, v] of Object.entries(previous)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

/**
 * The raw must be in S3 before the filter runs; the spool copy repairs it (e.g. s3rver lost a write).
 * Then it is fsynced: once the entry is acked the spool copy is gone, and a held message lives on in S3.
 */
async function ensureRawInS3(
  s3: S3Client,
  dataDir: string,
  queue: DiskQueue,
  entry: QueueEntry,
): Promise<void> {
  const { bucket, key } = entry.submission.raw;
  const raw = await queue.readRaw(entry.submission.id);
  let present = false;
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    present = head.ContentLength === raw.length;
  } catch (err) {
    if ((err as Error).name !== 'NotFound' && (err as Error).name !== 'NoSuchKey') throw err;
  }
  if (!present) {
    await s3.send(
      new PutObjectCommand({ Bucket: bucket, Key: key, Body: raw, ContentType: 'message/rfc822' }),
    );
  }
  // s3rver's file layout (<dir>/<bucket>/<key>._S3rver_object); s3rver itself never fsyncs.
  await fsyncFile(join(dataDir, 's3', bucket, `${key}._S3rver_object`)).catch(() => {});
}

/** One line per processed message: what happened, never what it said. */
function reportOutcome(messages: MessageLog, id: string, log: (line: string) => void): void {
  messages.get(id).then(
    (e) => {
      if (!e) return;
      const categories = e.categories.length ? ` (${e.categories.join(', ')})` : '';
      const what = e.status === 'HELD' ? 'held' : e.verdict === 'flag' ? 'relayed, flagged' : 'relayed';
      log(`${id}: ${what}${categories}`);
    },
    () => {},
  );
}

/** Runs the sweep every `intervalMs`, never two at once; failures are logged and retried next time. */
function startSweeper(
  sweep: () => Promise<SweepSummary>,
  intervalMs: number,
  log: (line: string) => void,
): { runNow(): Promise<SweepSummary>; stop(): Promise<void> } {
  let running: Promise<SweepSummary> | undefined;
  const runNow = (): Promise<SweepSummary> => {
    running ??= sweep().finally(() => {
      running = undefined;
    });
    return running;
  };
  const tick = () => {
    runNow().then(
      (s) => {
        if (s.done.length || s.failed.length) {
          log(`sweep: ${s.done.length} step(s) done, ${s.failed.length} failed`);
        }
        for (const f of s.failed) log(`sweep: ${f.kind} ${f.holdId} failed (${f.error})`);
      },
      (err: unknown) => log(`sweep failed: ${err instanceof Error ? err.message : String(err)}`),
    );
  };
  const timer = intervalMs > 0 ? setInterval(tick, intervalMs) : undefined;
  timer?.unref();
  return {
    runNow,
    stop: async () => {
      if (timer) clearInterval(timer);
      await running?.catch(() => {});
    },
  };
}

async function listen<T>(what: string, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      throw new StartError(`${what} port is not available (${(err as Error).message})`);
    }
    throw err;
  }
}

export class StartError extends Error {
  override name = 'StartError';
}

/**
 * The deployed filter's own wiring (config from env, AWS clients, adapters), built per gateway rather
 * than through the module-level `handler` so that each start gets clients for its own endpoints.
 */
async function loadFilterHandler(
  env: Record<string, string>,
): Promise<{ handler: SqsHandler; close(): void }> {
  const [{ makeAwsClients }, { loadFilterConfig, ConfigError }, { awsFilterDeps, makeFilterHandler }] =
    await Promise.all([
      import('../adapters/aws/clients'),
      import('../config'),
      import('../handlers/filter-handler'),
    ]);
  const merged = { ...process.env, ...env };
  try {
    const config = loadFilterConfig(merged);
    const clients = makeAwsClients(merged);
    return {
      handler: makeFilterHandler(
        awsFilterDeps(config, clients, {
          keyring: config.tokenKeyFile ? fileKeyring(config.tokenKeyFile) : undefined,
        }),
      ),
      close: () => {
        for (const c of Object.values(clients)) c.destroy();
      },
    };
  } catch (err) {
    if (err instanceof ConfigError) throw new StartError(`filter configuration: ${err.message}`);
    throw err;
  }
}
