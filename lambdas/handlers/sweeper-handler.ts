// Sweeper Lambda: an EventBridge schedule → one sweep. Failed steps are logged by hold id and kind
// (never content) and counted; the next scheduled run retries them. A whole-run failure throws, so
// the function's Errors metric shows it.
import type { Logger } from '@aws-lambda-powertools/logger';
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import type { SweepSummary } from '../app/sweep';

export type SweeperHandler = (event: unknown, context: Context) => Promise<SweepSummary>;

export function makeSweeperHandler(deps: {
  sweep: () => Promise<SweepSummary>;
  logger: Logger;
  metrics: Metrics;
}): SweeperHandler {
  const { logger, metrics } = deps;
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
      });
      metrics.addMetric('SweepStepsDone', MetricUnit.Count, summary.done.length);
      metrics.addMetric('SweepStepsFailed', MetricUnit.Count, summary.failed.length);
      return summary;
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}
