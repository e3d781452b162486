// HoldStore on DynamoDB: the hold item (MSG#<id> / HOLD, written by the outcome log when the filter
// holds a message), its guarded transitions and their audit events. Only GetItem/PutItem/UpdateItem/
// Query: dynalite has no transactions, so the audit event is a second write after the state change
// (keyed by the event name, so it is written at most once; a crash between the two loses the event
// item but not the decision, which the hold item itself records: decidedBy/decidedAt/via).
import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Telemetry } from '../../app/telemetry';
import type { HoldStore } from '../../approvals/actions';
import { HoldConflict, InvalidInput } from '../../approvals/errors';
import {
  HOLD_STATUSES,
  type HoldState,
  type HoldStatus,
  type HoldUpdate,
  toConditionalUpdate,
} from '../../approvals/hold';
import type { Finding } from '../../domain/types';
import { decisionCountsFor, decisionMark, recordDecision } from '../../metrics/decisions';
import type { MetricsCounters } from '../../metrics/ports';
import type { RawRef } from '../../ports';
import { TABLE } from '../../shared/contract';
import { MARSHALL, putOnce } from './dynamo-put-once';
import { keys } from './table-keys';

/** The hold item as the outcome log writes it, plus what the approvals flow adds. */
export interface HoldItem extends HoldState {
  reason: string;
  findings: Finding[];
  envelope: { mailFrom: string; rcptTo: string[] };
  raw: RawRef;
  approverSource?: 'directory' | 'fallback';
  /** Sanitized subject, set by the filter; absent on holds written before it was stored. */
  subject?: string;
  /** Chunk index → SES message id, for chunks of the release already sent. */
  relayedChunks: Record<string, string>;
}

export interface HoldPage {
  holds: HoldItem[];
  /** Opaque; pass back as `cursor` for the next page. */
  cursor?: string;
}

/** Sort order of a listing: by deadline (HELD, approver), by decision time (decided statuses). */
export type ListOrder = 'asc' | 'desc';

export interface ListOptions {
  limit?: number;
  cursor?: string;
  /** @default 'asc' (soonest deadline, or oldest decision, first) */
  order?: ListOrder;
}

export interface DynamoHoldStoreOptions {
  /**
   * Extra attributes to SET in the same conditional write.
   * @default none
   */
  alsoSet?: (update: HoldUpdate) => Record<string, unknown>;
  /**
   * Daily decision counters: HELD → APPROVED|REJECTED|EXPIRED carries the metrics `decisionMark` in
   * its conditional write (only the winner counts) and adds the counts after it.
   * @default none (no decision metrics)
   */
  counters?: MetricsCounters;
  /**
   * With `counters`: also emits the decision as CloudWatch metrics (HoldsApproved|Rejected|Expired,
   * TimeToDecision), once per won transition. The caller publishes them.
   * @default none
   */
  telemetry?: Telemetry;
}

export class DynamoHoldStore implements HoldStore<HoldItem> {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly options: DynamoHoldStoreOptions = {},
  ) {}

  async get(id: string): Promise<HoldItem | undefined> {
    const res = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: marshall(keys.hold(id)), ConsistentRead: true }),
    );
    return res.Item ? toHold(unmarshall(res.Item)) : undefined;
  }

  /** The conditional UpdateItem of `update` (status index key moves with the status), then its audit event. */
  async write(update: HoldUpdate): Promise<void> {
    const counts = this.options.counters ? decisionCountsFor(update, update.held) : undefined;
    const expr = toConditionalUpdate(update, {
      ...(this.options.alsoSet?.(update) ?? {}),
      ...(counts ? decisionMark(counts) : {}),
      [TABLE.gsi1.partitionKey]: statusPartition(update.set.status),
      ...statusSortKey(update),
      updatedAt: update.audit.at,
    });
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall(keys.hold(update.holdId)),
          ...expr,
          // The item must exist: without this, an update of a missing hold would create one.
          ConditionExpression: `attribute_exists(#pk) AND ${expr.ConditionExpression}`,
          ExpressionAttributeNames: { ...expr.ExpressionAttributeNames, '#pk': TABLE.partitionKey },
          ExpressionAttributeValues: marshall(expr.ExpressionAttributeValues, MARSHALL),
        }),
      );
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) {
        throw new HoldConflict(update.holdId, update.expect.status);
      }
      throw err;
    }
    await this.putOnce({
      ...keys.event(update.holdId, update.audit.event),
      id: update.holdId,
      ...update.audit,
    });
    if (counts && this.options.counters) {
      try {
        await recordDecision(
          this.options.counters,
          { ...counts, holdId: update.holdId },
          { telemetry: this.options.telemetry },
        );
      } catch {
        // The decision stands; its counts stay marked on the hold item (finishDecisionCounts adds them).
      }
    }
  }

  /** Holds in one status (GSI1 `HOLD#<status>`): HELD by deadline, decided ones by decision time. */
  async listByStatus(status: HoldStatus, opts: ListOptions = {}): Promise<HoldPage> {
    return this.query(TABLE.gsi1, statusPartition(status), opts);
  }

  /** Holds routed to one approver, by deadline (GSI2 `APPROVER#<email>`), any status. */
  async listByApprover(approver: string, opts: ListOptions = {}): Promise<HoldPage> {
    return this.query(TABLE.gsi2, `APPROVER#${approver.trim().toLowerCase()}`, opts);
  }

  /** Every hold in the status, following pages up to `max` (the sweeper's input). */
  async allByStatus(status: HoldStatus, max = 5000): Promise<HoldItem[]> {
    const out: HoldItem[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.listByStatus(status, { limit: 500, cursor });
      out.push(...page.holds);
      cursor = page.cursor;
    } while (cursor && out.length < max);
    return out;
  }

  /**
   * Claims the release of an APPROVED hold until `until`, so the approver's request and a sweeper run
   * never relay the same hold at once. HoldConflict when it is not APPROVED or someone holds the claim.
   */
  async claimRelease(id: string, now: Date, until: Date): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall(keys.hold(id)),
          // Also creates the chunk map chunkRelayed writes into.
          UpdateExpression: 'SET #lease = :until, #chunks = if_not_exists(#chunks, :empty)',
          ConditionExpression: '#status = :approved AND (attribute_not_exists(#lease) OR #lease < :now)',
          ExpressionAttributeNames: {
            '#lease': 'releaseClaimedUntil',
            '#status': 'status',
            '#chunks': 'relayedChunks',
          },
          ExpressionAttributeValues: marshall({
            ':empty': {},
            ':until': until.toISOString(),
            ':now': now.toISOString(),
            ':approved': 'APPROVED',
          }),
        }),
      );
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) throw new HoldConflict(id, 'APPROVED');
      throw err;
    }
  }

  /** Records one relayed chunk of the release (after claimRelease), so a retry sends only what is left. */
  async chunkRelayed(id: string, index: number, sesMessageId: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall(keys.hold(id)),
          UpdateExpression: 'SET #chunks.#i = :mid',
          ConditionExpression: '#status = :approved',
          ExpressionAttributeNames: { '#chunks': 'relayedChunks', '#i': String(index), '#status': 'status' },
          ExpressionAttributeValues: marshall({ ':mid': sesMessageId, ':approved': 'APPROVED' }),
        }),
      );
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) throw new HoldConflict(id, 'APPROVED');
      throw err;
    }
  }

  /** The audit events of one hold (and of its message), oldest key first. */
  async events(id: string): Promise<Array<Record<string, unknown>>> {
    const res = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :event)',
        ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#sk': TABLE.sortKey },
        ExpressionAttributeValues: marshall({ ':pk': keys.hold(id)[TABLE.partitionKey], ':event': 'EVENT#' }),
        ConsistentRead: true,
      }),
    );
    return (res.Items ?? []).map((i) => unmarshall(i));
  }

  private async query(
    index: { name: string; partitionKey: string },
    partition: string,
    opts: ListOptions,
  ): Promise<HoldPage> {
    const res = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index.name,
        KeyConditionExpression: '#gpk = :gpk',
        ExpressionAttributeNames: { '#gpk': index.partitionKey },
        ExpressionAttributeValues: marshall({ ':gpk': partition }),
        Limit: Math.min(Math.max(opts.limit ?? 100, 1), 500),
        ScanIndexForward: opts.order !== 'desc',
        ExclusiveStartKey: opts.cursor ? decodeCursor(opts.cursor) : undefined,
      }),
    );
    const holds = (res.Items ?? [])
      .map((i) => unmarshall(i))
      .filter(isHoldItem)
      .map(toHold);
    return { holds, cursor: res.LastEvaluatedKey ? encodeCursor(res.LastEvaluatedKey) : undefined };
  }

  private async putOnce(item: Record<string, unknown>): Promise<void> {
    await putOnce(this.client, this.tableName, item);
  }
}

export function statusPartition(status: HoldStatus): string {
  return `HOLD#${status}`;
}

/**
 * The status index sort key a transition moves to: HELD holds sort by deadline (the queue), decided
 * ones by when they were decided or expired (the history). A release keeps its approval's key.
 */
function statusSortKey(update: HoldUpdate): Record<string, string> {
  const decided = update.set.decidedAt ?? update.set.expiredAt;
  return decided ? { [TABLE.gsi1.sortKey]: `${decided}#${update.holdId}` } : {};
}

function isHoldItem(item: Record<string, unknown>): boolean {
  return item[TABLE.sortKey] === 'HOLD';
}

function toHold(item: Record<string, unknown>): HoldItem {
  const status = String(item.status) as HoldStatus;
  if (!(HOLD_STATUSES as readonly string[]).includes(status)) {
    throw new Error(`hold ${String(item.id)} has an unknown status`);
  }
  const envelope = (item.envelope as HoldItem['envelope'] | undefined) ?? { mailFrom: '', rcptTo: [] };
  return {
    ...(item as object),
    id: String(item.id),
    status,
    rep: String(item.rep ?? envelope.mailFrom ?? ''),
    approver: String(item.approver ?? ''),
    heldAt: String(item.heldAt ?? ''),
    deadline: String(item.deadline ?? ''),
    reason: String(item.reason ?? 'findings'),
    findings: (item.findings as Finding[] | undefined) ?? [],
    envelope,
    raw: item.raw as RawRef,
    relayedChunks: (item.relayedChunks as Record<string, string> | undefined) ?? {},
    subject: typeof item.subject === 'string' && item.subject ? item.subject : undefined,
  } as HoldItem;
}

// The cursor is the index's LastEvaluatedKey, which holds only key attributes (no content).
function encodeCursor(key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(unmarshall(key as never))).toString('base64url');
}

function decodeCursor(cursor: string): Record<string, never> {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (!value || typeof value !== 'object' || Object.values(value).some((v) => typeof v !== 'string')) {
      throw new Error('bad cursor');
    }
    return marshall(value) as Record<string, never>;
  } catch {
    throw new InvalidInput('bad cursor');
  }
}
