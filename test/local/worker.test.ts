// The worker's contract with the filter: SQS-shaped batches in, partial batch failures decide retry,
// the DLQ after maxReceives. The handlers here are test doubles of the SQS handler signature only.
import { join } from 'node:path';
import type { SQSEvent } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiskQueue, type Submission } from '../../lambdas/local/queue';
import { type SqsHandler, Worker } from '../../lambdas/local/worker';
import { tempDir, waitFor } from './helpers';

const submission = (id: string): Submission => ({
  id,
  raw: { bucket: 'b', key: `raw/${id}.eml` },
  envelope: { mailFrom: 'rep@seller.example', rcptTo: ['a@buyer.example'] },
  receivedAt: new Date().toISOString(),
  ingress: 'local',
});

describe('Worker', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let queue: DiskQueue;
  let worker: Worker | undefined;
  const logs: string[] = [];

  beforeEach(async () => {
    dir = await tempDir();
    queue = new DiskQueue({
      dir: join(dir.path, 'q'),
      dlqDir: join(dir.path, 'dlq'),
      spoolDir: join(dir.path, 's'),
    });
    await queue.open();
  });
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
    await dir.remove();
  });

  const run = (handler: SqsHandler, tuning: { maxReceives?: number; timeoutMs?: number } = {}) => {
    worker = new Worker({
      queue,
      handler,
      log: (l) => logs.push(l),
      pollMs: 20,
      baseDelayMs: 10,
      maxDelayMs: 20,
      ...tuning,
    });
    worker.start();
  };

  it('delivers SQS-shaped records with the Submission as body and a growing receive count', async () => {
    const events: SQSEvent[] = [];
    let calls = 0;
    const s1 = submission('s1');
    await queue.enqueue(s1, Buffer.from('x'));
    run(async (event) => {
      events.push(event);
      calls++;
      return { batchItemFailures: calls === 1 ? [{ itemIdentifier: 's1' }] : [] };
    });

    await waitFor('two deliveries', () => queue.depth() === 0);

    const [first, second] = events.map((e) => e.Records[0]);
    expect(JSON.parse(first?.body ?? '')).toEqual(s1);
    expect(first?.eventSource).toBe('aws:sqs');
    expect(first?.attributes.ApproximateReceiveCount).toBe('1');
    expect(second?.attributes.ApproximateReceiveCount).toBe('2');
  });

  it('acks only the records the handler did not report as failed', async () => {
    await queue.enqueue(submission('ok'), Buffer.from('x'));
    await queue.enqueue(submission('bad'), Buffer.from('x'));
    run(async () => ({ batchItemFailures: [{ itemIdentifier: 'bad' }] }), { maxReceives: 100 });

    await waitFor('ok acked', () => queue.depth() === 1);

    expect(await queue.dlqDepth()).toBe(0);
  });

  it('moves a record that keeps failing to the DLQ after maxReceives', async () => {
    let deliveries = 0;
    await queue.enqueue(submission('s1'), Buffer.from('x'));
    run(
      async () => {
        deliveries++;
        throw new Error('handler crashed');
      },
      { maxReceives: 3 },
    );

    // The DLQ copy is written before the queue entry goes: wait for both.
    await waitFor('dead letter', async () => (await queue.dlqDepth()) === 1 && queue.depth() === 0);

    expect(deliveries).toBe(3);
    expect(logs.join('\n')).toMatch(/handler threw: Error: handler crashed/);
  });

  it('counts a handler slower than the timeout as a failure', async () => {
    let calls = 0;
    await queue.enqueue(submission('s1'), Buffer.from('x'));
    run(
      async () => {
        calls++;
        if (calls === 1) await new Promise((r) => setTimeout(r, 300));
        return { batchItemFailures: [] };
      },
      { timeoutMs: 100, maxReceives: 5 },
    );

    await waitFor('processed on the second delivery', () => queue.depth() === 0);

    expect(calls).toBe(2);
    expect(logs.join('\n')).toMatch(/timed out after 100 ms/);
  });

  it('finishes the batch in progress when stopped', async () => {
    let finished = false;
    await queue.enqueue(submission('s1'), Buffer.from('x'));
    run(async () => {
      await new Promise((r) => setTimeout(r, 200));
      finished = true;
      return { batchItemFailures: [] };
    });
    await waitFor('in flight', () => queue.inFlightCount() === 1);

    await worker?.stop();

    expect(finished).toBe(true);
    expect(queue.depth()).toBe(0);
  });
});
