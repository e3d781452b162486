// Test harness for the runtime: S3, SES, SESv2 and SQS through aws-sdk-client-mock; DynamoDB through a
// mocked client that forwards to an in-process dynalite (real condition-expression semantics, the
// same engine as the local stack), so faults can be injected per command.

import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import {
  DeleteItemCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, HeadObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { SQSClient } from '@aws-sdk/client-sqs';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { sdkStreamMixin } from '@smithy/util-stream';
import type { Context, SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import dynalite from 'dynalite';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, beforeEach, vi } from 'vitest';
import type { AwsClients } from '../../lambdas/adapters/aws/clients';
import { ensureTable } from '../../lambdas/local/aws-local';
import { TABLE } from '../../lambdas/shared/contract';

export const FIXTURES = new URL('../fixtures/events/', import.meta.url);

export function fixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as T;
}

// ---- DynamoDB: dynalite behind a mocked client ----

export interface Dynalite {
  endpoint: string;
  close(): Promise<void>;
}

export async function startDynalite(): Promise<Dynalite> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const LOCAL = { region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };

let tableSeq = 0;

export async function createTable(endpoint: string): Promise<string> {
  const name = `poise-test-${++tableSeq}`;
  // The same table definition the local stack creates (keys and GSIs from contract.ts).
  await ensureTable(endpoint, name);
  return name;
}

/** Returns an Error to throw instead of forwarding the command, or undefined. */
export type Fault = (command: string, input: Record<string, unknown>) => Error | undefined;

export function awsError(name: string, message = name, fault: 'client' | 'server' = 'client'): Error {
  return Object.assign(new Error(message), { name, $fault: fault, $metadata: { httpStatusCode: 400 } });
}

/** A fault that fires `times` times for commands matching `match`, then lets them through. */
export function faultOnce(
  command: string,
  match: (input: Record<string, unknown>) => boolean,
  error: Error,
  times = 1,
): Fault {
  let left = times;
  return (name, input) => {
    if (name !== command || left === 0 || !match(input)) return undefined;
    left--;
    return error;
  };
}

// ---- The mocked world ----

export interface SentRaw {
  api: 'v1' | 'v2';
  source?: string;
  destinations: string[];
  raw: Buffer;
}

export interface SentNotice {
  to: string[];
  subject: string;
  text: string;
  /** The approval flow's MIME notices (review request, rep's hold notice): their HTML part and bytes. */
  html?: string;
  raw?: Buffer;
}

/** Approval-flow mail carries this header (buildMime); a relayed original never does. */
const NOTICE_HEADER = /^X-Poise-Hold:/im;

export interface World {
  clients: AwsClients;
  tableName: string;
  /** Raw objects by `bucket/key`. */
  objects: Map<string, { body: Buffer; contentLength?: number | null }>;
  relayed: SentRaw[];
  notices: SentNotice[];
  queued: unknown[];
  faults: Fault[];
  sesFaults: Fault[];
  s3Faults: Fault[];
  dynamo: DynamoDBClient;
  reset(): void;
}

/**
 * `mimeNotices`: raw SES v2 sends carrying X-Poise-Hold (the approval flow's mail) are parsed into
 * `notices` instead of counted as relays (the filter's suites); otherwise every raw send is in `relayed`.
 */
export function makeWorld(dyn: Dynalite, tableName: string, opts: { mimeNotices?: boolean } = {}): World {
  const backend = new DynamoDBClient({ ...LOCAL, endpoint: dyn.endpoint });
  const front = new DynamoDBClient({ ...LOCAL, endpoint: 'http://127.0.0.1:9' });
  const ddbMock = mockClient(front);
  const s3Mock = mockClient(S3Client);
  const sesMock = mockClient(SESClient);
  const sesV2Mock = mockClient(SESv2Client);
  const sqsMock = mockClient(SQSClient);

  const world: World = {
    clients: {
      s3: new S3Client(LOCAL),
      dynamodb: front,
      ses: new SESClient(LOCAL),
      sesV2: new SESv2Client(LOCAL),
      sqs: new SQSClient(LOCAL),
    },
    tableName,
    objects: new Map(),
    relayed: [],
    notices: [],
    queued: [],
    faults: [],
    sesFaults: [],
    s3Faults: [],
    dynamo: backend,
    reset() {
      for (const m of [ddbMock, s3Mock, sesMock, sesV2Mock, sqsMock]) m.reset();
      world.objects.clear();
      world.relayed.length = 0;
      world.notices.length = 0;
      world.queued.length = 0;
      world.faults.length = 0;
      world.sesFaults.length = 0;
      world.s3Faults.length = 0;
      install();
    },
  };

  const check = (faults: Fault[], name: string, input: object) => {
    for (const fault of faults) {
      const err = fault(name, input as Record<string, unknown>);
      if (err) throw err;
    }
  };

  function install() {
    const forward =
      <I extends object>(name: string, Cmd: new (input: I) => object) =>
      async (input: I) => {
        check(world.faults, name, input);
        // biome-ignore lint/suspicious/noExplicitAny: forwarding arbitrary commands to the backend
        return backend.send(new Cmd(input) as any);
      };
    ddbMock.on(GetItemCommand).callsFake(forward('GetItem', GetItemCommand));
    ddbMock.on(PutItemCommand).callsFake(forward('PutItem', PutItemCommand));
    ddbMock.on(UpdateItemCommand).callsFake(forward('UpdateItem', UpdateItemCommand));
    ddbMock.on(DeleteItemCommand).callsFake(forward('DeleteItem', DeleteItemCommand));
    ddbMock.on(QueryCommand).callsFake(forward('Query', QueryCommand));

    s3Mock.on(GetObjectCommand).callsFake(async (input) => {
      check(world.s3Faults, 'GetObject', input);
      const obj = world.objects.get(`${input.Bucket}/${input.Key}`);
      if (!obj) throw new NoSuchKey({ message: 'The specified key does not exist.', $metadata: {} });
      let body = obj.body;
      const range = /^bytes=(\d+)-(\d+)$/.exec(input.Range ?? '');
      if (range) body = body.subarray(Number(range[1]), Number(range[2]) + 1);
      const contentLength = obj.contentLength === null ? undefined : (obj.contentLength ?? body.length);
      return { Body: sdkStreamMixin(Readable.from([body])), ContentLength: contentLength };
    });
    s3Mock.on(HeadObjectCommand).callsFake(async (input) => {
      const obj = world.objects.get(`${input.Bucket}/${input.Key}`);
      if (!obj) throw awsError('NotFound');
      return { ContentLength: obj.contentLength ?? obj.body.length };
    });

    let sesId = 0;
    sesMock.on(SendRawEmailCommand).callsFake(async (input) => {
      check(world.sesFaults, 'SendRawEmail', input);
      world.relayed.push({
        api: 'v1',
        source: input.Source,
        destinations: input.Destinations ?? [],
        raw: Buffer.from(input.RawMessage?.Data ?? []),
      });
      return { MessageId: `ses-${++sesId}` };
    });
    sesV2Mock.on(SendEmailCommand).callsFake(async (input) => {
      const raw = input.Content?.Raw ? Buffer.from(input.Content.Raw.Data ?? []) : undefined;
      const head = raw?.subarray(0, raw.indexOf('\r\n\r\n')).toString('latin1') ?? '';
      const mimeNotice = Boolean(opts.mimeNotices) && raw !== undefined && NOTICE_HEADER.test(head);
      // Notices are 'SendEmail' whether simple or raw; relays through v2 are 'SendEmailRaw'.
      check(world.sesFaults, raw && !mimeNotice ? 'SendEmailRaw' : 'SendEmail', input);
      if (raw && mimeNotice) {
        const parsed = await simpleParser(raw);
        world.notices.push({
          to: input.Destination?.ToAddresses ?? [],
          subject: parsed.subject ?? '',
          text: parsed.text ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : undefined,
          raw,
        });
      } else if (input.Content?.Raw) {
        world.relayed.push({
          api: 'v2',
          source: input.FromEmailAddress,
          destinations: input.Destination?.ToAddresses ?? [],
          raw: Buffer.from(input.Content.Raw.Data ?? []),
        });
      } else {
        world.notices.push({
          to: input.Destination?.ToAddresses ?? [],
          subject: input.Content?.Simple?.Subject?.Data ?? '',
          text: input.Content?.Simple?.Body?.Text?.Data ?? '',
        });
      }
      return { MessageId: `ses-${++sesId}` };
    });
  }

  install();
  return world;
}

export async function getItem(
  world: World,
  pk: string,
  sk: string,
): Promise<Record<string, unknown> | undefined> {
  const res = await world.dynamo.send(
    new GetItemCommand({
      TableName: world.tableName,
      Key: marshall({ [TABLE.partitionKey]: pk, [TABLE.sortKey]: sk }),
      ConsistentRead: true,
    }),
  );
  return res.Item ? unmarshall(res.Item) : undefined;
}

export async function queryPartition(world: World, pk: string): Promise<Record<string, unknown>[]> {
  const res = await world.dynamo.send(
    new QueryCommand({
      TableName: world.tableName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
      ExpressionAttributeValues: marshall({ ':pk': pk }),
    }),
  );
  return (res.Items ?? []).map((i) => unmarshall(i));
}

export async function putItem(world: World, item: Record<string, unknown>): Promise<void> {
  await world.dynamo.send(new PutItemCommand({ TableName: world.tableName, Item: marshall(item) }));
}

// ---- Lambda plumbing ----

export function fakeContext(functionName = 'poise-filter', remainingMs = 60_000): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: `req-${Math.random().toString(16).slice(2)}`,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'test',
    getRemainingTimeInMillis: () => remainingMs,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

let sqsSeq = 0;

/** An SQS event (shape from the fixture) carrying the given bodies. */
export function sqsEvent(...bodies: unknown[]): SQSEvent {
  const template = fixture<SQSEvent>('sqs-submission.json').Records[0];
  if (!template) throw new Error('fixture sqs-submission.json has no record');
  return {
    Records: bodies.map((body) => ({
      ...template,
      messageId: `sqs-${++sqsSeq}`,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })),
  };
}

// ---- Output capture: Powertools Logger and Metrics write JSON lines to stdout ----

export interface Captured {
  logs: Array<Record<string, unknown>>;
  emf: Array<Record<string, unknown>>;
  /** Sum of a metric across EMF blobs whose dimensions match exactly `dims` (besides `service`). */
  metric(name: string, dims?: Record<string, string>): number;
  restore(): void;
}

export function captureOutput(): Captured {
  // Powertools writes INFO/DEBUG and EMF to stdout, WARN/ERROR to stderr.
  const lines: string[] = [];
  const sink = (chunk: string | Uint8Array) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  };
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation(sink),
    vi.spyOn(process.stderr, 'write').mockImplementation(sink),
  ];
  const parsed = () =>
    lines.flatMap((l) => {
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  return {
    get logs() {
      return parsed().filter((o) => !('_aws' in o));
    },
    get emf() {
      return parsed().filter((o) => '_aws' in o);
    },
    metric(name, dims = {}) {
      let total = 0;
      for (const blob of this.emf) {
        const meta = (blob._aws as { CloudWatchMetrics: Array<{ Dimensions: string[][] }> })
          .CloudWatchMetrics[0];
        const dimNames = (meta?.Dimensions[0] ?? []).filter((d) => d !== 'service').sort();
        if (dimNames.join() !== Object.keys(dims).sort().join()) continue;
        if (Object.entries(dims).some(([k, v]) => blob[k] !== v)) continue;
        const value = blob[name];
        if (typeof value === 'number') total += value;
        else if (Array.isArray(value)) total += value.reduce((a: number, b: number) => a + b, 0);
      }
      return total;
    },
    restore() {
      for (const spy of spies) spy.mockRestore();
    },
  };
}

/** One dynalite per test file and a fresh table and world per test, handed to `onWorld`. */
export function withDynaliteWorld(onWorld: (world: World) => void | Promise<void>): void {
  let dyn: Dynalite;
  beforeAll(async () => {
    dyn = await startDynalite();
  });
  afterAll(async () => {
    await dyn.close();
  });
  beforeEach(async () => {
    await onWorld(makeWorld(dyn, await createTable(dyn.endpoint)));
  });
}
