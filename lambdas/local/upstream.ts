// Relays outbox messages to POISE_UPSTREAM_SMTP with the exact envelope SES was given, retrying with
// backoff on temporary failures (4xx, network) until the upstream accepts; a 5xx refusal is recorded
// and not retried. A message stays in the outbox whatever happens.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Outbox, OutboxRecord } from './outbox';

export interface UpstreamOptions {
  outbox: Outbox;
  /** `smtp://[user:pass@]host:port` (nodemailer URL syntax, query options allowed). */
  url: string;
  log: (line: string) => void;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export class UpstreamRelay {
  private readonly transport: Transporter;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(private readonly opts: UpstreamOptions) {
    this.transport = nodemailer.createTransport(opts.url);
  }

  /** Picks up messages still pending from a previous run. */
  async resume(): Promise<void> {
    for (const record of await this.opts.outbox.list()) {
      if (record.relay.state === 'pending') this.schedule(record, 0);
    }
  }

  schedule(record: OutboxRecord, delayMs: number): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.running.has(record.messageId)) return;
      const p = this.attempt(record).finally(() => this.running.delete(record.messageId));
      this.running.set(record.messageId, p);
    }, delayMs);
    this.timers.add(timer);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await Promise.allSettled(this.running.values());
    this.transport.close();
  }

  private async attempt(record: OutboxRecord): Promise<void> {
    const { outbox, log } = this.opts;
    record.relay.attempts += 1;
    try {
      const raw = await outbox.readRaw(record.messageId);
      const info = await this.transport.sendMail({
        envelope: { from: record.source, to: record.destinations },
        raw,
      });
      record.relay = {
        ...record.relay,
        state: 'relayed',
        relayedAt: new Date().toISOString(),
        upstreamResponse: String(info.response ?? ''),
        lastError: undefined,
        nextAttemptAt: undefined,
      };
      await outbox.save(record);
      log(`upstream: relayed ${record.messageId} to ${record.destinations.length} recipient(s)`);
    } catch (err) {
      const code = (err as { responseCode?: number }).responseCode;
      record.relay.lastError = err instanceof Error ? err.message : String(err);
      if (code !== undefined && code >= 500 && code < 600) {
        // A permanent refusal: retrying cannot help. It stays in the outbox, marked for a human.
        record.relay.state = 'rejected';
        record.relay.nextAttemptAt = undefined;
        await outbox.save(record).catch(() => {});
        log(`upstream: ${record.messageId} refused for good (${record.relay.lastError}); kept in the outbox`);
        return;
      }
      const delay = Math.min(
        (this.opts.baseDelayMs ?? 1000) * 2 ** (record.relay.attempts - 1),
        this.opts.maxDelayMs ?? 300_000,
      );
      record.relay.nextAttemptAt = new Date(Date.now() + delay).toISOString();
      await outbox.save(record).catch(() => {});
      log(`upstream: relay of ${record.messageId} failed (${record.relay.lastError}); retry in ${delay} ms`);
      this.schedule(record, delay);
    }
  }
}
