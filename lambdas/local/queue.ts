// Durable on-disk queue standing in for SQS: one JSON file per Submission, written before SMTP says 250.
// Receive counts are persisted before each delivery, so a message that crashes the process still reaches
// the DLQ after maxReceives, as with an SQS redrive policy.
import { mkdir, readdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Submission } from '../ports';
import { fsyncDir, removeDurable, sweepTempFiles, TEMP_PREFIX, writeFileDurable } from './fsutil';

/** The message every ingress puts on the queue (lambdas/ports.ts): the filter validates it again. */
export type { Submission };

export interface QueueEntry {
  submission: Submission;
  /** Deliveries so far, counting the one in progress (SQS ApproximateReceiveCount). */
  receiveCount: number;
  sentAt: number;
  /** Not visible before this time (ms epoch): retry backoff. */
  notBefore: number;
  errors: Array<{ at: string; error: string }>;
}

export interface QueueOptions {
  dir: string;
  dlqDir: string;
  spoolDir: string;
}

const ID_RE = /^[A-Za-z0-9._-]+$/;

export class DiskQueue {
  private readonly entries = new Map<string, QueueEntry>();
  private readonly inFlight = new Set<string>();

  constructor(private readonly opts: QueueOptions) {}

  /** Creates the directories and loads what a previous run left: everything becomes visible again. */
  async open(): Promise<void> {
    for (const dir of [this.opts.dir, this.opts.dlqDir, this.opts.spoolDir]) {
      await mkdir(dir, { recursive: true });
      await sweepTempFiles(dir);
    }
    for (const name of await readdir(this.opts.dir)) {
      if (!name.endsWith('.json') || name.startsWith(TEMP_PREFIX)) continue;
      const entry = JSON.parse(await readFile(join(this.opts.dir, name), 'utf8')) as QueueEntry;
      // A restart is a visibility timeout expiring: in-flight work is redelivered now.
      this.entries.set(entry.submission.id, { ...entry, notBefore: 0 });
    }
  }

  rawPath(id: string): string {
    return join(this.opts.spoolDir, `${checkId(id)}.eml`);
  }

  /** Makes the raw bytes and the Submission durable; only then may the caller answer 250. */
  async enqueue(submission: Submission, raw: Buffer): Promise<void> {
    const id = checkId(submission.id);
    await writeFileDurable(this.rawPath(id), raw, 0o600);
    const entry: QueueEntry = { submission, receiveCount: 0, sentAt: Date.now(), notBefore: 0, errors: [] };
    try {
      await writeFileDurable(this.entryPath(id), JSON.stringify(entry), 0o600);
    } catch (err) {
      // Not acknowledged, so not ours to keep: the client retries after the 4xx.
      await removeDurable(this.rawPath(id)).catch(() => {});
      throw err;
    }
    this.entries.set(id, entry);
  }

  readRaw(id: string): Promise<Buffer> {
    return readFile(this.rawPath(id));
  }

  /** Up to `max` visible entries, oldest first; they stay invisible until acked, retried or dead-lettered. */
  async receive(max: number, now = Date.now()): Promise<QueueEntry[]> {
    const ready = [...this.entries.values()]
      .filter((e) => !this.inFlight.has(e.submission.id) && e.notBefore <= now)
      .sort((a, b) => a.sentAt - b.sentAt)
      .slice(0, max);
    for (const entry of ready) {
      this.inFlight.add(entry.submission.id);
      entry.receiveCount += 1;
      await this.persist(entry);
    }
    return ready;
  }

  /** Processed: the entry and its spooled raw go away. */
  async ack(id: string): Promise<void> {
    await removeDurable(this.entryPath(id));
    await removeDurable(this.rawPath(id));
    this.entries.delete(id);
    this.inFlight.delete(id);
  }

  /** Failed delivery: visible again after `delayMs`. */
  async retry(id: string, error: string, delayMs: number): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry) return;
    entry.errors = [...entry.errors, { at: new Date().toISOString(), error }].slice(-10);
    entry.notBefore = Date.now() + delayMs;
    await this.persist(entry);
    this.inFlight.delete(id);
  }

  /** Gave up: the entry moves to the DLQ with its errors and raw bytes, never dropped. */
  async deadLetter(id: string, error: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry) return;
    entry.errors = [...entry.errors, { at: new Date().toISOString(), error }].slice(-10);
    const dead = { ...entry, deadLetteredAt: new Date().toISOString() };
    await writeFileDurable(join(this.opts.dlqDir, `${id}.json`), JSON.stringify(dead, null, 2), 0o600);
    await rename(this.rawPath(id), join(this.opts.dlqDir, `${id}.eml`)).catch(() => {});
    await fsyncDir(this.opts.dlqDir);
    await removeDurable(this.entryPath(id));
    await fsyncDir(this.opts.spoolDir);
    this.entries.delete(id);
    this.inFlight.delete(id);
  }

  /** Releases in-flight entries without counting a failure (shutdown). */
  release(id: string): void {
    this.inFlight.delete(id);
  }

  depth(): number {
    return this.entries.size;
  }

  inFlightCount(): number {
    return this.inFlight.size;
  }

  /** Soonest time an entry becomes visible, or undefined when the queue is empty. */
  nextVisibleAt(): number | undefined {
    let next: number | undefined;
    for (const e of this.entries.values()) {
      if (this.inFlight.has(e.submission.id)) continue;
      if (next === undefined || e.notBefore < next) next = e.notBefore;
    }
    return next;
  }

  async dlqDepth(): Promise<number> {
    const names = await readdir(this.opts.dlqDir);
    return names.filter((n) => n.endsWith('.json') && !n.startsWith(TEMP_PREFIX)).length;
  }

  private entryPath(id: string): string {
    return join(this.opts.dir, `${checkId(id)}.json`);
  }

  private persist(entry: QueueEntry): Promise<void> {
    return writeFileDurable(this.entryPath(entry.submission.id), JSON.stringify(entry), 0o600);
  }
}

function checkId(id: string): string {
  // Ids become file names: never let one escape the directory.
  if (!ID_RE.test(id) || id.startsWith('.')) throw new Error(`invalid submission id: ${JSON.stringify(id)}`);
  return id;
}
