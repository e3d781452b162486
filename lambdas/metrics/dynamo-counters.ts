// Daily counters on DynamoDB: UpdateItem ADD to write, one Query per day to read, GetItem for a rep's
// team. No Scan, no transactions (dynalite has none; IAM allows neither).
import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { keys } from '../adapters/aws/table-keys';
import { TABLE } from '../shared/contract';
import type { CountPlan, ScopeCounts } from './plan';
import {
  DUE,
  type MetricsCounters,
  type MetricsReader,
  type RecordKey,
  type RepTeams,
  type ScopeRow,
} from './ports';

/** Counter attributes on a scope item: MESSAGES or NAME#… with a number value. */
const COUNTER_NAME = /^(MESSAGES|[A-Z]+#.+)$/;

export class DynamoMetrics implements MetricsCounters, MetricsReader, RepTeams {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    /** Items per Query page; DynamoDB's 1 MB page when unset (tests set it to exercise paging). */
    private readonly pageSize?: number,
  ) {}

  async apply(record: RecordKey, plan: CountPlan): Promise<void> {
    const at = new Date().toISOString();
    for (const [scope, counts] of Object.entries(plan.scopes).sort(([a], [b]) => a.localeCompare(b))) {
      await this.add(plan.day, scope, counts, at);
      // Crash here = this scope is still due and is added again by whoever finishes the plan.
      await this.clear(record, scope);
    }
  }

  async due(record: RecordKey): Promise<CountPlan | undefined> {
    const res = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: marshall(record),
        ConsistentRead: true,
        ProjectionExpression: '#due, #day',
        ExpressionAttributeNames: { '#due': DUE.counts, '#day': DUE.day },
      }),
    );
    return res.Item ? dueFrom(unmarshall(res.Item)) : undefined;
  }

  async day(day: string): Promise<ScopeRow[]> {
    const rows: ScopeRow[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const res = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
          ExpressionAttributeValues: marshall({ ':pk': keys.metricsPartition(day) }),
          ExclusiveStartKey: start as never,
          Limit: this.pageSize,
        }),
      );
      for (const raw of res.Items ?? []) rows.push(toRow(unmarshall(raw)));
      start = res.LastEvaluatedKey;
    } while (start);
    return rows;
  }

  async teamOf(rep: string): Promise<string | undefined> {
    if (!rep.trim()) return undefined;
    const res = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: marshall(keys.approverOf(rep)) }),
    );
    const team = res.Item ? unmarshall(res.Item).team : undefined;
    return typeof team === 'string' && team.trim() ? team.trim() : undefined;
  }

  private async add(day: string, scope: string, counts: ScopeCounts, at: string): Promise<void> {
    const names: Record<string, string> = { '#updatedAt': 'updatedAt' };
    const values: Record<string, unknown> = { ':at': at };
    const adds: string[] = [];
    const sets = ['#updatedAt = :at'];
    Object.entries(counts.add).forEach(([name, amount], i) => {
      names[`#c${i}`] = name;
      values[`:c${i}`] = amount;
      adds.push(`#c${i} :c${i}`);
    });
    Object.entries(counts.set ?? {}).forEach(([name, value], i) => {
      names[`#s${i}`] = name;
      values[`:s${i}`] = value;
      sets.push(`#s${i} = :s${i}`);
    });
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: marshall(keys.metrics(day, scope)),
        UpdateExpression: `SET ${sets.join(', ')}${adds.length ? ` ADD ${adds.join(', ')}` : ''}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: marshall(values),
      }),
    );
  }

  private async clear(record: RecordKey, scope: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall(record),
          UpdateExpression: 'REMOVE #due.#scope',
          ConditionExpression: 'attribute_exists(#due.#scope)',
          ExpressionAttributeNames: { '#due': DUE.counts, '#scope': scope },
        }),
      );
    } catch (err) {
      // Not marked (a caller that guards by its transition only) or already cleared: nothing to do.
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
    }
  }
}

/** The plan still due on a raw record item, or undefined when nothing is. */
export function dueFrom(item: Record<string, unknown>): CountPlan | undefined {
  const scopes = item[DUE.counts];
  const day = item[DUE.day];
  if (typeof day !== 'string' || !scopes || typeof scopes !== 'object') return undefined;
  const entries = Object.entries(scopes as Record<string, ScopeCounts>);
  return entries.length ? { day, scopes: Object.fromEntries(entries) } : undefined;
}

function toRow(item: Record<string, unknown>): ScopeRow {
  const counters: Record<string, number> = {};
  for (const [name, value] of Object.entries(item)) {
    if (typeof value === 'number' && COUNTER_NAME.test(name)) counters[name] = value;
  }
  return {
    scope: String(item[TABLE.sortKey]),
    counters,
    ...(typeof item.team === 'string' ? { team: item.team } : {}),
  };
}
