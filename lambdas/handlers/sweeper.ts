// Deployed entry point of the sweeper Lambda (EventBridge schedule).
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { makeAwsClients } from '../adapters/aws/clients';
import { runSweep } from '../app/sweep';
import { Telemetry } from '../app/telemetry';
import { loadApprovalsConfig } from '../config';
import { awsApprovalsWiring, sweepDeps } from './approvals-deps';
import { makeLogger, makeMetrics } from './powertools';
import { makeSweeperHandler } from './sweeper-handler';

const config = loadApprovalsConfig();
const logger = makeLogger();
// One Metrics for the run's counts and the expiries it decides; the handler publishes both.
const metrics = makeMetrics();
const deps = sweepDeps(
  config,
  awsApprovalsWiring(config, makeAwsClients(), new SecretsManagerClient({}), {
    telemetry: new Telemetry(metrics, logger),
  }),
);

export const handler = makeSweeperHandler({ sweep: () => runSweep(deps), logger, metrics });
