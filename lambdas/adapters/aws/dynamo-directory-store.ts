// The approver directory on DynamoDB. Two shapes of the same data:
//  - DIRECTORY / PERSON#<email>: one item per directory entry, read back with one Query to build the
//    Directory that authorizes console and link actions;
//  - REP#<email> / APPROVER: each person's resolved approver, which the filter's
//    DynamoApproverDirectory reads with one GetItem when it holds a message.
// An import replaces the whole directory: new and changed items first, then stale ones are deleted,
// so a rep is never without an approver item mid-import (no transactions: dynalite has none).
import {
  DeleteItemCommand,
  type DynamoDBClient,
  PutItemCommand,
  QueryCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { Directory, type DirectoryEntry } from '../../approvals/directory';
import { TABLE } from '../../shared/contract';
import { MARSHALL } from './dynamo-put-once';
import { keys } from './table-keys';

export const DIRECTORY_PARTITION = 'DIRECTORY';
const PERSON = 'PERSON#';

export const directoryKeys = {
  person: (email: string) => ({
    [TABLE.partitionKey]: DIRECTORY_PARTITION,
    [TABLE.sortKey]: `${PERSON}${email.trim().toLowerCase()}`,
  }),
};

/** One item the import writes or deletes (for `--dry-run` and the import summary). */
export interface DirectoryWrite {
  op: 'put' | 'delete';
  pk: string;
  sk: string;
  /** Non-key attributes of a put. */
  item?: Record<string, unknown>;
}

export interface ImportSummary {
  writes: DirectoryWrite[];
  people: number;
  routes: number;
  /**
   * Items removed. A plan counts every stale key it would delete; replace() counts only those that
   * existed (a person nobody else could approve never had a REP# item).
   */
  deleted: number;
}

export class DynamoDirectoryStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  /**
   * What replacing the stored directory with `directory` writes and deletes, without writing.
   * `stored`: the emails already stored (read from the table when omitted).
   */
  async plan(directory: Directory, at: Date, stored?: readonly string[]): Promise<ImportSummary> {
    const importedAt = at.toISOString();
    const writes: DirectoryWrite[] = [];
    const keep = new Set<string>();
    const put = (key: Record<string, string>, item: Record<string, unknown>) => {
      const { pk, sk } = keyOf(key);
      keep.add(`${pk}\u0000${sk}`);
      writes.push({ op: 'put', pk, sk, item });
    };
    const entries = directory.entries();
    for (const e of entries) put(directoryKeys.person(e.email), { ...e, importedAt });
    const routes = directory.routes();
    for (const r of routes) {
      put(keys.approverOf(r.rep), {
        rep: r.rep,
        approver: r.approver,
        via: r.via,
        escalation: r.escalation,
        team: r.team,
        importedAt,
      });
    }
    const stale = (stored ?? (await this.storedEmails())).flatMap((email) =>
      [directoryKeys.person(email), keys.approverOf(email)].flatMap((key) => {
        const { pk, sk } = keyOf(key);
        return keep.has(`${pk}\u0000${sk}`) ? [] : [{ op: 'delete' as const, pk, sk }];
      }),
    );
    return {
      writes: [...writes, ...stale],
      people: entries.length,
      routes: routes.length,
      deleted: stale.length,
    };
  }

  /** Replaces the stored directory: puts first, deletes of people no longer listed last. */
  async replace(directory: Directory, at: Date): Promise<ImportSummary> {
    const summary = await this.plan(directory, at);
    let deleted = 0;
    for (const w of summary.writes) {
      const key = { [TABLE.partitionKey]: w.pk, [TABLE.sortKey]: w.sk };
      if (w.op === 'put') {
        await this.client.send(
          new PutItemCommand({ TableName: this.tableName, Item: marshall({ ...key, ...w.item }, MARSHALL) }),
        );
      } else {
        // ALL_OLD tells a removed item from a key that was never there (no read, no extra IAM).
        const res = await this.client.send(
          new DeleteItemCommand({ TableName: this.tableName, Key: marshall(key), ReturnValues: 'ALL_OLD' }),
        );
        if (res.Attributes) deleted++;
      }
    }
    return { ...summary, deleted };
  }

  /** The stored entries (the order of their keys). */
  async entries(): Promise<DirectoryEntry[]> {
    const items: Array<Record<string, unknown>> = [];
    let start: Record<string, never> | undefined;
    do {
      const res = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :person)',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#sk': TABLE.sortKey },
          ExpressionAttributeValues: marshall({ ':pk': DIRECTORY_PARTITION, ':person': PERSON }),
          ExclusiveStartKey: start,
          ConsistentRead: true,
        }),
      );
      items.push(...(res.Items ?? []).map((i) => unmarshall(i)));
      start = res.LastEvaluatedKey as Record<string, never> | undefined;
    } while (start);
    return items.map((i) => ({
      email: String(i.email),
      role: i.role as DirectoryEntry['role'],
      manager: i.manager as string | undefined,
      team: i.team as string | undefined,
      fallback: i.fallback as string | undefined,
    }));
  }

  /** The stored directory, for authorization; `globalFallback` is POISE_FALLBACK_APPROVER. */
  async load(globalFallback: string): Promise<Directory> {
    return new Directory(await this.entries(), globalFallback);
  }

  private async storedEmails(): Promise<string[]> {
    return (await this.entries()).map((e) => e.email);
  }
}

/** A Directory loaded at most once per `ttlMs`, so admins' imports reach warm Lambdas within a minute. */
export function cachedDirectory(load: () => Promise<Directory>, ttlMs: number, now = () => Date.now()) {
  let cached: { directory: Directory; at: number } | undefined;
  return async (): Promise<Directory> => {
    if (cached && now() - cached.at < ttlMs) return cached.directory;
    const directory = await load();
    cached = { directory, at: now() };
    return directory;
  };
}

function keyOf(key: Record<string, string>): { pk: string; sk: string } {
  return { pk: key[TABLE.partitionKey] as string, sk: key[TABLE.sortKey] as string };
}
