import { Readable } from 'node:stream';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { sdkStreamMixin } from '@smithy/util-stream';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IngestEventError } from '../../lambdas/app/errors';
import { normalizeMailFrom, safeId } from '../../lambdas/app/ingest';
import { loadIngestConfig } from '../../lambdas/config';
import { awsIngestDeps, makeIngestHandler } from '../../lambdas/handlers/ingest-handler';
import { type Submission, SubmissionSchema } from '../../lambdas/ports';
import { METRIC } from '../../lambdas/shared/metrics';
import { type Captured, captureOutput, fakeContext, fixture } from './harness';

const s3 = mockClient(S3Client);
const sqs = mockClient(SQSClient);
const NOW = new Date('2026-11-27T09:00:00.000Z');
const QUEUE_URL = 'https://sqs.us-east-1.amazonaws.com/123456789012/poise-submissions';

let out: Captured;

beforeEach(() => {
  s3.reset();
  sqs.reset();
  sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
  out = captureOutput();
});
afterEach(() => out.restore());

function build() {
  const config = loadIngestConfig({ POISE_QUEUE_URL: QUEUE_URL, POISE_RAW_BUCKET: 'poise-raw' });
  const deps = awsIngestDeps(config, {
    s3: new S3Client({ region: 'us-east-1' }),
    sqs: new SQSClient({ region: 'us-east-1' }),
  } as never);
  return makeIngestHandler({ ...deps, now: () => NOW });
}

function queued(): Submission[] {
  return sqs.commandCalls(SendMessageCommand).map((c) => {
    expect(c.args[0].input.QueueUrl).toBe(QUEUE_URL);
    return SubmissionSchema.parse(JSON.parse(c.args[0].input.MessageBody ?? ''));
  });
}

function storedHeaders(text: string) {
  s3.on(GetObjectCommand).callsFake(async (input) => {
    expect(input.Range).toMatch(/^bytes=0-\d+$/);
    return { Body: sdkStreamMixin(Readable.from([Buffer.from(text)])) };
  });
}

describe('ingest: SES Mail Manager', () => {
  it('queues a Submission with the full envelope, Bcc recipients included', async () => {
    const res = await build()(fixture('mail-manager-with-envelope.json'), fakeContext('poise-ingest'));

    expect(queued()).toEqual([
      {
        id: '01000193a1b2c3d4-mm-0001',
        raw: { bucket: 'poise-raw', key: 'raw/01000193a1b2c3d4-mm-0001' },
        envelope: {
          mailFrom: 'rep@seller.example',
          rcptTo: ['buyer@acme.example', 'cfo@acme.example', 'hidden-bcc@partner.example'],
        },
        envelopeSource: 'smtp',
        receivedAt: '2026-11-27T08:30:00.000Z',
        ingress: 'mail-manager',
      },
    ]);
    expect(res).toEqual({ disposition: 'CONTINUE', submissions: ['01000193a1b2c3d4-mm-0001'] });
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(0);
    expect(out.metric(METRIC.envelopeFallback)).toBe(0);
  });

  it('falls back to To/Cc from the stored headers when the event has no envelope, and counts it', async () => {
    storedHeaders(
      [
        'From: "Rep" <rep@seller.example>',
        'To: Buyer <buyer@acme.example>, cfo@acme.example',
        'Cc: Team: a@partner.example, b@partner.example;',
        'Subject: Proposal',
        '',
        'BODY MUST NOT BE NEEDED',
      ].join('\r\n'),
    );

    await build()(fixture('mail-manager-without-envelope.json'), fakeContext('poise-ingest'));

    const [sub] = queued();
    expect(sub).toMatchObject({
      id: '01000193a1b2c3d4-mm-0002',
      raw: { bucket: 'poise-raw', key: 'raw/01000193a1b2c3d4-mm-0002' },
      envelope: {
        mailFrom: 'rep@seller.example',
        rcptTo: ['buyer@acme.example', 'cfo@acme.example', 'a@partner.example', 'b@partner.example'],
      },
      envelopeSource: 'headers',
      receivedAt: NOW.toISOString(),
    });
    expect(out.metric(METRIC.envelopeFallback)).toBe(1);
    expect(out.logs.find((l) => String(l.message).startsWith('no envelope'))).toMatchObject({
      level: 'WARN',
    });
  });

  it('throws (so Lambda retries, then keeps it in the DLQ) when the event names no stored message', async () => {
    const handler = build();

    await expect(
      handler(fixture('mail-manager-malformed.json'), fakeContext('poise-ingest')),
    ).rejects.toThrow(IngestEventError);

    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(0);
    const log = out.logs.find((l) => String(l.message).startsWith('ingress event rejected'));
    expect(log).toMatchObject({ level: 'ERROR', error: 'IngestEventError' });
    expect(String(log?.detail)).toContain('keys: messageId,envelope,ruleSetId');
    expect(String(log?.detail)).not.toContain('rep@seller.example');
  });

  it.each([
    ['a string', 'not an event'],
    ['null', null],
    ['an empty object', {}],
    [
      'recipients of the wrong type',
      { s3Location: { bucket: 'b', key: 'k' }, envelope: { recipients: 'x@y' } },
    ],
  ])('rejects %s', async (_, event) => {
    await expect(build()(event, fakeContext('poise-ingest'))).rejects.toThrow(IngestEventError);
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(0);
  });

  it('throws when neither envelope nor headers give a recipient', async () => {
    storedHeaders('From: rep@seller.example\r\nSubject: to nobody\r\n\r\nbody');

    await expect(
      build()(fixture('mail-manager-without-envelope.json'), fakeContext('poise-ingest')),
    ).rejects.toThrow(/envelope.rcptTo/);
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(0);
  });

  it('throws when the queue is unavailable, so the event is retried', async () => {
    sqs.on(SendMessageCommand).rejects(Object.assign(new Error('busy'), { name: 'ServiceUnavailable' }));

    await expect(
      build()(fixture('mail-manager-with-envelope.json'), fakeContext('poise-ingest')),
    ).rejects.toThrow('busy');
  });
});

describe('ingest: SES receipt rule', () => {
  it('takes the envelope from mail.source and receipt.recipients, and the object from the S3 action prefix', async () => {
    await build()(fixture('receipt-rule.json'), fakeContext('poise-ingest'));

    expect(queued()).toEqual([
      {
        id: 'o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1',
        raw: { bucket: 'poise-raw', key: 'raw/o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1' },
        envelope: {
          mailFrom: 'rep@seller.example',
          rcptTo: ['buyer@acme.example.relay.seller.example', 'bcc@acme.example.relay.seller.example'],
        },
        envelopeSource: 'smtp',
        receivedAt: '2026-11-27T08:31:00.000Z',
        ingress: 'receipt-rule',
      },
    ]);
  });

  it('uses the bucket and key of an S3 action notification when it has them', async () => {
    const event = fixture<{ Records: Array<{ ses: { receipt: { action: Record<string, string> } } }> }>(
      'receipt-rule.json',
    );
    const record = event.Records[0];
    if (record) record.ses.receipt.action = { type: 'S3', bucketName: 'other-bucket', objectKey: 'in/abc' };

    await build()(event, fakeContext('poise-ingest'));

    expect(queued()[0]?.raw).toEqual({ bucket: 'other-bucket', key: 'in/abc' });
  });
});

describe('ingest helpers', () => {
  it.each([
    ['prvs=144d0cba7=rep@seller.example', 'rep@seller.example'],
    ['<rep@seller.example>', 'rep@seller.example'],
    ['', ''],
  ])('normalizeMailFrom(%j) is %j', (input, expected) => {
    expect(normalizeMailFrom(input)).toBe(expected);
  });

  it('keeps submission ids to a safe alphabet', () => {
    expect(safeId('<abc def/1@x>')).toBe('_abc_def_1@x_');
  });
});
