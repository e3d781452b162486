// The local AWS stand-ins: dynalite (DynamoDB) and s3rver (S3), both on disk under the data dir and
// bound to 127.0.0.1 on free ports. The SES stand-in lives in ses-endpoint.ts.
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import S3rver from 's3rver';
import { TABLE } from '../shared/contract';

/** Fake credentials: the stand-ins accept any signature, S3RVER/S3RVER is what s3rver documents. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
export const LOCAL_REGION = 'us-east-1';

export interface LocalService {
  endpoint: string;
  close(): Promise<void>;
}

export async function startDynamo(dataDir: string, tableName: string): Promise<LocalService> {
  const server: Server = dynalite({ path: join(dataDir, 'dynamodb'), createTableMs: 0, updateTableMs: 0 });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    });
  try {
    await ensureTable(endpoint, tableName);
  } catch (err) {
    await close();
    throw err;
  }
  return { endpoint, close };
}

/** Creates the single table with the keys and GSIs from contract.ts when it does not exist yet. */
export async function ensureTable(endpoint: string, tableName: string): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    client.destroy();
    return;
  } catch (err) {
    if (!(err instanceof ResourceNotFoundException)) {
      client.destroy();
      throw err;
    }
  }
  const s = (name: string) => ({ AttributeName: name, AttributeType: 'S' as const });
  const key = (hash: string, range: string) => [
    { AttributeName: hash, KeyType: 'HASH' as const },
    { AttributeName: range, KeyType: 'RANGE' as const },
  ];
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          s(TABLE.partitionKey),
          s(TABLE.sortKey),
          s(TABLE.gsi1.partitionKey),
          s(TABLE.gsi1.sortKey),
          s(TABLE.gsi2.partitionKey),
          s(TABLE.gsi2.sortKey),
        ],
        KeySchema: key(TABLE.partitionKey, TABLE.sortKey),
        GlobalSecondaryIndexes: [TABLE.gsi1, TABLE.gsi2].map((g) => ({
          IndexName: g.name,
          KeySchema: key(g.partitionKey, g.sortKey),
          Projection: { ProjectionType: 'ALL' as const },
        })),
      }),
    );
    // createTableMs: 0 still goes through CREATING; wait (bounded) for ACTIVE.
    for (let i = 0; i < 100; i++) {
      const t = await client.send(new DescribeTableCommand({ TableName: tableName }));
      if (t.Table?.TableStatus === 'ACTIVE') return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`table ${tableName} did not become ACTIVE`);
  } finally {
    client.destroy();
  }
}

export async function startS3(dataDir: string, bucket: string): Promise<LocalService> {
  const s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: join(dataDir, 's3'),
    configureBuckets: [{ name: bucket }],
  });
  const address = await s3.run();
  return { endpoint: `http://127.0.0.1:${address.port}`, close: () => s3.close() };
}
