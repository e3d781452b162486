// Counting with Powertools Metrics (EMF). Dimensioned counts go out as single metrics (one dimension
// set each); plain counts keep only the default `service` dimension the alarms use. A metric that
// cannot be emitted is logged and dropped: telemetry must never fail or retry a message.
import type { Logger } from '@aws-lambda-powertools/logger';
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { DIMENSION, METRIC, type MetricName } from '../shared/metrics';
import { RelayRejectedError } from './errors';

type Unit = (typeof MetricUnit)[keyof typeof MetricUnit];

export class Telemetry {
  constructor(
    private readonly metrics: Metrics,
    private readonly logger: Logger,
  ) {}

  count(name: MetricName, value = 1, unit: Unit = MetricUnit.Count): void {
    this.guard(name, () => this.metrics.addMetric(name, unit, value));
  }

  /** Published at once, with `service` plus the given dimension. */
  countBy(name: MetricName, dimension: string, value: string): void {
    this.guard(name, () => {
      const single = this.metrics.singleMetric();
      single.addDimension(dimension, value);
      single.addMetric(name, MetricUnit.Count, 1);
    });
  }

  /**
   * RelayFailure twice, both at once (a crash must not swallow them): plain, for the alarm on
   * `service` only, and by `Error` (the SES error code of a refusal, else the error's name) for the dashboard.
   */
  relayFailure(err: unknown): void {
    const error = err instanceof RelayRejectedError ? err.code : err instanceof Error ? err.name : 'Unknown';
    this.guard(METRIC.relayFailure, () =>
      this.metrics.singleMetric().addMetric(METRIC.relayFailure, MetricUnit.Count, 1),
    );
    this.countBy(METRIC.relayFailure, DIMENSION.error, error);
  }

  /** A hold decision (HoldsApproved|Rejected|Expired) and, for a person's decision, TimeToDecision. */
  holdDecision(decision: 'approved' | 'rejected' | 'expired', seconds?: number): void {
    const name = {
      approved: METRIC.holdsApproved,
      rejected: METRIC.holdsRejected,
      expired: METRIC.holdsExpired,
    }[decision];
    this.count(name);
    if (seconds !== undefined) this.count(METRIC.timeToDecision, seconds, MetricUnit.Seconds);
  }

  private guard(name: string, emit: () => void): void {
    try {
      emit();
    } catch (err) {
      this.logger.warn('metric not emitted', { metric: name, error: (err as Error).message });
    }
  }
}

/** Flushes stored metrics; a failure here must not fail the invocation. */
export function publish(metrics: Metrics, logger: Logger): void {
  try {
    metrics.publishStoredMetrics();
  } catch (err) {
    logger.warn('metrics not published', { error: (err as Error).message });
  }
}
