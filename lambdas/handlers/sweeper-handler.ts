// Sweeper Lambda: an EventBridge schedule → one sweep. Failed steps are logged by hold id and kind
// (never content) and counted; the next scheduled run retries them. A whole-run failure throws, so
// the function's Errors metric shows it. Every run also reports the hold backlog (dashboard and the
// past-deadline alarm), zeros included, so "no data" means the sweeper did not run.
import type { Logger } from '@aws-lambda-powertools/logger';
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import type { SweepSummary } from '../app/sweep';
import { publish, Telemetry } from '../app/telemetry';
import { METRIC } from '../shared/metrics';

export type SweeperHandler = (event: unknown, context: Context) => Promise<SweepSummary>;

export function makeSweeperHandler(deps: {
  sweep: () => Promise<SweepSummary>;
  logger: Logger;
  metrics: Metrics;
}): SweeperHandler {
  const { logger, metrics } = deps;
  const telemetry = new Telemetry(metrics, logger);
  return async (_event, context) => {
    logger.addContext(context);
    try {
      const summary = await deps.sweep();
      for (const f of summary.failed) logger.error('sweep step failed', f);
      logger.info('sweep done', {
        considered: summary.considered,
        done: summary.done,
        skipped: summary.skipped,
        failed: summary.failed.length,
        backlog: summary.backlog,
      });
      telemetry.count(METRIC.sweepStepsDone, summary.done.length);
      telemetry.count(METRIC.sweepStepsFailed, summary.failed.length);
      const { backlog } = summary;
      telemetry.count(METRIC.holdBacklog, backlog.held);
      telemetry.count(METRIC.oldestHoldAgeSeconds, backlog.oldestAgeSeconds, MetricUnit.Seconds);
      telemetry.count(METRIC.holdsPastDeadline, backlog.pastDeadline);
      return summary;
    } finally {
      publish(metrics, logger);
    }
  };
}
