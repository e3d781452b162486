// The SES stand-in, driven by the real AWS SDK clients: exact bytes and the full destination list kept,
// SES limits enforced, and the outbox relayed upstream with the same envelope.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SESClient, SendEmailCommand as SendEmailV1, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS } from '../../lambdas/local/aws-local';
import { Outbox } from '../../lambdas/local/outbox';
import { type SesEndpoint, startSesEndpoint } from '../../lambdas/local/ses-endpoint';
import { UpstreamRelay } from '../../lambdas/local/upstream';
import { startSink, tempDir, waitFor } from './helpers';

const RAW = Buffer.from(
  'From: Rep <rep@seller.example>\r\nTo: a@buyer.example\r\nSubject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n\r\nBody line\r\n.dot line\r\n',
);

describe('local SES endpoint', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let outbox: Outbox;
  let ses: SesEndpoint;
  let v1: SESClient;
  let v2: SESv2Client;
  const stored: string[] = [];

  beforeEach(async () => {
    dir = await tempDir();
    outbox = new Outbox(join(dir.path, 'outbox'));
    await outbox.open();
    ses = await startSesEndpoint({ outbox, relayEnabled: false, onStored: (r) => stored.push(r.messageId) });
    const config = { endpoint: ses.endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS };
    v1 = new SESClient(config);
    v2 = new SESv2Client(config);
  });
  afterEach(async () => {
    v1.destroy();
    v2.destroy();
    await ses.close();
    await dir.remove();
  });

  it('stores SendRawEmail bytes unchanged with every destination, Bcc included', async () => {
    const res = await v1.send(
      new SendRawEmailCommand({
        Source: 'rep@seller.example',
        Destinations: ['a@buyer.example', 'cc@buyer.example', 'bcc@hidden.example'],
        RawMessage: { Data: RAW },
      }),
    );

    const [record] = await outbox.list();
    expect(record?.messageId).toBe(res.MessageId);
    expect(record?.destinations).toEqual(['a@buyer.example', 'cc@buyer.example', 'bcc@hidden.example']);
    expect(record?.source).toBe('rep@seller.example');
    expect(record?.subject).toBe('Grüße');
    expect(await readFile(join(dir.path, 'outbox', `${res.MessageId}.eml`))).toEqual(RAW);
    expect(stored).toContain(res.MessageId);
  });

  it('takes recipients from the headers when SendRawEmail names none, as SES does', async () => {
    await v1.send(new SendRawEmailCommand({ RawMessage: { Data: RAW } }));

    const [record] = await outbox.list();
    expect(record?.destinations).toEqual(['a@buyer.example']);
    expect(record?.destinationSource).toBe('headers');
    expect(record?.source).toBe('rep@seller.example');
  });

  it('refuses more than 50 destinations per call with the SES error', async () => {
    const destinations = Array.from({ length: 51 }, (_, i) => `r${i}@buyer.example`);

    await expect(
      v1.send(new SendRawEmailCommand({ Destinations: destinations, RawMessage: { Data: RAW } })),
    ).rejects.toMatchObject({ name: 'InvalidParameterValue' });
    expect(await outbox.list()).toEqual([]);
  });

  it('composes SendEmail (v1) and SES v2 Simple notices into MIME messages', async () => {
    await v1.send(
      new SendEmailV1({
        Source: 'poise@local.example',
        Destination: { ToAddresses: ['mgr@seller.example'], BccAddresses: ['audit@seller.example'] },
        Message: { Subject: { Data: 'Held for review' }, Body: { Text: { Data: 'Please review.' } } },
      }),
    );
    await v2.send(
      new SendEmailCommand({
        FromEmailAddress: 'poise@local.example',
        Destination: { ToAddresses: ['rep@seller.example'] },
        Content: { Simple: { Subject: { Data: 'A note' }, Body: { Text: { Data: 'Coaching text' } } } },
      }),
    );

    const records = await outbox.list();
    const bySubject = Object.fromEntries(records.map((r) => [r.subject, r]));
    expect(bySubject['Held for review']?.destinations).toEqual([
      'mgr@seller.example',
      'audit@seller.example',
    ]);
    expect(bySubject['A note']?.api).toBe('sesv2:SendEmail');
    const raw = (await outbox.readRaw(bySubject['A note']?.messageId ?? '')).toString();
    expect(raw).toMatch(/Coaching text/);
  });

  it('keeps SES v2 raw bytes and destinations', async () => {
    const res = await v2.send(
      new SendEmailCommand({
        FromEmailAddress: 'rep@seller.example',
        Destination: { ToAddresses: ['a@buyer.example', 'bcc@hidden.example'] },
        Content: { Raw: { Data: RAW } },
      }),
    );

    expect(await outbox.readRaw(res.MessageId ?? '')).toEqual(RAW);
    expect((await outbox.list())[0]?.destinations).toEqual(['a@buyer.example', 'bcc@hidden.example']);
  });
});

describe('upstream relay', () => {
  /** A temp outbox and a test sink (closed by `close`), with `RAW` stored under `messageId`. */
  async function withOutbox(
    sinkOpts: Parameters<typeof startSink>[0],
    messageId: string,
    destinations: string[],
  ) {
    const dir = await tempDir();
    const sink = await startSink(sinkOpts);
    const outbox = new Outbox(join(dir.path, 'outbox'));
    await outbox.open();
    const record = await outbox.add(
      RAW,
      {
        messageId,
        api: 'ses:SendRawEmail',
        source: 'rep@seller.example',
        destinations,
        destinationSource: 'request',
        subject: 's',
      },
      true,
    );
    const close = async () => {
      await sink.close();
      await dir.remove();
    };
    return { sink, outbox, record, close };
  }

  it('delivers the exact bytes to the exact envelope, retrying until the upstream accepts', async () => {
    const { sink, outbox, record, close } = await withOutbox({ failFirst: 2 }, 'm1', [
      'a@buyer.example',
      'bcc@hidden.example',
    ]);
    const relay = new UpstreamRelay({
      outbox,
      url: sink.url,
      log: () => {},
      baseDelayMs: 20,
      maxDelayMs: 50,
    });
    try {
      relay.schedule(record, 0);

      await waitFor('relayed', () => sink.messages.length === 1);
      const [got] = sink.messages;
      expect(got?.rcptTo).toEqual(['a@buyer.example', 'bcc@hidden.example']);
      expect(got?.mailFrom).toBe('rep@seller.example');
      expect(got?.raw.equals(RAW)).toBe(true);
      const saved = await waitFor('state saved', async () =>
        (await outbox.list()).find((r) => r.relay.state === 'relayed'),
      );
      expect(saved.relay.attempts).toBe(3);
    } finally {
      await relay.stop();
      await close();
    }
  });

  it('records a permanent (5xx) refusal without retrying, keeping the message in the outbox', async () => {
    const { sink, outbox, record, close } = await withOutbox({ failFirst: 1, failCode: 554 }, 'm3', [
      'a@buyer.example',
    ]);
    const relay = new UpstreamRelay({
      outbox,
      url: sink.url,
      log: () => {},
      baseDelayMs: 20,
      maxDelayMs: 50,
    });
    try {
      relay.schedule(record, 0);

      await waitFor('rejected', async () => (await outbox.list()).find((r) => r.relay.state === 'rejected'));
      // Longer than any retry delay: a retry would have reached the sink and counted an attempt.
      await new Promise((r) => setTimeout(r, 200));
      const [saved] = await outbox.list();
      expect(saved?.relay.state).toBe('rejected');
      expect(saved?.relay.attempts).toBe(1);
      expect(saved?.relay.lastError).toMatch(/554/);
      expect(sink.messages).toEqual([]);
      expect(await outbox.readRaw('m3')).toEqual(RAW);
    } finally {
      await relay.stop();
      await close();
    }
  });

  it('resumes messages still pending from a previous run', async () => {
    const { sink, outbox, close } = await withOutbox({}, 'm2', ['a@buyer.example']);
    const relay = new UpstreamRelay({ outbox, url: sink.url, log: () => {} });
    try {
      await relay.resume();
      await waitFor('relayed', () => sink.messages.length === 1);
    } finally {
      await relay.stop();
      await close();
    }
  });
});
