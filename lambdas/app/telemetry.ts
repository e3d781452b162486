// Counting with Powertools Metrics (EMF). Dimensioned counts go out as single metrics (one dimension
// set each); plain counts keep only the default `service` dimension the alarms use.
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { DIMENSION, METRIC, type MetricName } from '../shared/metrics';

type Unit = (typeof MetricUnit)[keyof typeof MetricUnit];

export function count(metrics: Metrics, name: MetricName, value = 1, unit: Unit = MetricUnit.Count): void {
  metrics.addMetric(name, unit, value);
}

/** Published at once, with `service` plus the given dimension. */
export function countBy(metrics: Metrics, name: MetricName, dimension: string, value: string): void {
  const single = metrics.singleMetric();
  single.addDimension(dimension, value);
  single.addMetric(name, MetricUnit.Count, 1);
}

/**
 * RelayFailure twice, both at once (a crash must not swallow them): plain, for the alarm on
 * `service` only, and by `Error` for the dashboard.
 */
export function countRelayFailure(metrics: Metrics, error: string): void {
  metrics.singleMetric().addMetric(METRIC.relayFailure, MetricUnit.Count, 1);
  countBy(metrics, METRIC.relayFailure, DIMENSION.error, error);
}
