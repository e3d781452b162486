// Deployed entry point of the approvals Lambda: config and clients once per cold start; the keyring
// secret is read on first use and cached for the life of the environment.
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { makeAwsClients } from '../adapters/aws/clients';
import { makeApprovalsApi } from '../app/approvals-api';
import { Telemetry } from '../app/telemetry';
import { loadApprovalsConfig } from '../config';
import { approvalsApiDeps, awsApprovalsWiring, logFields } from './approvals-deps';
import { makeApprovalsHandler } from './approvals-handler';
import { makeLogger, makeMetrics } from './powertools';

const config = loadApprovalsConfig();
const logger = makeLogger();
const metrics = makeMetrics();
const wiring = awsApprovalsWiring(config, makeAwsClients(), new SecretsManagerClient({}), {
  telemetry: new Telemetry(metrics, logger),
});

export const handler = makeApprovalsHandler({
  api: makeApprovalsApi(approvalsApiDeps(config, wiring, logFields(logger))),
  logger,
  metrics,
});
