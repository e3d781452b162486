// Deployed entry point of the sweeper Lambda (EventBridge schedule).
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { makeAwsClients } from '../adapters/aws/clients';
import { runSweep } from '../app/sweep';
import { loadApprovalsConfig } from '../config';
import { awsApprovalsWiring, sweepDeps } from './approvals-deps';
import { makeLogger, makeMetrics } from './powertools';
import { makeSweeperHandler } from './sweeper-handler';

const config = loadApprovalsConfig();
const deps = sweepDeps(config, awsApprovalsWiring(config, makeAwsClients(), new SecretsManagerClient({})));

export const handler = makeSweeperHandler({
  sweep: () => runSweep(deps),
  logger: makeLogger(),
  metrics: makeMetrics(),
});
