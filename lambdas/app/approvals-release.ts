// Approve means relay: the held raw bytes, headers SES refuses removed as for a pass, to exactly the
// envelope recipients in chunks of 50. Idempotent per hold: a claim on the hold item keeps two
// releasers (the approver's request, a sweeper run) apart, and each sent chunk is recorded, so a
// retry sends only the chunks still missing (a crash between send and record resends one chunk).
import type { HoldItem } from '../adapters/aws/dynamo-hold-store';
import { type HoldView, holdViewFrom } from '../approvals/notifications';
import { extractMail } from '../domain/extract';
import type { RawStore, Relay } from '../ports';
import { METRIC } from '../shared/metrics';
import { chunkRecipients, prepareForSes } from './relay-plan';
import type { Telemetry } from './telemetry';

export interface ReleaseStore {
  get(id: string): Promise<HoldItem | undefined>;
  claimRelease(id: string, now: Date, until: Date): Promise<void>;
  chunkRelayed(id: string, index: number, sesMessageId: string): Promise<void>;
}

export interface ReleaseDeps {
  holds: ReleaseStore;
  rawStore: RawStore;
  relay: Relay;
  /** Largest raw message read (the filter held anything larger). */
  maxBytes: number;
  now(): Date;
  /** How long one releaser owns the hold. @default 5 minutes */
  claimMs?: number;
  /** RelaySuccess / RelayFailure by SES error, as the filter counts its relays. @default none */
  telemetry?: Telemetry;
}

/** The `relay` port of the approvals actions and the sweeper: returns the first chunk's SES message id. */
export function makeHoldRelay(deps: ReleaseDeps): (hold: HoldItem) => Promise<{ messageId: string }> {
  return async (hold) => {
    const now = deps.now();
    await deps.holds.claimRelease(hold.id, now, new Date(now.getTime() + (deps.claimMs ?? 5 * 60_000)));
    const fresh = (await deps.holds.get(hold.id)) ?? hold;
    const raw = await deps.rawStore.read(fresh.raw, { maxBytes: deps.maxBytes });
    const prepared = prepareForSes(raw);
    const chunks = chunkRecipients(fresh.envelope.rcptTo);
    const sent = { ...fresh.relayedChunks };
    for (const [index, destinations] of chunks.entries()) {
      if (sent[String(index)]) continue;
      let messageId: string;
      try {
        ({ messageId } = await deps.relay.send({
          raw: prepared.raw,
          mailFrom: fresh.envelope.mailFrom,
          destinations,
        }));
      } catch (err) {
        deps.telemetry?.relayFailure(err);
        throw err;
      }
      await deps.holds.chunkRelayed(hold.id, index, messageId);
      sent[String(index)] = messageId;
    }
    const first = sent['0'];
    if (!first) throw new Error(`hold ${hold.id} has no envelope recipients to relay to`);
    deps.telemetry?.count(METRIC.relaySuccess);
    return { messageId: first };
  };
}

/**
 * What pages and notices show about a hold: the stored facts plus the rep's text re-extracted from the
 * raw bytes (the table keeps no bodies). Without readable raw, the findings' excerpts still show.
 */
export function makeHoldViews(deps: { rawStore: RawStore; maxBytes: number }) {
  return async (hold: HoldItem): Promise<HoldView> => {
    try {
      const raw = await deps.rawStore.read(hold.raw, { maxBytes: deps.maxBytes });
      return holdViewFrom(hold, await extractMail(raw));
    } catch {
      return holdViewFrom(hold);
    }
  };
}
