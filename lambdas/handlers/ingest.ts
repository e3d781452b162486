// Deployed entry point of the ingest Lambda: config and clients once per cold start.
import { makeAwsClients } from '../adapters/aws/clients';
import { loadIngestConfig } from '../config';
import { awsIngestDeps, makeIngestHandler } from './ingest-handler';

export const handler = makeIngestHandler(awsIngestDeps(loadIngestConfig(), makeAwsClients()));
