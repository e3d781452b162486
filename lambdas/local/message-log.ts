// Reads the outcome records the filter writes (lambdas/adapters/aws/table-keys.ts: pk MSG#<id>, sk MSG,
// gsi1 STATUS#<status> / <receivedAt>#<id>) for the console and the demo. Read-only.
import { type DynamoDBClient, GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { TABLE } from '../shared/contract';

/** Every status a message record can have, today's and the approval flow's. */
export const MESSAGE_STATUSES = [
  'RECEIVED',
  'RELAYING',
  'RELAYED',
  'HELD',
  'APPROVED',
  'REJECTED',
  'EXPIRED',
  'RELEASED',
] as const;

export interface LogEntry {
  id: string;
  receivedAt: string;
  status: string;
  sender: string;
  /** The record keeps recipient domains only (no addresses), plus the count. */
  recipientDomains: string[];
  recipientCount: number;
  verdict?: string;
  categories: string[];
  rules: string[];
  holdReason?: string;
}

export class MessageLog {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async get(id: string): Promise<LogEntry | undefined> {
    const res = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: { [TABLE.partitionKey]: { S: `MSG#${id}` }, [TABLE.sortKey]: { S: 'MSG' } },
      }),
    );
    return res.Item ? toEntry(unmarshall(res.Item)) : undefined;
  }

  /** Newest first, across all statuses. */
  async list(limit = 200): Promise<LogEntry[]> {
    const perStatus = await Promise.all(MESSAGE_STATUSES.map((s) => this.byStatus(s, limit)));
    return perStatus
      .flat()
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || b.id.localeCompare(a.id))
      .slice(0, limit);
  }

  private async byStatus(status: string, limit: number): Promise<LogEntry[]> {
    const out: LogEntry[] = [];
    let start: Record<string, never> | undefined;
    do {
      const res = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: TABLE.gsi1.name,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': TABLE.gsi1.partitionKey },
          ExpressionAttributeValues: { ':pk': { S: `STATUS#${status}` } },
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: start,
        }),
      );
      for (const item of res.Items ?? []) out.push(toEntry(unmarshall(item)));
      start = res.LastEvaluatedKey as typeof start;
    } while (start && out.length < limit);
    return out;
  }
}

function toEntry(item: Record<string, unknown>): LogEntry {
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
  return {
    id: String(item.id ?? ''),
    receivedAt: String(item.receivedAt ?? ''),
    status: String(item.status ?? ''),
    sender: String(item.sender ?? ''),
    recipientDomains: strings(item.recipientDomains),
    recipientCount: Number(item.recipientCount ?? 0),
    verdict: item.verdict === undefined ? undefined : String(item.verdict),
    categories: strings(item.categories),
    rules: strings(item.rules),
    holdReason: item.holdReason === undefined ? undefined : String(item.holdReason),
  };
}
