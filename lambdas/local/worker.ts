// Feeds queued Submissions to the filter handler exactly as the SQS event source mapping would:
// SQS-shaped batches, a Lambda-like context, partial batch failures → retry with backoff, and after
// maxReceives deliveries the DLQ (redrive policy).
import { createHash, randomUUID } from 'node:crypto';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { DiskQueue, QueueEntry } from './queue';

export type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | undefined>;

export interface WorkerOptions {
  queue: DiskQueue;
  handler: SqsHandler;
  /** Runs before each delivery; throwing fails that entry (e.g. raw missing from S3 and unrepairable). */
  prepare?: (entry: QueueEntry) => Promise<void>;
  batchSize?: number;
  maxReceives?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Like the Lambda timeout: the batch counts as failed when the handler takes longer. */
  timeoutMs?: number;
  /** Called after an entry was processed and acked (the start-up output reports it). */
  onProcessed?: (entry: QueueEntry) => void;
  /** Longest idle sleep between queue checks. */
  pollMs?: number;
  region?: string;
  log: (line: string) => void;
}

/**
 * Like an SQS redrive policy: the retries must outlast the handler timeout, because the filter's
 * idempotency lock from a crashed attempt only expires with it (2+4+8+16+32 s > 30 s).
 */
export const DEFAULTS = { maxReceives: 6, baseDelayMs: 2000, maxDelayMs: 60_000, timeoutMs: 30_000 };

const QUEUE_ARN = 'arn:aws:sqs:us-east-1:000000000000:poise-local-submissions';

export class Worker {
  private stopped = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;

  constructor(private readonly opts: WorkerOptions) {}

  start(): void {
    this.loop ??= this.run();
  }

  /** New work: skip the rest of the idle sleep. */
  wake(): void {
    this.wakeUp?.();
  }

  /** Finishes the batch in progress (its entries are acked or retried), then stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.loop;
  }

  private async run(): Promise<void> {
    const { queue, batchSize = 10, pollMs = 1000 } = this.opts;
    while (!this.stopped) {
      let batch: QueueEntry[] = [];
      try {
        batch = await queue.receive(batchSize);
        if (batch.length) await this.deliver(batch);
      } catch (err) {
        // Queue I/O failed (disk): leave entries for the next run instead of spinning.
        this.opts.log(`worker: ${err instanceof Error ? err.message : String(err)}`);
        for (const e of batch) queue.release(e.submission.id);
        await this.sleep(pollMs);
        continue;
      }
      if (batch.length) continue;
      const next = queue.nextVisibleAt();
      const wait = next === undefined ? pollMs : Math.max(0, Math.min(pollMs, next - Date.now()));
      await this.sleep(wait);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.wakeUp = undefined;
        resolve();
      }
      this.wakeUp = done;
    });
  }

  private async deliver(batch: QueueEntry[]): Promise<void> {
    const { queue, log } = this.opts;
    const failed = new Map<string, string>();
    const ready: QueueEntry[] = [];
    for (const entry of batch) {
      try {
        await this.opts.prepare?.(entry);
        ready.push(entry);
      } catch (err) {
        failed.set(entry.submission.id, `prepare: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    if (ready.length) {
      const result = await this.invoke(ready);
      for (const entry of ready) {
        const error =
          result.failedAll ?? (result.failed.has(entry.submission.id) ? result.reason : undefined);
        if (error) failed.set(entry.submission.id, error);
      }
    }
    for (const entry of batch) {
      const id = entry.submission.id;
      const error = failed.get(id);
      if (!error) {
        await queue.ack(id);
        this.opts.onProcessed?.(entry);
        continue;
      }
      const maxReceives = this.opts.maxReceives ?? DEFAULTS.maxReceives;
      if (entry.receiveCount >= maxReceives) {
        log(`worker: ${id} failed ${entry.receiveCount} times, moved to the DLQ: ${error}`);
        await queue.deadLetter(id, error);
      } else {
        const delay = Math.min(
          (this.opts.baseDelayMs ?? DEFAULTS.baseDelayMs) * 2 ** (entry.receiveCount - 1),
          this.opts.maxDelayMs ?? DEFAULTS.maxDelayMs,
        );
        log(
          `worker: ${id} failed (attempt ${entry.receiveCount}/${maxReceives}), retry in ${delay} ms: ${error}`,
        );
        await queue.retry(id, error, delay);
      }
    }
  }

  private async invoke(
    entries: QueueEntry[],
  ): Promise<{ failed: Set<string>; reason: string; failedAll?: string }> {
    const timeoutMs = this.opts.timeoutMs ?? DEFAULTS.timeoutMs;
    const deadline = Date.now() + timeoutMs;
    const event: SQSEvent = { Records: entries.map((e) => toRecord(e, this.opts.region ?? 'us-east-1')) };
    let timer: NodeJS.Timeout | undefined;
    try {
      const response = await Promise.race([
        this.opts.handler(event, lambdaContext(deadline)),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`handler timed out after ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      const ids = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
      return { failed: ids, reason: 'the filter reported a batch item failure (see its log)' };
    } catch (err) {
      return { failed: new Set(), reason: '', failedAll: `handler threw: ${describe(err)}` };
    } finally {
      clearTimeout(timer);
    }
  }
}

function toRecord(entry: QueueEntry, region: string): SQSRecord {
  const body = JSON.stringify(entry.submission);
  return {
    // The submission id doubles as the SQS message id: unique per queue entry, and readable in logs.
    messageId: entry.submission.id,
    receiptHandle: `${entry.submission.id}#${entry.receiveCount}`,
    body,
    attributes: {
      ApproximateReceiveCount: String(entry.receiveCount),
      SentTimestamp: String(entry.sentAt),
      SenderId: 'poise-local-smtp',
      ApproximateFirstReceiveTimestamp: String(entry.sentAt),
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: QUEUE_ARN.replace('us-east-1', region),
    awsRegion: region,
  };
}

function lambdaContext(deadline: number): Context {
  const noop = () => {};
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'poise-filter-local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:poise-filter-local',
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: '/aws/lambda/poise-filter-local',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: noop,
    fail: noop,
    succeed: noop,
  };
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
