import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiskQueue, type Submission } from '../../lambdas/local/queue';
import { tempDir } from './helpers';

const submission = (id: string): Submission => ({
  id,
  raw: { bucket: 'b', key: `raw/${id}.eml` },
  envelope: { mailFrom: 'rep@seller.example', rcptTo: ['a@buyer.example', 'hidden@bcc.example'] },
  receivedAt: new Date().toISOString(),
  ingress: 'local',
});

describe('DiskQueue', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let queue: DiskQueue;
  const open = async () => {
    const q = new DiskQueue({
      dir: join(dir.path, 'q'),
      dlqDir: join(dir.path, 'dlq'),
      spoolDir: join(dir.path, 'spool'),
    });
    await q.open();
    return q;
  };

  beforeEach(async () => {
    dir = await tempDir();
    queue = await open();
  });
  afterEach(() => dir.remove());

  it('keeps the Submission with its full envelope and the raw bytes on disk', async () => {
    await queue.enqueue(submission('s1'), Buffer.from('raw bytes'));

    const onDisk = JSON.parse(await readFile(join(dir.path, 'q', 's1.json'), 'utf8'));
    expect(onDisk.submission.envelope.rcptTo).toEqual(['a@buyer.example', 'hidden@bcc.example']);
    expect(await queue.readRaw('s1')).toEqual(Buffer.from('raw bytes'));
  });

  it('redelivers after a restart what was in flight, counting the earlier receive', async () => {
    await queue.enqueue(submission('s1'), Buffer.from('x'));
    const [first] = await queue.receive(10);
    expect(first?.receiveCount).toBe(1);

    const reopened = await open(); // the process "crashed" while s1 was in flight
    const [again] = await reopened.receive(10);

    expect(again?.submission.id).toBe('s1');
    expect(again?.receiveCount).toBe(2);
  });

  it('hides an entry while in flight and until its retry delay has passed', async () => {
    await queue.enqueue(submission('s1'), Buffer.from('x'));
    await queue.receive(10);
    expect(await queue.receive(10)).toEqual([]);

    await queue.retry('s1', 'boom', 60_000);

    expect(await queue.receive(10)).toEqual([]);
    expect(await queue.receive(10, Date.now() + 61_000)).toHaveLength(1);
  });

  it('removes the entry and its raw on ack', async () => {
    await queue.enqueue(submission('s1'), Buffer.from('x'));
    await queue.receive(1);

    await queue.ack('s1');

    expect(queue.depth()).toBe(0);
    expect(await readdir(join(dir.path, 'q'))).toEqual([]);
    expect(await readdir(join(dir.path, 'spool'))).toEqual([]);
  });

  it('moves a dead letter with its errors and raw bytes to the DLQ, never dropping it', async () => {
    await queue.enqueue(submission('s1'), Buffer.from('poison'));
    await queue.receive(1);
    await queue.retry('s1', 'first failure', 0);
    await queue.receive(1);

    await queue.deadLetter('s1', 'second failure');

    expect(queue.depth()).toBe(0);
    expect(await queue.dlqDepth()).toBe(1);
    const dead = JSON.parse(await readFile(join(dir.path, 'dlq', 's1.json'), 'utf8'));
    expect(dead.errors.map((e: { error: string }) => e.error)).toEqual(['first failure', 'second failure']);
    expect(dead.receiveCount).toBe(2);
    expect(await readFile(join(dir.path, 'dlq', 's1.eml'), 'utf8')).toBe('poison');
  });

  it('refuses ids that would escape the queue directory', async () => {
    await expect(queue.enqueue(submission('../evil'), Buffer.from('x'))).rejects.toThrow(
      /invalid submission id/,
    );
  });
});
