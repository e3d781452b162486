// Logger and Metrics as every Poise Lambda configures them (env may override level and namespace).
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { METRICS_NAMESPACE } from '../shared/metrics';

/** POWERTOOLS_SERVICE_NAME on AWS; also the `service` dimension the alarms filter on. */
export const SERVICE_NAME = 'poise';

export function makeLogger(): Logger {
  return new Logger({ serviceName: SERVICE_NAME });
}

export function makeMetrics(): Metrics {
  return new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });
}
