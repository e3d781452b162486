// The local outbox: every message the SES stand-in accepted, as exact raw bytes (<id>.eml) plus a JSON
// sidecar with the envelope and the upstream relay state. Nothing is deleted: it is the record of what
// "SES" was asked to send.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sweepTempFiles, TEMP_PREFIX, writeFileDurable } from './fsutil';

export type RelayState = 'stored' | 'pending' | 'relayed' | 'rejected';

export interface OutboxRecord {
  messageId: string;
  acceptedAt: string;
  /** Which API call produced it, e.g. `ses:SendRawEmail`, `sesv2:SendEmail`. */
  api: string;
  source: string;
  destinations: string[];
  /** Where the destinations came from: the API call, or the message headers when the call named none. */
  destinationSource: 'request' | 'headers';
  subject: string;
  bytes: number;
  sha256: string;
  relay: {
    /**
     * stored: no upstream configured; pending: waiting for (another) attempt; relayed: upstream said 250;
     * rejected: upstream refused it for good (5xx).
     */
    state: RelayState;
    attempts: number;
    lastError?: string;
    nextAttemptAt?: string;
    relayedAt?: string;
    upstreamResponse?: string;
  };
}

export class Outbox {
  constructor(readonly dir: string) {}

  async open(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await sweepTempFiles(this.dir);
  }

  emlPath(messageId: string): string {
    return join(this.dir, `${messageId}.eml`);
  }

  /** Raw first, then the sidecar: a sidecar always points at complete bytes. */
  async add(
    raw: Buffer,
    fields: Omit<OutboxRecord, 'bytes' | 'sha256' | 'acceptedAt' | 'relay'>,
    relayEnabled: boolean,
  ): Promise<OutboxRecord> {
    const record: OutboxRecord = {
      ...fields,
      acceptedAt: new Date().toISOString(),
      bytes: raw.length,
      sha256: createHash('sha256').update(raw).digest('hex'),
      relay: { state: relayEnabled ? 'pending' : 'stored', attempts: 0 },
    };
    await writeFileDurable(this.emlPath(record.messageId), raw);
    await this.save(record);
    return record;
  }

  save(record: OutboxRecord): Promise<void> {
    return writeFileDurable(
      join(this.dir, `${record.messageId}.json`),
      `${JSON.stringify(record, null, 2)}\n`,
    );
  }

  readRaw(messageId: string): Promise<Buffer> {
    return readFile(this.emlPath(messageId));
  }

  /** All records, newest first. */
  async list(): Promise<OutboxRecord[]> {
    const names = (await readdir(this.dir)).filter((n) => n.endsWith('.json') && !n.startsWith(TEMP_PREFIX));
    const records = await Promise.all(
      names.map(async (n) => JSON.parse(await readFile(join(this.dir, n), 'utf8')) as OutboxRecord),
    );
    return records.sort((a, b) => b.acceptedAt.localeCompare(a.acceptedAt));
  }
}
