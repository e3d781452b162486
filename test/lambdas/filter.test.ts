import type { SQSEvent } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ScanFn } from '../../lambdas/app/process-submission';
import { generateKeyring, verifyToken } from '../../lambdas/approvals/tokens';
import { SES_V1_MAX_BYTES } from '../../lambdas/config';
import { scanMessage } from '../../lambdas/domain/scan';
import type { Submission } from '../../lambdas/ports';
import { DIMENSION, METRIC } from '../../lambdas/shared/metrics';
import {
  type BuildOptions,
  buildFilter,
  FALLBACK,
  finding,
  KEYRING,
  NOW,
  PUBLIC_URL,
  REP,
  scanAs,
  storeRaw,
  submission,
} from './filter-kit';
import {
  awsError,
  type Captured,
  captureOutput,
  createTable,
  type Dynalite,
  fakeContext,
  faultOnce,
  getItem,
  makeWorld,
  putItem,
  queryPartition,
  sqsEvent,
  startDynalite,
  type World,
} from './harness';

let dyn: Dynalite;
let world: World;
let out: Captured;

beforeAll(async () => {
  dyn = await startDynalite();
  world = makeWorld(dyn, '', { mimeNotices: true });
});
afterAll(async () => {
  await dyn.close();
});
beforeEach(async () => {
  world.reset();
  world.tableName = await createTable(dyn.endpoint);
  out = captureOutput();
});
afterEach(() => {
  out.restore();
  if (process.env.POISE_TEST_LOGS) console.error(JSON.stringify(out.logs, null, 1));
});

// ---- builders ----

function mail(opts: { to?: string; subject?: string; body?: string; headers?: string[] } = {}): Buffer {
  return Buffer.from(
    [
      `From: Rep <${REP}>`,
      `To: ${opts.to ?? 'buyer@acme.example'}`,
      `Subject: ${opts.subject ?? 'Proposal'}`,
      'Message-ID: <m1@seller.example>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      ...(opts.headers ?? []),
      '',
      opts.body ?? 'Hi, the proposal is attached. Talk Tuesday?',
      '',
    ].join('\r\n'),
  );
}

function store(sub: Submission, raw: Buffer, contentLength?: number | null): void {
  storeRaw(world, sub, raw, contentLength);
}

const build = (opts: BuildOptions = {}) => buildFilter(world, opts);

async function run(handler: ReturnType<typeof build>, event: SQSEvent) {
  return handler(event, fakeContext());
}

const failed = (res: { batchItemFailures: Array<{ itemIdentifier: string }> }) =>
  res.batchItemFailures.map((f) => f.itemIdentifier);

const record = (id: string) => getItem(world, `MSG#${id}`, 'MSG');

/** The action links in a notice's text part, by action. */
function linksIn(text: string): Record<string, string> {
  const links: Record<string, string> = {};
  for (const m of text.matchAll(/https:\/\/\S+\/(approve|reject|view)\/[\w-]+\.[\w-]+/g)) {
    links[m[1] as string] = m[0];
  }
  return links;
}

// ---- tests ----

describe('filter: pass', () => {
  it('relays the original bytes once to the envelope recipients through the real scanner', async () => {
    const sub = submission();
    const raw = mail();
    store(sub, raw);

    const res = await run(build(), sqsEvent(sub));

    expect(failed(res)).toEqual([]);
    expect(world.relayed).toHaveLength(1);
    expect(world.relayed[0]).toMatchObject({ api: 'v1', source: REP, destinations: ['buyer@acme.example'] });
    expect(world.relayed[0]?.raw.equals(raw)).toBe(true);
    const rec = await record(sub.id);
    expect(rec).toMatchObject({
      status: 'RELAYED',
      verdict: 'pass',
      sender: REP,
      senderDomain: 'seller.example',
      recipientDomains: ['acme.example'],
      recipientCount: 1,
      relayedChunks: { '0': 'ses-1' },
      noticesPending: false,
      gsi1pk: 'STATUS#RELAYED',
    });
    expect(JSON.stringify(rec)).not.toContain('buyer@');
    expect(world.notices).toEqual([]);
    expect(out.metric(METRIC.relaySuccess)).toBe(1);
    expect(out.metric(METRIC.messagesReceived)).toBe(1);
  });

  it('writes one audit event per state change', async () => {
    const sub = submission();
    store(sub, mail());

    await run(build(), sqsEvent(sub));

    const events = (await queryPartition(world, `MSG#${sub.id}`)).filter((i) =>
      String(i.sk).startsWith('EVENT#'),
    );
    expect(events.map((e) => e.event).sort()).toEqual(['decided', 'received', 'relayed']);
  });

  it('relays to a Bcc-only recipient that appears in no header', async () => {
    const sub = submission({
      envelope: { mailFrom: REP, rcptTo: ['buyer@acme.example', 'hidden@partner.example'] },
    });
    store(sub, mail({ to: 'buyer@acme.example' }));

    await run(build(), sqsEvent(sub));

    expect(world.relayed.flatMap((r) => r.destinations)).toEqual([
      'buyer@acme.example',
      'hidden@partner.example',
    ]);
  });

  it('sends more than 50 recipients in chunks of at most 50, each recipient once', async () => {
    const rcptTo = Array.from({ length: 120 }, (_, i) => `r${i}@acme.example`);
    const sub = submission({ envelope: { mailFrom: REP, rcptTo: [...rcptTo, 'R0@acme.example'] } });
    store(sub, mail());

    await run(build(), sqsEvent(sub));

    expect(world.relayed.map((r) => r.destinations.length)).toEqual([50, 50, 20]);
    expect(world.relayed.flatMap((r) => r.destinations)).toEqual(rcptTo);
    expect((await record(sub.id))?.relayedChunks).toEqual({ '0': 'ses-1', '1': 'ses-2', '2': 'ses-3' });
  });

  it('removes header fields SES refuses without touching the body', async () => {
    const sub = submission();
    const body = 'Body line 1\r\nDKIM-Signature: this line is body text, not a header\r\n';
    const raw = Buffer.from(
      [
        'DKIM-Signature: v=1; d=seller.example; s=a;',
        '\tb=abc',
        'DKIM-Signature: v=1; d=other.example; s=b; b=def',
        `From: ${REP}`,
        'To: buyer@acme.example',
        'Bcc: secret@partner.example',
        'Subject: Proposal',
        'Subject: Proposal (dup)',
        'Received: from a',
        'Received: from b',
        '',
        body,
      ].join('\r\n'),
    );
    store(sub, raw);

    await run(build({ scan: scanAs('pass', []) }), sqsEvent(sub));

    const sent = world.relayed[0]?.raw.toString('latin1') ?? '';
    const [headers = ''] = sent.split('\r\n\r\n');
    expect(headers).not.toMatch(/^DKIM-Signature/im);
    expect(headers).not.toContain('Bcc:');
    expect(headers).not.toContain('(dup)');
    expect(headers.match(/^Received:/gm)).toHaveLength(2);
    expect(sent.endsWith(`\r\n\r\n${body}`)).toBe(true);
    expect((await record(sub.id))?.headersRemoved).toEqual([
      'DKIM-Signature',
      'DKIM-Signature',
      'Bcc',
      'Subject',
    ]);
  });

  it('relays messages over 10 MB through SES v2 raw', async () => {
    const sub = submission();
    const raw = Buffer.concat([mail(), Buffer.alloc(SES_V1_MAX_BYTES + 1024, 'a')]);
    store(sub, raw);

    await run(build({ scan: scanAs('pass', []) }), sqsEvent(sub));

    expect(world.relayed).toHaveLength(1);
    expect(world.relayed[0]?.api).toBe('v2');
    expect(world.relayed[0]?.raw.equals(raw)).toBe(true);
  });
});

describe('filter: flag', () => {
  it('relays and sends the rep a short coaching notice without the body', async () => {
    const sub = submission();
    store(sub, mail());

    await run(build({ scan: scanAs('flag', [finding('quota_pressure', 'QP-DEADLINE')]) }), sqsEvent(sub));

    expect(world.relayed).toHaveLength(1);
    expect(world.notices).toHaveLength(1);
    const notice = world.notices[0];
    expect(notice?.to).toEqual([REP]);
    expect(notice?.text).toContain('I need this signed to hit my quota.');
    expect(notice?.text).toContain('Why:');
    expect(notice?.text).toContain('Try instead:');
    expect(notice?.text).not.toContain('FULL BODY TEXT');
    expect(await record(sub.id)).toMatchObject({
      status: 'RELAYED',
      verdict: 'flag',
      categories: ['quota_pressure'],
      rules: ['QP-DEADLINE'],
      noticesPending: false,
      noticesSent: ['coaching'],
    });
    expect(out.metric(METRIC.categoryHit, { [DIMENSION.category]: 'quota_pressure' })).toBe(1);
    expect(out.metric(METRIC.ruleHit, { [DIMENSION.rule]: 'QP-DEADLINE' })).toBe(1);
  });
});

describe('filter: hold', () => {
  const holding = () => scanAs('hold', [finding('unilateral_discount', 'UD-PERCENT')]);

  it('records the hold with the directory approver and deadline, notifies approver and rep, relays nothing', async () => {
    await putItem(world, { pk: `REP#${REP}`, sk: 'APPROVER', approver: 'manager@seller.example' });
    const sub = submission({
      envelope: { mailFrom: REP, rcptTo: ['buyer@acme.example', 'hidden@partner.example'] },
    });
    store(sub, mail());

    const res = await run(build({ scan: holding() }), sqsEvent(sub));

    expect(failed(res)).toEqual([]);
    expect(world.relayed).toEqual([]);
    const deadline = '2026-11-28T09:00:00.000Z';
    expect(await record(sub.id)).toMatchObject({
      status: 'HELD',
      verdict: 'hold',
      holdReason: 'findings',
      approver: 'manager@seller.example',
      deadline,
      noticesPending: false,
    });
    const hold = await getItem(world, `MSG#${sub.id}`, 'HOLD');
    expect(hold).toMatchObject({
      status: 'HELD',
      reason: 'findings',
      approver: 'manager@seller.example',
      approverSource: 'directory',
      deadline,
      envelope: sub.envelope,
      raw: sub.raw,
      gsi1pk: 'HOLD#HELD',
      gsi2pk: 'APPROVER#manager@seller.example',
      gsi2sk: `${deadline}#${sub.id}`,
    });
    expect(hold?.findings).toMatchObject([{ rule: 'UD-PERCENT', category: 'unilateral_discount' }]);
    const [toApprover, toRep] = world.notices;
    expect(toApprover?.to).toEqual(['manager@seller.example']);
    expect(toApprover?.text).toContain(`From: ${REP}`);
    expect(toApprover?.text).toContain('hidden@partner.example');
    expect(toApprover?.text).toContain('Subject: Proposal');
    expect(toApprover?.text).toContain('Decide by: Sat, 28 Nov 2026, 09:00 UTC');
    expect(toApprover?.text).toContain('I can take 30% off if you sign today.');
    expect(toRep?.to).toEqual([REP]);
    expect(toRep?.subject).toBe('Held for review: Proposal');
    expect(toRep?.text).toContain('manager@seller.example will review it by Sat, 28 Nov 2026, 09:00 UTC');
    expect(toRep?.text).toContain('Tie any price change to a longer term');
    // The rep gets no way to approve their own mail.
    expect(`${toRep?.text}${toRep?.html}`).not.toMatch(/\/(approve|reject|view)\//);
  });

  it('stores the subject on the hold for the console, decoded, on one line, with no bidi controls or encoded-word tricks', async () => {
    // The real extractor reads the subject; the verdict is forced to hold.
    const heldWithRealMail: ScanFn = async (raw, opts) => ({
      ...(await holding()(raw, opts)),
      mail: (await scanMessage(raw, opts)).mail,
    });
    const tricky =
      'Q3 offer\r\nBcc: evil@attacker.example \u202Egnp.exe\u202C =?utf-8?Q?hidden=0D=0Aline?= \u2028end';
    const sub = submission();
    store(sub, mail({ subject: `=?utf-8?B?${Buffer.from(tricky).toString('base64')}?=` }));
    const long = submission();
    store(long, mail({ subject: `Quote ${'and more '.repeat(40)}` }));
    const none = submission();
    store(none, mail({ subject: '' }));

    const handler = build({ scan: heldWithRealMail });
    for (const s of [sub, long, none]) expect(failed(await run(handler, sqsEvent(s)))).toEqual([]);

    const hold = await getItem(world, `MSG#${sub.id}`, 'HOLD');
    expect(hold?.subject).toBe('Q3 offer Bcc: evil@attacker.example gnp.exe hidden line end');
    const longSubject = String((await getItem(world, `MSG#${long.id}`, 'HOLD'))?.subject);
    expect(longSubject).toHaveLength(200);
    expect(longSubject).toMatch(/^Quote and more .*…$/);
    expect(await getItem(world, `MSG#${none.id}`, 'HOLD')).not.toHaveProperty('subject');
  });

  it('mails the approver working signed links: one per action, for this hold and approver, expiring at the deadline', async () => {
    await putItem(world, { pk: `REP#${REP}`, sk: 'APPROVER', approver: 'manager@seller.example' });
    const sub = submission();
    store(sub, mail());

    await run(build({ scan: holding() }), sqsEvent(sub));

    const toApprover = world.notices[0];
    expect(toApprover?.raw?.toString('latin1')).toMatch(/^Auto-Submitted: auto-generated\r$/m);
    const links = linksIn(toApprover?.text ?? '');
    expect(Object.keys(links).sort()).toEqual(['approve', 'reject', 'view']);
    const deadline = Date.parse('2026-11-28T09:00:00.000Z');
    for (const [action, url] of Object.entries(links)) {
      expect(url.startsWith(`${PUBLIC_URL}/${action}/`)).toBe(true);
      // The HTML part carries the same link.
      expect(toApprover?.html).toContain(`href="${url}"`);
      const token = url.slice(url.lastIndexOf('/') + 1);
      const verified = verifyToken(token, KEYRING, {
        action: action as 'approve',
        approvers: ['manager@seller.example'],
        now: NOW,
      });
      expect(verified).toEqual({
        ok: true,
        claims: expect.objectContaining({
          holdId: sub.id,
          action,
          approver: 'manager@seller.example',
          expiresAt: deadline,
        }),
      });
      // Not for another action, not after the deadline, not for someone else, not under another key.
      const other = action === 'approve' ? 'reject' : 'approve';
      expect(verifyToken(token, KEYRING, { action: other, now: NOW }).ok).toBe(false);
      expect(verifyToken(token, KEYRING, { action: action as 'approve', now: deadline }).ok).toBe(false);
      expect(
        verifyToken(token, KEYRING, { action: action as 'approve', approvers: [FALLBACK], now: NOW }).ok,
      ).toBe(false);
      expect(verifyToken(token, generateKeyring(), { action: action as 'approve', now: NOW }).ok).toBe(false);
    }
  });

  it('keeps the hold and records the notice as not sent when SES refuses the approver mail for good', async () => {
    const sub = submission();
    store(sub, mail());
    world.sesFaults.push((name, input) =>
      name === 'SendEmail' &&
      JSON.stringify((input as { Destination?: unknown }).Destination).includes(FALLBACK)
        ? awsError('MessageRejected', 'Email address is not verified')
        : undefined,
    );

    const res = await run(build({ scan: holding() }), sqsEvent(sub));

    expect(failed(res)).toEqual([]);
    expect(world.relayed).toEqual([]);
    expect(world.notices.map((n) => n.to)).toEqual([[REP]]);
    expect(await record(sub.id)).toMatchObject({
      status: 'HELD',
      noticesPending: false,
      noticesSent: ['rep'],
    });
    expect(await getItem(world, `MSG#${sub.id}`, 'HOLD')).toMatchObject({ status: 'HELD' });
    expect(out.metric(METRIC.noticeRefused)).toBe(1);
  });

  it('keeps the hold pending its notices and retries when the keyring cannot be read', async () => {
    const sub = submission();
    store(sub, mail());
    let keyringCalls = 0;
    const handler = build({
      scan: holding(),
      keyring: async () => {
        if (++keyringCalls === 1) throw awsError('ThrottlingException');
        return KEYRING;
      },
    });
    const event = sqsEvent(sub);

    const first = await run(handler, event);
    expect(failed(first)).toEqual([event.Records[0]?.messageId]);
    expect(await record(sub.id)).toMatchObject({ status: 'HELD', noticesPending: true });
    expect(world.notices).toEqual([]);

    expect(failed(await run(handler, event))).toEqual([]);
    expect(world.notices.map((n) => n.to[0])).toEqual([FALLBACK, REP]);
    expect(await record(sub.id)).toMatchObject({ status: 'HELD', noticesPending: false });
  });

  it('sends a rep with no manager to the fallback approver', async () => {
    const sub = submission();
    store(sub, mail());

    await run(build({ scan: holding() }), sqsEvent(sub));

    expect(await getItem(world, `MSG#${sub.id}`, 'HOLD')).toMatchObject({
      approver: FALLBACK,
      approverSource: 'fallback',
    });
    expect(world.notices[0]?.to).toEqual([FALLBACK]);
  });

  it('holds unscannable mail', async () => {
    const sub = submission();
    store(sub, mail());
    const unscannable = scanAs('hold', [], { categories: ['unscannable'], holdReason: 'unscannable' });

    await run(build({ scan: unscannable }), sqsEvent(sub));

    expect(await record(sub.id)).toMatchObject({ status: 'HELD', holdReason: 'unscannable' });
    expect(world.relayed).toEqual([]);
    expect(out.metric(METRIC.unscannable)).toBe(1);
  });

  it('holds, never passes, when the scanner throws', async () => {
    const sub = submission();
    store(sub, mail());
    const broken: ScanFn = async () => {
      throw new TypeError('detector bug');
    };

    await run(build({ scan: broken }), sqsEvent(sub));

    expect(await record(sub.id)).toMatchObject({ status: 'HELD', holdReason: 'scanner_error' });
    expect(world.relayed).toEqual([]);
  });
});

describe('filter: sending domains', () => {
  it('holds mail from outside the sending domains without relaying it or telling the (possibly forged) sender', async () => {
    const sub = submission({
      envelope: { mailFrom: 'someone@other-tenant.example', rcptTo: ['buyer@acme.example'] },
    });
    store(sub, mail());

    const res = await run(build({ senderDomains: 'seller.example' }), sqsEvent(sub));

    expect(failed(res)).toEqual([]);
    expect(world.relayed).toEqual([]);
    expect(await record(sub.id)).toMatchObject({ status: 'HELD', holdReason: 'foreign_sender' });
    // Not scanned: the subject comes from the header section.
    expect(await getItem(world, `MSG#${sub.id}`, 'HOLD')).toMatchObject({ subject: 'Proposal' });
    expect(world.notices.map((n) => n.to)).toEqual([[FALLBACK]]);
    expect(world.notices[0]?.text).toContain(
      "its sender is not in one of the organisation's sending domains",
    );
    expect(out.metric(METRIC.foreignSender)).toBe(1);
  });

  it('relays mail from a sending domain or one of its subdomains', async () => {
    const sub = submission({
      envelope: { mailFrom: 'rep@emea.seller.example', rcptTo: ['buyer@acme.example'] },
    });
    store(sub, mail());

    await run(build({ senderDomains: 'seller.example', scan: scanAs('pass', []) }), sqsEvent(sub));

    expect(world.relayed).toHaveLength(1);
  });
});

describe('filter: oversize', () => {
  it('holds a message whose object is over 40 MB without reading it', async () => {
    const sub = submission();
    store(sub, mail(), 41 * 1024 * 1024);

    const res = await run(build({ scan: scanAs('pass', []) }), sqsEvent(sub));

    expect(failed(res)).toEqual([]);
    expect(world.relayed).toEqual([]);
    expect(await record(sub.id)).toMatchObject({ status: 'HELD', holdReason: 'oversize', verdict: 'hold' });
    expect(await getItem(world, `MSG#${sub.id}`, 'HOLD')).toMatchObject({
      reason: 'oversize',
      subject: 'Proposal',
    });
    expect(out.metric(METRIC.oversize)).toBe(1);
    expect(world.notices.map((n) => n.to[0])).toEqual([FALLBACK, REP]);
    expect(world.notices[0]?.text).toContain('Subject: Proposal');
    expect(world.notices[0]?.text).toContain('too large');
  });

  it('holds when the stream runs past the cap although the size was not declared', async () => {
    const sub = submission();
    store(sub, Buffer.concat([mail(), Buffer.alloc(5000, 'x')]), null);

    await run(build({ scan: scanAs('pass', []), maxMessageBytes: 2048 }), sqsEvent(sub));

    expect(world.relayed).toEqual([]);
    expect(await record(sub.id)).toMatchObject({ status: 'HELD', holdReason: 'oversize' });
  });
});

describe('filter: redelivery', () => {
  it('relays nothing on a duplicate delivery (idempotency store answers)', async () => {
    const sub = submission();
    store(sub, mail());
    const handler = build();

    await run(handler, sqsEvent(sub));
    const second = await run(handler, sqsEvent(sub));

    expect(failed(second)).toEqual([]);
    expect(world.relayed).toHaveLength(1);
  });

  it('relays nothing on a duplicate delivery after the idempotency record is gone (the log answers)', async () => {
    const sub = submission();
    store(sub, mail());

    await run(build({ idempotency: false }), sqsEvent(sub));
    const second = await run(build({ idempotency: false }), sqsEvent(sub));

    expect(failed(second)).toEqual([]);
    expect(world.relayed).toHaveLength(1);
    expect(out.logs.some((l) => l.message === 'already processed: nothing to do')).toBe(true);
  });

  it('lets only one of two concurrent deliveries work; the other goes back on the queue', async () => {
    const sub = submission();
    store(sub, mail());
    const [a, b] = [sqsEvent(sub), sqsEvent(sub)];

    const results = await Promise.all([run(build(), a), run(build(), b)]);

    expect(world.relayed).toHaveLength(1);
    expect(results.flatMap(failed)).toHaveLength(1);
    expect(out.logs.some((l) => String(l.message).startsWith('another delivery of this submission'))).toBe(
      true,
    );
  });

  it('does not mix up items of one batch: a failing item does not fail the others', async () => {
    const good = submission();
    const missing = submission();
    store(good, mail());
    const event = sqsEvent(good, missing);

    const res = await run(build(), event);

    expect(failed(res)).toEqual([event.Records[1]?.messageId]);
    expect(world.relayed).toHaveLength(1);
  });
});

describe('filter: faults', () => {
  it('puts the item back on the queue when S3 throttles, and relays once on redelivery', async () => {
    const sub = submission();
    store(sub, mail());
    world.s3Faults.push(
      faultOnce('GetObject', () => true, awsError('SlowDown', 'Please reduce your request rate.', 'server')),
    );
    const handler = build();
    const event = sqsEvent(sub);

    const first = await run(handler, event);
    expect(failed(first)).toEqual([event.Records[0]?.messageId]);
    expect(world.relayed).toEqual([]);

    const second = await run(handler, event);
    expect(failed(second)).toEqual([]);
    expect(world.relayed).toHaveLength(1);
  });

  it('fails a missing raw object with a clear log so the redrive policy moves it to the DLQ', async () => {
    const sub = submission();
    const event = sqsEvent(sub);

    const res = await run(build(), event);

    expect(failed(res)).toEqual([event.Records[0]?.messageId]);
    const log = out.logs.find((l) => String(l.message).startsWith('raw message missing'));
    expect(log).toMatchObject({ level: 'ERROR', submissionId: sub.id, error: 'RawMissingError' });
    expect(world.relayed).toEqual([]);
    expect((await record(sub.id))?.status).toBe('RECEIVED');
  });

  it('fails a poison queue message (not a Submission) with a clear log', async () => {
    const event = sqsEvent({ hello: 'world' });

    const res = await run(build(), event);

    expect(failed(res)).toEqual([event.Records[0]?.messageId]);
    expect(out.logs.find((l) => String(l.message).startsWith('poison message'))).toMatchObject({
      level: 'ERROR',
      error: 'PoisonSubmissionError',
    });
  });

  it('retries after a DynamoDB throttle when recording the relay, without sending again (crash after relay)', async () => {
    const sub = submission({
      envelope: { mailFrom: REP, rcptTo: Array.from({ length: 60 }, (_, i) => `r${i}@acme.example`) },
    });
    store(sub, mail());
    const throttle = awsError('ProvisionedThroughputExceededException', 'throttled', 'server');
    world.faults.push(
      faultOnce(
        'UpdateItem',
        (input) => JSON.stringify(input.ExpressionAttributeValues ?? {}).includes('"RELAYED"'),
        throttle,
      ),
    );
    const handler = build();
    const event = sqsEvent(sub);

    const first = await run(handler, event);
    expect(failed(first)).toEqual([event.Records[0]?.messageId]);
    expect(world.relayed).toHaveLength(2);
    expect((await record(sub.id))?.status).toBe('RELAYING');

    const second = await run(handler, event);
    expect(failed(second)).toEqual([]);
    expect(world.relayed).toHaveLength(2);
    expect((await record(sub.id))?.status).toBe('RELAYED');
  });

  it('recovers from a crash after relay that left its idempotency lock behind, without sending again', async () => {
    const sub = submission();
    store(sub, mail());
    const crash = awsError('InternalServerError', 'process died', 'server');
    // The crash: the RELAYED write never happens and nothing cleans up (like a timeout: no DeleteItem,
    // which is also what IAM without DeleteItem looks like).
    world.faults.push(
      faultOnce(
        'UpdateItem',
        (input) => JSON.stringify(input.ExpressionAttributeValues ?? {}).includes('"RELAYED"'),
        crash,
      ),
      faultOnce('DeleteItem', () => true, awsError('AccessDeniedException', 'not allowed')),
    );
    const event = sqsEvent(sub);

    const first = await build()(event, fakeContext('poise-filter', 1));
    expect(failed(first)).toEqual([event.Records[0]?.messageId]);
    expect(world.relayed).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 5)); // the lock's in-progress expiry passes

    const second = await build()(event, fakeContext());
    expect(failed(second)).toEqual([]);
    expect(world.relayed).toHaveLength(1);
    expect((await record(sub.id))?.status).toBe('RELAYED');
  });

  it('re-reads and carries on when a guarded write reports ConditionalCheckFailed', async () => {
    const sub = submission();
    store(sub, mail());
    const ccf = awsError('ConditionalCheckFailedException', 'The conditional request failed');
    // Built as the SDK would, so the adapter's instanceof check sees it.
    const { ConditionalCheckFailedException } = await import('@aws-sdk/client-dynamodb');
    const real = new ConditionalCheckFailedException({ message: ccf.message, $metadata: {} });
    world.faults.push(
      faultOnce(
        'UpdateItem',
        (input) => JSON.stringify(input.ExpressionAttributeValues ?? {}).includes('"RELAYING"'),
        real,
      ),
    );

    const res = await run(build(), sqsEvent(sub));

    expect(failed(res)).toEqual([]);
    expect(world.relayed).toHaveLength(1);
    expect((await record(sub.id))?.status).toBe('RELAYED');
  });

  it('resends only the chunks not yet relayed after SES throttles mid-way', async () => {
    const rcptTo = Array.from({ length: 130 }, (_, i) => `r${i}@acme.example`);
    const sub = submission({ envelope: { mailFrom: REP, rcptTo } });
    store(sub, mail());
    let calls = 0;
    world.sesFaults.push((name) =>
      name === 'SendRawEmail' && ++calls === 2
        ? awsError('Throttling', 'Maximum sending rate exceeded.')
        : undefined,
    );
    const handler = build();
    const event = sqsEvent(sub);

    const first = await run(handler, event);
    expect(failed(first)).toEqual([event.Records[0]?.messageId]);
    expect(world.relayed).toHaveLength(1);
    expect(out.metric(METRIC.relayFailure)).toBe(1);
    expect(out.metric(METRIC.relayFailure, { [DIMENSION.error]: 'Throttling' })).toBe(1);

    const second = await run(handler, event);
    expect(failed(second)).toEqual([]);
    const delivered = world.relayed.flatMap((r) => r.destinations);
    expect(delivered.sort()).toEqual([...rcptTo].sort());
  });

  it('holds with reason relay_rejected when SES rejects the message, and does not retry it', async () => {
    const sub = submission();
    store(sub, mail());
    world.sesFaults.push(() => awsError('MessageRejected', 'Email address is not verified.'));

    const res = await run(build(), sqsEvent(sub));

    expect(failed(res)).toEqual([]);
    expect(world.relayed).toEqual([]);
    expect(await record(sub.id)).toMatchObject({
      status: 'HELD',
      holdReason: 'relay_rejected',
      verdict: 'pass',
    });
    expect(await getItem(world, `MSG#${sub.id}`, 'HOLD')).toMatchObject({
      reason: 'relay_rejected',
      error: 'Email address is not verified.',
    });
    expect(out.metric(METRIC.relayFailure)).toBe(1);
    expect(out.metric(METRIC.relayFailure, { [DIMENSION.error]: 'MessageRejected' })).toBe(1);
  });

  it('resends a chunk whose relay was not recorded (the documented at-least-once window)', async () => {
    const sub = submission();
    store(sub, mail());
    world.faults.push(
      faultOnce(
        'UpdateItem',
        (input) => String(input.UpdateExpression).includes('#chunks.#i'),
        awsError('InternalServerError', 'boom', 'server'),
      ),
    );
    const handler = build();
    const event = sqsEvent(sub);

    const first = await run(handler, event);
    expect(failed(first)).toEqual([event.Records[0]?.messageId]);
    await run(handler, event);

    expect(world.relayed).toHaveLength(2);
    expect((await record(sub.id))?.status).toBe('RELAYED');
  });

  it('keeps a hold and sends its notices on redelivery when the notice service throttled', async () => {
    const sub = submission();
    store(sub, mail());
    let calls = 0;
    world.sesFaults.push((name) =>
      name === 'SendEmail' && ++calls === 1 ? awsError('TooManyRequestsException') : undefined,
    );
    const handler = build({ scan: scanAs('hold', [finding('unilateral_discount', 'UD-PERCENT')]) });
    const event = sqsEvent(sub);

    const first = await run(handler, event);
    expect(failed(first)).toEqual([event.Records[0]?.messageId]);
    expect(await record(sub.id)).toMatchObject({ status: 'HELD', noticesPending: true });

    const second = await run(handler, event);
    expect(failed(second)).toEqual([]);
    expect(world.notices.map((n) => n.to[0])).toEqual([FALLBACK, REP]);
    expect(world.relayed).toEqual([]);
    expect(await record(sub.id)).toMatchObject({ status: 'HELD', noticesPending: false });
  });
});
