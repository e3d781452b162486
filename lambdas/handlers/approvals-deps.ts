// The approvals and sweeper Lambdas' ports over AWS clients (or local endpoints): one place that
// builds the hold store, directory, keyring, mail, relay, views and metrics both Lambdas share.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { AwsClients } from '../adapters/aws/clients';
import { cachedDirectory, DynamoDirectoryStore } from '../adapters/aws/dynamo-directory-store';
import type { HoldItem } from '../adapters/aws/dynamo-hold-store';
import { DynamoHoldStore } from '../adapters/aws/dynamo-hold-store';
import { S3RawStore } from '../adapters/aws/s3-raw-store';
import { secretKeyring } from '../adapters/aws/secrets-keyring';
import { SesMailSender } from '../adapters/aws/ses-mail-sender';
import { SesRelay } from '../adapters/aws/ses-relay';
import type { ApprovalsApiDeps, DirectoryAdminStore } from '../app/approvals-api';
import { makeHoldRelay, makeHoldViews } from '../app/approvals-release';
import type { SweepDeps } from '../app/sweep';
import type { Telemetry } from '../app/telemetry';
import type { Directory } from '../approvals/directory';
import { type HoldView, type NoticeOptions, repRejectMail } from '../approvals/notifications';
import type { Keyring } from '../approvals/tokens';
import type { ApprovalsConfig } from '../config';
import { DynamoMetrics } from '../metrics/dynamo-counters';

/** How long a warm Lambda trusts its copy of the directory before reading it again. */
export const DIRECTORY_CACHE_MS = 60_000;

export interface ApprovalsWiring {
  holds: DynamoHoldStore;
  directory(): Promise<Directory>;
  /** Read and replace the stored directory (admins in the console); a replace refreshes directory(). */
  directoryStore: DirectoryAdminStore;
  /** The daily counters: the hold store adds decisions, the metrics page reads them. */
  metrics: DynamoMetrics;
  keyring(): Promise<Keyring>;
  mailer: SesMailSender;
  relay(hold: HoldItem): Promise<{ messageId: string }>;
  view(hold: HoldItem): Promise<HoldView>;
  notice: NoticeOptions;
}

export function awsApprovalsWiring(
  config: ApprovalsConfig,
  clients: AwsClients,
  secrets: SecretsManagerClient,
  opts: {
    now?: () => Date;
    keyring?: () => Promise<Keyring>;
    directoryCacheMs?: number;
    /** Hold decisions and release relays as CloudWatch metrics; the handler publishes them. @default none */
    telemetry?: Telemetry;
  } = {},
): ApprovalsWiring {
  const now = opts.now ?? (() => new Date());
  const metrics = new DynamoMetrics(clients.dynamodb, config.tableName);
  const holds = new DynamoHoldStore(clients.dynamodb, config.tableName, {
    counters: metrics,
    telemetry: opts.telemetry,
  });
  const rawStore = new S3RawStore(clients.s3);
  const directories = new DynamoDirectoryStore(clients.dynamodb, config.tableName);
  const load = () => directories.load(config.fallbackApprover);
  const cached = () => cachedDirectory(load, opts.directoryCacheMs ?? DIRECTORY_CACHE_MS);
  let directory = cached();
  return {
    holds,
    directory: () => directory(),
    directoryStore: {
      load,
      async replace(next, at) {
        const summary = await directories.replace(next, at);
        // This instance sees the new directory at once; other warm ones within the cache TTL.
        directory = cached();
        return summary;
      },
    },
    metrics,
    keyring: opts.keyring ?? secretKeyring(secrets, config.tokenSecretId),
    mailer: new SesMailSender(clients.sesV2, config.sesConfigurationSet, now),
    relay: makeHoldRelay({
      holds,
      rawStore,
      relay: new SesRelay(clients.ses, clients.sesV2, config.sesConfigurationSet),
      maxBytes: config.maxMessageBytes,
      now,
      telemetry: opts.telemetry,
    }),
    view: makeHoldViews({ rawStore, maxBytes: config.maxMessageBytes }),
    notice: { from: config.notifyFrom },
  };
}

/** The API's small log port over a Powertools Logger. */
export function logFields(logger: Logger): ApprovalsApiDeps['log'] {
  return {
    info: (message, fields = {}) => logger.info(message, fields),
    warn: (message, fields = {}) => logger.warn(message, fields),
    error: (message, fields = {}) => logger.error(message, fields),
  };
}

/** The approvals API's ports from the shared wiring. */
export function approvalsApiDeps(
  config: ApprovalsConfig,
  w: ApprovalsWiring,
  log: ApprovalsApiDeps['log'],
  now: () => Date = () => new Date(),
): ApprovalsApiDeps {
  return {
    holds: w.holds,
    directory: w.directory,
    directoryStore: w.directoryStore,
    metrics: w.metrics,
    keyring: w.keyring,
    relay: w.relay,
    notifyRejected: async (hold, decision) => {
      if (!hold.rep) return; // the null sender has nobody to tell
      await w.mailer.send(repRejectMail(await w.view(hold), decision, w.notice));
    },
    view: w.view,
    now,
    publicUrl: config.publicUrl,
    consoleUrl: config.consoleUrl,
    log,
  };
}

/** The sweeper's ports from the shared wiring. */
export function sweepDeps(
  config: ApprovalsConfig,
  w: ApprovalsWiring,
  now: () => Date = () => new Date(),
): SweepDeps {
  return {
    holds: w.holds,
    directory: w.directory,
    keyring: w.keyring,
    mailer: w.mailer,
    relay: w.relay,
    view: w.view,
    notice: w.notice,
    publicUrl: config.publicUrl,
    policy: config.policy,
    now,
  };
}
