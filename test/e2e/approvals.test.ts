// End to end on the local gateway, through real SMTP: a held discount mail → the approver's review
// request in the outbox → its Approve link (GET shows a page, POST from it acts) → the original bytes
// reach the upstream sink with every envelope recipient; reject from the console API (signed in through
// /oauth2/authorize + /oauth2/token) → the rep gets the note; the deadline passes → the rep is told.
import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../lambdas/local/gateway';
import { Outbox } from '../../lambdas/local/outbox';
import { signIn, unentity } from '../local/console-auth';
import { startSink, startTestGateway, submitRaw, tempDir, waitFor } from '../local/helpers';

const REP = 'rep@seller.example';
const APPROVER = 'approver@localhost.localdomain';
const RECIPIENTS = ['buyer@customer.example', 'cfo@customer.example', 'hidden-bcc@partner.example'];
const HOUR = 3_600_000;

interface Sent {
  id: string;
  raw: Buffer;
  messageId: string;
}

interface Notice {
  to: string[];
  subject: string;
  text: string;
}

describe('approvals end to end on the local gateway', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let sink: Awaited<ReturnType<typeof startSink>>;
  let gw: Gateway;
  let base: string;
  let outbox: Outbox;
  let offset = 0;
  const sent: Record<string, Sent> = {};

  const send = async (name: string, body: string) => {
    const messageId = `<${name}@seller.example>`;
    const raw = await new MailComposer({
      from: `Rep <${REP}>`,
      to: 'Buyer <buyer@customer.example>',
      cc: 'cfo@customer.example',
      subject: `Pricing (${name})`,
      text: body.replace(/\n/g, '\r\n'),
      messageId,
    })
      .compile()
      .build();
    sent[name] = { id: await submitRaw(gw, { from: REP, to: RECIPIENTS }, raw), raw, messageId };
  };

  /** The notices the local SES was asked to send about one hold (X-Poise-Hold), parsed. */
  const noticesFor = async (name: string): Promise<Notice[]> => {
    const out: Notice[] = [];
    for (const r of await outbox.list()) {
      const raw = await outbox.readRaw(r.messageId);
      if (!raw.includes(Buffer.from(`X-Poise-Hold: ${sent[name]?.id}\r\n`))) continue;
      const parsed = await simpleParser(raw);
      out.push({ to: r.destinations, subject: parsed.subject ?? '', text: parsed.text ?? '' });
    }
    return out;
  };
  const noticeTo = (name: string, to: string, subject: RegExp) =>
    waitFor(`a notice to ${to} about ${name} (${subject})`, async () =>
      (await noticesFor(name)).find((n) => n.to.includes(to) && subject.test(n.subject)),
    );

  let adminToken: string;
  const api = async (path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${adminToken}`, ...(init.headers ?? {}) },
    });
  const holdStatus = async (name: string) => {
    const res = await api(`/api/holds/${encodeURIComponent(sent[name]?.id ?? '')}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { hold: { status: string; note?: string } }).hold;
  };
  const upstreamCopies = (name: string) =>
    sink.messages.filter((m) => m.raw.includes(Buffer.from(`Message-ID: ${sent[name]?.messageId}`)));

  beforeAll(async () => {
    dir = await tempDir();
    sink = await startSink();
    gw = await startTestGateway(dir.path, {
      upstreamSmtp: sink.url,
      sweepIntervalMs: 0,
      approvalsClock: () => new Date(Date.now() + offset),
    });
    base = gw.publicUrl;
    outbox = new Outbox(gw.outboxDir);
    const admin = gw.consoleUsers.find((u) => u.groups.includes('admins'));
    if (!admin) throw new Error('no local admin');
    adminToken = await signIn(base, admin);
    const discount = 'Hi Dana,\n\nI can knock another 20% off, no strings attached.\n\nBest,\nRep\n';
    for (const name of ['approve', 'reject', 'expire']) await send(name, discount);
  }, 60_000);

  afterAll(async () => {
    await gw?.stop();
    await sink?.close();
    await dir?.remove();
  });

  it('holds the discount and mails the approver a review request with links, the rep a hold notice', async () => {
    const review = await noticeTo('approve', APPROVER, /^Review needed: Pricing \(approve\)/);
    expect(review.text).toContain('another 20% off');
    expect(review.text).toContain('hidden-bcc@partner.example');
    expect(review.text).toMatch(new RegExp(`${base}/approve/[\\w-]+\\.[\\w-]+`));
    const held = await noticeTo('approve', REP, /^Held for review: Pricing \(approve\)/);
    expect(held.text).toContain(`${APPROVER} will review it`);
    expect(upstreamCopies('approve')).toEqual([]);
  });

  it('approves through the mailed link: GET changes nothing, the POST from its page relays the original to every envelope recipient', async () => {
    const review = await noticeTo('approve', APPROVER, /^Review needed/);
    const link = new RegExp(`${base}/approve/[\\w-]+\\.[\\w-]+`).exec(review.text)?.[0] ?? '';

    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Approve and send');
    expect((await holdStatus('approve')).status).toBe('HELD');
    expect(upstreamCopies('approve')).toEqual([]);

    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1] ?? '';
    const token = /<input type="hidden" name="token" value="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(new URL(unentity(action), base).href).toBe(link);
    // What Chromium sends from that page: its `Referrer-Policy: no-referrer` makes the Origin `null`.
    const post = () =>
      fetch(link, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: 'null',
          'sec-fetch-site': 'same-origin',
        },
        body: new URLSearchParams({ token, note: '' }).toString(),
      });
    const res = await post();
    expect(res.status).toBe(200);

    const copies = await waitFor('the approved message upstream', () =>
      upstreamCopies('approve').length ? upstreamCopies('approve') : undefined,
    );
    expect(copies.flatMap((c) => c.rcptTo).sort()).toEqual([...RECIPIENTS].sort());
    for (const c of copies) {
      expect(c.mailFrom).toBe(REP);
      expect(c.raw.equals(sent.approve?.raw ?? Buffer.alloc(0))).toBe(true);
    }
    await waitFor('the hold to be RELEASED', async () => (await holdStatus('approve')).status === 'RELEASED');

    // A replayed POST (double click) changes nothing and sends nothing again.
    expect((await post()).status).toBe(409);
    await new Promise((r) => setTimeout(r, 300));
    expect(upstreamCopies('approve').flatMap((c) => c.rcptTo)).toHaveLength(RECIPIENTS.length);
  });

  it('refuses a link POST from another origin or site, even with the token', async () => {
    const review = await noticeTo('reject', APPROVER, /^Review needed/);
    const link = new RegExp(`${base}/reject/[\\w-]+\\.[\\w-]+`).exec(review.text)?.[0] ?? '';
    const token = link.slice(link.lastIndexOf('/') + 1);
    const attempts: Array<Record<string, string>> = [
      { origin: 'https://evil.example' },
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      // A sandboxed frame on another site also posts with Origin null.
      { origin: 'null', 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of attempts) {
      const res = await fetch(link, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams({ token, note: 'no' }).toString(),
      });
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
    expect((await holdStatus('reject')).status).toBe('HELD');
  });

  it('rejects from the console API with a note: the rep is told, nothing goes upstream', async () => {
    const approver = gw.consoleUsers.find((u) => u.email === APPROVER);
    if (!approver) throw new Error('no local approver');
    const token = await signIn(base, approver);
    const id = encodeURIComponent(sent.reject?.id ?? '');

    const withoutJson = await fetch(`${base}/api/holds/${id}/reject`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'note=x',
    });
    expect(withoutJson.status).toBe(400);

    const res = await fetch(`${base}/api/holds/${id}/reject`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ note: 'Offer the discount only for a 3-year term, please.' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ hold: { status: 'REJECTED' }, repNotified: true });

    const notice = await noticeTo('reject', REP, /^Not sent: Pricing \(reject\)/);
    expect(notice.text).toContain('Offer the discount only for a 3-year term, please.');
    expect(notice.text).toContain(`${APPROVER} rejected it`);
    expect((await holdStatus('reject')).status).toBe('REJECTED');
    expect(upstreamCopies('reject')).toEqual([]);
  });

  it('expires a hold nobody decided once its deadline passes, and tells the rep', async () => {
    await noticeTo('expire', APPROVER, /^Review needed/);
    // Before the deadline the sweep leaves it held (half time: a reminder at most).
    offset = 1 * HOUR;
    await gw.sweep();
    expect((await holdStatus('expire')).status).toBe('HELD');

    offset = 25 * HOUR; // the local deadline is 24 hours
    const summary = await gw.sweep();
    expect(summary.failed).toEqual([]);
    expect(summary.done).toContainEqual(expect.objectContaining({ holdId: sent.expire?.id }));

    const notice = await noticeTo('expire', REP, /^Not sent \(deadline passed\): Pricing \(expire\)/);
    expect(notice.text).toContain('nobody decided before the deadline');
    expect((await holdStatus('expire')).status).toBe('REJECTED');
    expect(upstreamCopies('expire')).toEqual([]);

    // Running it again at the same instant does nothing new.
    const again = await gw.sweep();
    expect(again.done.filter((d) => d.holdId === sent.expire?.id)).toEqual([]);
  });
});
