// End to end on the local gateway: nodemailer → SMTP (STARTTLS + AUTH) → durable queue → the AWS filter
// handler → local SES → outbox → an upstream SMTP sink. Real sockets, real detector, no fakes.
import { DynamoDBClient, GetItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import MailComposer from 'nodemailer/lib/mail-composer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../lambdas/local/aws-local';
import type { Gateway } from '../../lambdas/local/gateway';
import { drained, startSink, startTestGateway, submitRaw, tempDir, waitFor } from '../local/helpers';

const REP = 'rep@seller.example';

interface Sent {
  id: string;
  raw: Buffer;
  messageId: string;
}

describe('local gateway end to end', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let sink: Awaited<ReturnType<typeof startSink>>;
  let gw: Gateway;
  let db: DynamoDBClient;
  const sent: Record<string, Sent> = {};

  const send = async (name: string, text: string | Buffer, raw?: Buffer) => {
    const message =
      raw ??
      (await new MailComposer({
        from: `Rep <${REP}>`,
        to: 'Buyer <buyer@customer.example>',
        cc: 'cfo@customer.example',
        subject: `Re: proposal (${name})`,
        // SMTP carries CRLF lines (nodemailer's client converts bare LF): compose it that way.
        text: typeof text === 'string' ? text.replace(/\n/g, '\r\n') : text,
        messageId: `<${name}@seller.example>`,
      })
        .compile()
        .build());
    const id = await submitRaw(
      gw,
      { from: REP, to: ['buyer@customer.example', 'cfo@customer.example', 'hidden-bcc@partner.example'] },
      message,
    );
    sent[name] = { id, raw: message, messageId: `<${name}@seller.example>` };
  };
  const record = async (name: string) => {
    const res = await db.send(
      new GetItemCommand({
        TableName: gw.tableName,
        Key: { pk: { S: `MSG#${sent[name]?.id}` }, sk: { S: 'MSG' } },
        ConsistentRead: true,
      }),
    );
    return res.Item ? unmarshall(res.Item) : undefined;
  };
  const upstreamCopies = (name: string) =>
    sink.messages.filter((m) => m.raw.includes(Buffer.from(`Message-ID: ${sent[name]?.messageId}`)));

  beforeAll(async () => {
    dir = await tempDir();
    sink = await startSink();
    gw = await startTestGateway(dir.path, { upstreamSmtp: sink.url });
    db = new DynamoDBClient({
      endpoint: gw.endpoints.dynamodb,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
    });
    await send('clean', 'Hi Dana,\n\nAttached is the agenda for Tuesday. Talk soon.\n\nBest,\nRep\n');
    await send('discount', 'Hi Dana,\n\nI can knock another 20% off, no strings attached.\n\nBest,\nRep\n');
    await send('quota', 'Hi Dana,\n\nI need this signed before my quarter closes Friday.\n\nBest,\nRep\n');
    await send('garbage', '', Buffer.from([0x00, 0xff, 0xfe, 0x0d, 0x0a, 0x80, 0x00, 0x0d, 0x0a]));
    await drained(gw, 30_000);
  }, 90_000);

  afterAll(async () => {
    db?.destroy();
    await gw?.stop();
    await sink?.close();
    await dir?.remove();
  });

  it('relays a clean message upstream to every envelope recipient (To, Cc, Bcc) with identical bytes', async () => {
    const [copy] = await waitFor('the clean message upstream', () => {
      const copies = upstreamCopies('clean');
      return copies.length ? copies : undefined;
    });

    expect(upstreamCopies('clean')).toHaveLength(1);
    expect(copy?.mailFrom).toBe(REP);
    expect(copy?.rcptTo.sort()).toEqual([
      'buyer@customer.example',
      'cfo@customer.example',
      'hidden-bcc@partner.example',
    ]);
    expect(copy?.raw.equals(sent.clean?.raw ?? Buffer.alloc(0))).toBe(true);
    expect(await record('clean')).toMatchObject({ status: 'RELAYED', verdict: 'pass' });
  });

  it('holds a unilateral discount: it never reaches the upstream', async () => {
    const held = await waitFor('the discount record to be HELD', async () => {
      const r = await record('discount');
      return r?.status === 'HELD' ? r : undefined;
    });

    expect(held).toMatchObject({ verdict: 'hold', holdReason: 'findings' });
    expect(held.categories).toContain('unilateral_discount');
    expect(upstreamCopies('discount')).toEqual([]);
  });

  it('relays quota pressure and records it as flagged', async () => {
    await waitFor('the quota message upstream', () => upstreamCopies('quota').length === 1);

    const r = await record('quota');
    expect(r).toMatchObject({ status: 'RELAYED', verdict: 'flag' });
    expect(r?.categories).toContain('quota_pressure');
  });

  it('accepts non-MIME garbage and holds it as unscannable', async () => {
    const r = await waitFor('the garbage record to be HELD', async () => {
      const item = await record('garbage');
      return item?.status === 'HELD' ? item : undefined;
    });

    expect(r).toMatchObject({ verdict: 'hold' });
    expect(r.categories).toEqual(['unscannable']);
  });

  it('logs exactly one record per message in DynamoDB (dynalite)', async () => {
    const res = await db.send(
      new ScanCommand({
        TableName: gw.tableName,
        FilterExpression: 'sk = :msg',
        ExpressionAttributeValues: { ':msg': { S: 'MSG' } },
      }),
    );
    const ids = (res.Items ?? []).map((i) => unmarshall(i).id).sort();

    expect(ids).toEqual(
      Object.values(sent)
        .map((s) => s.id)
        .sort(),
    );
  });

  it('shows the messages in the console API with time, sender, recipients, verdict and categories', async () => {
    const res = await fetch(`http://127.0.0.1:${gw.httpPort}/api/messages`);
    const { messages } = (await res.json()) as { messages: Array<Record<string, unknown>> };
    const quota = messages.find((m) => m.id === sent.quota?.id);

    expect(messages).toHaveLength(4);
    expect(quota).toMatchObject({
      sender: REP,
      recipientCount: 3,
      recipientDomains: ['customer.example', 'partner.example'],
      verdict: 'flag',
    });
    expect(typeof quota?.receivedAt).toBe('string');
  });

  it('relays to more than 50 envelope recipients through SES-sized chunks, each recipient once', async () => {
    const recipients = Array.from({ length: 60 }, (_, i) => `r${i}@customer.example`);
    const raw = await new MailComposer({
      from: REP,
      to: 'team@customer.example',
      subject: 'Agenda for the whole team',
      text: 'Attached is the agenda for Tuesday.\r\n',
      messageId: '<many@seller.example>',
    })
      .compile()
      .build();
    await submitRaw(gw, { from: REP, to: recipients }, raw);

    const copies = await waitFor('both chunks upstream', () => {
      const c = sink.messages.filter((m) => m.raw.includes(Buffer.from('<many@seller.example>')));
      return c.length === 2 ? c : undefined;
    });
    expect(copies.map((c) => c.rcptTo.length).sort()).toEqual([10, 50]);
    expect(copies.flatMap((c) => c.rcptTo).sort()).toEqual([...recipients].sort());
    for (const c of copies) expect(c.raw.equals(raw)).toBe(true);
  });

  it('renders the message log page with the verdicts', async () => {
    const page = await (await fetch(`http://127.0.0.1:${gw.httpPort}/messages`)).text();

    expect(page).toContain(sent.discount?.id);
    expect(page).toMatch(/<span class="badge">hold<\/span>/);
    expect(page).toContain('unilateral_discount');
    expect(page).toContain('rep@seller.example');
  });

  it('finishes every Submission: nothing left in the queue or the DLQ', async () => {
    await drained(gw);
    const health = (await gw.health()) as { queue: { depth: number }; dlq: { depth: number } };

    expect(health.queue.depth).toBe(0);
    expect(health.dlq.depth).toBe(0);
  });
});
