// toConditionalUpdate against a real DynamoDB API (dynalite, in memory): the expressions are valid,
// the condition guards, and concurrent deciders on one hold produce exactly one winner.
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ConditionalCheckFailedException,
  CreateTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import dynalite from 'dynalite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HoldConflict } from '../../lambdas/approvals/errors';
import {
  type HoldCommand,
  type HoldState,
  type HoldUpdate,
  toConditionalUpdate,
  transition,
} from '../../lambdas/approvals/hold';

const TABLE = 'approvals-test';
let server: Server;
let client: DynamoDBClient;

beforeAll(async () => {
  server = dynalite({ createTableMs: 0 });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
  await client.send(
    new CreateTableCommand({
      TableName: TABLE,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
    }),
  );
});

afterAll(async () => {
  client?.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const keyOf = (id: string) => ({ pk: `MSG#${id}`, sk: 'HOLD' });
const key = (id: string) => marshall(keyOf(id));

async function put(hold: HoldState): Promise<void> {
  await client.send(new PutItemCommand({ TableName: TABLE, Item: marshall({ ...keyOf(hold.id), ...hold }) }));
}

async function get(id: string): Promise<HoldState> {
  const res = await client.send(new GetItemCommand({ TableName: TABLE, Key: key(id), ConsistentRead: true }));
  return unmarshall(res.Item ?? {}) as HoldState;
}

/** What an adapter does: the conditional UpdateItem, ConditionalCheckFailed → HoldConflict. */
async function write(update: HoldUpdate): Promise<void> {
  const expr = toConditionalUpdate(update, { gsi1pk: `HOLD#${update.set.status}` });
  try {
    await client.send(
      new UpdateItemCommand({
        TableName: TABLE,
        Key: key(update.holdId),
        ...expr,
        ExpressionAttributeValues: marshall(expr.ExpressionAttributeValues, { removeUndefinedValues: true }),
      }),
    );
  } catch (err) {
    if (err instanceof ConditionalCheckFailedException)
      throw new HoldConflict(update.holdId, update.expect.status);
    throw err;
  }
}

function held(id: string): HoldState {
  return {
    id,
    status: 'HELD',
    rep: 'ana@acme.example',
    approver: 'maria@acme.example',
    heldAt: '2026-11-27T08:00:00.000Z',
    deadline: '2026-11-27T09:00:00.000Z',
  };
}

const NOW = new Date('2026-11-27T10:00:00Z');

describe('toConditionalUpdate on a DynamoDB API', () => {
  it('applies an approval and refuses the replay', async () => {
    await put(held('a'));
    const u = transition(
      held('a'),
      { type: 'approve', by: 'maria@acme.example', via: 'link', note: 'ok' },
      NOW,
    );
    await write(u);
    expect(await get('a')).toMatchObject({
      status: 'APPROVED',
      decidedBy: 'maria@acme.example',
      note: 'ok',
      gsi1pk: 'HOLD#APPROVED',
    });
    await expect(write(u)).rejects.toThrow(HoldConflict);
  });

  it('records a reminder once (attribute_not_exists)', async () => {
    await put(held('r'));
    const u = transition(held('r'), { type: 'remind', stage: 'half', to: 'maria@acme.example' }, NOW);
    await write(u);
    expect((await get('r')).remindedHalfAt).toBe(NOW.toISOString());
    await expect(write(u)).rejects.toThrow(HoldConflict);
    expect((await get('r')).status).toBe('HELD');
  });

  it('concurrent approve, reject and expire on one hold: exactly one wins', async () => {
    for (let run = 0; run < 10; run += 1) {
      const id = `race-${run}`;
      await put(held(id));
      const commands: HoldCommand[] = [
        { type: 'approve', by: 'maria@acme.example', via: 'link' },
        { type: 'reject', by: 'root@acme.example', via: 'console', note: 'no' },
        { type: 'expire' },
        { type: 'approve', by: 'lead@acme.example', via: 'console' },
      ];
      // Every decider read the hold as HELD before any wrote: only the store's condition separates them.
      const results = await Promise.allSettled(commands.map((c) => write(transition(held(id), c, NOW))));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) {
        if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(HoldConflict);
      }
      expect(['APPROVED', 'REJECTED', 'EXPIRED']).toContain((await get(id)).status);
    }
  });
});
