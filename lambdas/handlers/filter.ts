// Deployed entry point of the filter Lambda: config and clients once per cold start.
import { makeAwsClients } from '../adapters/aws/clients';
import { loadFilterConfig } from '../config';
import { awsFilterDeps, makeFilterHandler } from './filter-handler';

export const handler = makeFilterHandler(awsFilterDeps(loadFilterConfig(), makeAwsClients()));
