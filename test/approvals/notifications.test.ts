import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../lambdas/approvals/errors';
import {
  approverHoldMail,
  buildMime,
  checkAddress,
  formatTime,
  type HoldView,
  holdViewFrom,
  type MailContent,
  reminderMail,
  repExpiryMail,
  repHoldMail,
  repRejectMail,
} from '../../lambdas/approvals/notifications';
import type { ActionLinks } from '../../lambdas/approvals/tokens';
import type { Finding } from '../../lambdas/domain/types';

const BODY = 'Hi Tom,\nWe can do 30% off if you sign by Friday.\nBest, Ana';
const PHRASE = 'We can do 30% off';
const finding: Finding = {
  rule: 'discount.offer',
  category: 'unilateral_discount',
  severity: 'high',
  field: 'body',
  excerpt: 'We can do 30% off if you sign by Friday.',
  start: BODY.indexOf(PHRASE),
  end: BODY.indexOf(PHRASE) + PHRASE.length,
  why: 'A discount offered without asking for anything in return.',
  suggestion: 'Offer terms in exchange for a longer commitment.',
};

function view(overrides: Partial<HoldView> = {}): HoldView {
  return {
    holdId: 'sub-123',
    rep: { address: 'ana@acme.example', name: 'Ana Rep' },
    recipients: ['tom@buyer.example', 'cfo@buyer.example', 'hidden-bcc@buyer.example'],
    subject: 'Pricing for next year',
    body: BODY,
    findings: [finding],
    reason: 'findings',
    approver: 'maria@acme.example',
    deadline: '2026-11-28T08:00:00.000Z',
    ...overrides,
  };
}

const links: ActionLinks = {
  approve: 'https://poise.example.com/approve/AAA.bbb',
  reject: 'https://poise.example.com/reject/CCC.ddd',
  view: 'https://poise.example.com/view/EEE.fff',
};
const opts = { from: 'poise@acme.example' };

// Every tag and attribute the templates use. Anything else in the HTML means a value was not escaped.
const OUR_MARKUP =
  /<!doctype html>|<\/?(?:html|head|meta|title|body|h1|h2|p|table|tr|th|td|div|ul|li|strong|mark|blockquote|a|br|hr)(?:\s+(?:lang|charset|style|href|title)="[^"<>]*")*\s*>/g;

function strayMarkup(html: string): string[] {
  return html.replace(OUR_MARKUP, '').match(/[<>]/g) ?? [];
}

describe('approverHoldMail', () => {
  const mail = approverHoldMail(view(), links, opts);

  it('goes to the approver from the notify address', () => {
    expect(mail.to).toEqual(['maria@acme.example']);
    expect(mail.from).toEqual({ address: 'poise@acme.example', name: 'Poise' });
    expect(mail.subject).toBe('Review needed: Pricing for next year');
    expect(mail.headers['X-Poise-Hold']).toBe('sub-123');
  });

  it('says who, to whom (Bcc included), what, why, the suggestion, the links and the deadline', () => {
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('Ana Rep');
      expect(part).toContain('ana@acme.example');
      expect(part).toContain('hidden-bcc@buyer.example');
      expect(part).toContain('Pricing for next year');
      expect(part).toContain('Unilateral discount');
      expect(part).toContain('without asking for anything in return');
      expect(part).toContain('longer commitment');
      expect(part).toContain(links.approve);
      expect(part).toContain(links.reject);
      expect(part).toContain('Sat, 28 Nov 2026, 08:00 UTC');
    }
  });

  it('highlights the finding in the rep’s text', () => {
    expect(mail.text).toContain('[[We can do 30% off]] if you sign by Friday.');
    expect(mail.html).toContain(
      '<mark title="A discount offered without asking for anything in return.">We can do 30% off</mark>',
    );
  });

  it('says the links only open a confirmation page', () => {
    expect(mail.text).toMatch(/confirmation page; nothing happens until you confirm/);
  });

  it('lists attachments without opening them', () => {
    const m = approverHoldMail(
      view({ attachments: [{ filename: 'quote<1>.pdf', contentType: 'application/pdf', size: 20480 }] }),
      links,
      opts,
    );
    expect(m.text).toContain('- quote<1>.pdf (application/pdf, 20 KB)');
    expect(m.html).toContain('<li>quote&lt;1&gt;.pdf (application/pdf, 20 KB)</li>');
  });

  it('cuts a huge body and says so', () => {
    const m = approverHoldMail(view({ body: `${BODY}\n${'x'.repeat(50_000)}` }), links, opts);
    expect(m.text.length).toBeLessThan(25_000);
    expect(m.text).toContain('cut here');
  });

  it('copes with an unreadable message (no text, no findings)', () => {
    const m = approverHoldMail(
      view({ body: undefined, subject: undefined, findings: [], reason: 'unscannable' }),
      links,
      opts,
    );
    expect(m.text).toContain('could not be read');
    expect(m.subject).toBe('Review needed: (no subject)');
  });

  it('refuses a non-http link', () => {
    expect(() => approverHoldMail(view(), { ...links, approve: 'javascript:alert(1)' }, opts)).toThrow(
      InvalidInput,
    );
  });
});

describe('rep notices and reminders', () => {
  it('tells the rep what was held, why, who reviews it, by when, and how to reword', () => {
    const m = repHoldMail(view(), opts);
    expect(m.to).toEqual(['ana@acme.example']);
    expect(m.text).toContain(
      '"Pricing for next year" to tom@buyer.example, cfo@buyer.example, hidden-bcc@buyer.example',
    );
    expect(m.text).toContain('We can do 30% off if you sign by Friday.');
    expect(m.text).toContain('maria@acme.example will review it by Sat, 28 Nov 2026, 08:00 UTC');
    expect(m.text).toContain('Suggestion: Offer terms in exchange');
    expect(m.text).not.toContain('Best, Ana'); // the rep gets the phrases, not their whole mail back
  });

  it('gives the rep the approver’s note on reject, escaped in HTML', () => {
    const m = repRejectMail(
      view(),
      { by: 'maria@acme.example', note: 'Not without a 2-year term.\n<b>Call me</b>' },
      opts,
    );
    expect(m.subject).toBe('Not sent: Pricing for next year');
    expect(m.text).toContain('  Not without a 2-year term.\n  <b>Call me</b>');
    expect(m.html).toContain('&lt;b&gt;Call me&lt;/b&gt;');
    expect(strayMarkup(m.html)).toEqual([]);
  });

  it.each([
    ['reject', 'Not sent (deadline passed): Pricing for next year', /was not sent: nobody decided/],
    ['approve', 'Sent after deadline: Pricing for next year', /was sent without review/],
  ] as const)('tells the rep about %s-on-expiry', (action, subject, text) => {
    const m = repExpiryMail(view(), action, opts);
    expect(m.subject).toBe(subject);
    expect(m.text).toMatch(text);
  });

  it('reminds the approver at half time and the fallback near the end, with their own links', () => {
    const half = reminderMail(view(), 'half', 'maria@acme.example', links, opts);
    const final = reminderMail(view(), 'final', 'lead@acme.example', links, opts);
    expect(half.to).toEqual(['maria@acme.example']);
    expect(half.subject).toBe('Reminder: review needed: Pricing for next year');
    expect(final.to).toEqual(['lead@acme.example']);
    expect(final.text).toContain('maria@acme.example was asked first');
    expect(final.html).toContain(`href="${links.approve}"`);
  });
});

describe('escaping', () => {
  const xss = '<script>alert(1)</script><img src=x onerror="alert(2)">';

  it('escapes hostile values in every builder', () => {
    const hostile = view({
      rep: { address: 'ana@acme.example', name: `"><svg onload=alert(3)>` },
      subject: xss,
      body: `${xss}\n${BODY}`,
      recipients: [`x@y.example"><b>`],
      findings: [{ ...finding, start: 0, end: 8, excerpt: xss, why: xss, suggestion: xss }],
      attachments: [{ filename: xss, contentType: 'text/html', size: 1 }],
    });
    const mails = [
      approverHoldMail(hostile, links, opts),
      repHoldMail(hostile, opts),
      repRejectMail(hostile, { by: 'm@acme.example', note: xss }, opts),
      repExpiryMail(hostile, 'reject', opts),
      reminderMail(hostile, 'final', 'lead@acme.example', links, opts),
    ];
    for (const m of mails) {
      expect(strayMarkup(m.html)).toEqual([]);
      expect(m.html).not.toContain('<script');
      expect(m.html).not.toContain('<img');
    }
  });

  it('leaves no unescaped markup for any values (property)', () => {
    const nasty = fc.string({
      unit: fc.constantFrom('<', '>', '"', "'", '&', 'a', ' ', '\n', '\r', '/', '=', 'é'),
    });
    fc.assert(
      fc.property(
        nasty,
        nasty,
        nasty,
        nasty,
        nasty,
        fc.nat(40),
        fc.nat(40),
        (subject, name, body, why, note, s, e) => {
          const v = view({
            subject,
            body,
            rep: { address: 'ana@acme.example', name },
            findings: [{ ...finding, start: s, end: e, why, suggestion: why, excerpt: body.slice(0, 10) }],
          });
          for (const m of [
            approverHoldMail(v, links, opts),
            repHoldMail(v, opts),
            repRejectMail(v, { by: 'm@acme.example', note }, opts),
          ]) {
            expect(strayMarkup(m.html)).toEqual([]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('buildMime', () => {
  async function headerSection(mail: MailContent): Promise<string> {
    const raw = (
      await buildMime(mail, { messageId: '<fixed@poise.example>', date: new Date('2026-11-27T09:00:00Z') })
    ).toString('utf8');
    return raw.slice(0, raw.indexOf('\r\n\r\n'));
  }

  it('builds a multipart/alternative message the parser reads back', async () => {
    const raw = await buildMime(approverHoldMail(view(), links, opts));
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe('Review needed: Pricing for next year');
    expect(parsed.from?.value).toEqual([{ address: 'poise@acme.example', name: 'Poise' }]);
    expect(parsed.to && !Array.isArray(parsed.to) && parsed.to.value.map((a) => a.address)).toEqual([
      'maria@acme.example',
    ]);
    expect(parsed.text).toContain('[[We can do 30% off]]');
    expect(parsed.html).toContain('<mark');
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(parsed.headers.get('x-poise-hold')).toBe('sub-123');
    expect(raw.toString('latin1')).not.toMatch(/[^\r]\n/); // CRLF line endings throughout
  });

  it.each([
    ['a CRLF in the subject', 'Hi\r\nBcc: evil@x.example'],
    ['an LF in the subject', 'Hi\nBcc: evil@x.example'],
    ['an encoded CRLF (Q)', '=?utf-8?Q?Hi=0D=0ABcc:_evil@x.example?='],
    ['an encoded CRLF (B)', '=?utf-8?B?SGkNCkJjYzogZXZpbEB4LmV4YW1wbGU=?='],
  ])('does not let %s inject a header', async (_label, subject) => {
    const mail = approverHoldMail(
      view({ subject, rep: { address: 'ana@acme.example', name: subject } }),
      links,
      opts,
    );
    const headers = await headerSection(mail);
    expect(headers).not.toMatch(/^bcc:/im);
    const parsed = await simpleParser(await buildMime(mail));
    expect(parsed.subject).toBe('Review needed: Hi Bcc: evil@x.example');
    expect(parsed.bcc).toBeUndefined();
  });

  it('sanitizes values set directly on the content, not only through the builders', async () => {
    const mail: MailContent = {
      from: { address: 'poise@acme.example', name: 'Po\r\nBcc: a@b.example' },
      to: ['maria@acme.example'],
      subject: `x\r\nBcc: a@b.example ${'y'.repeat(500)}`,
      text: 't',
      html: '<p>t</p>',
      headers: { 'X-Poise-Hold': 'id\r\nBcc: a@b.example' },
    };
    const parsed = await simpleParser(await buildMime(mail));
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.subject?.length).toBeLessThanOrEqual(200);
    expect(parsed.headers.get('x-poise-hold')).toBe('id Bcc: a@b.example');
  });

  it('refuses an address with a line break or a bad header name', async () => {
    expect(() => checkAddress('maria@acme.example\r\nBcc: x@y.example')).toThrow(InvalidInput);
    expect(() => checkAddress('"x"@acme.example')).toThrow(InvalidInput);
    const mail = approverHoldMail(view(), links, opts);
    await expect(buildMime({ ...mail, to: ['a@b.example, c@d.example'] })).rejects.toThrow(InvalidInput);
    await expect(buildMime({ ...mail, headers: { 'Bcc:x': 'y' } })).rejects.toThrow(InvalidInput);
    await expect(buildMime({ ...mail, headers: { Bcc: 'evil@x.example' } })).rejects.toThrow(InvalidInput);
    await expect(buildMime({ ...mail, headers: { 'Content-Type': 'text/html' } })).rejects.toThrow(
      InvalidInput,
    );
  });

  it('never produces a header line that is not a field or a fold, nor a decoded CR/LF (property)', async () => {
    const tricky = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({
        unit: fc.constantFrom('\r', '\n', '=', '?', 'Q', 'B', 'u', '8', ':', ' ', 'é', 'Bcc', '\u2028'),
      }),
      fc.string().map((s) => `=?utf-8?B?${Buffer.from(`\r\n${s}`).toString('base64')}?=`),
      fc
        .string()
        .map((s) => `=?utf-8?Q?${Buffer.from(`${s}\r\nBcc: x@y`).toString('hex').replace(/(..)/g, '=$1')}?=`),
    );
    await fc.assert(
      fc.asyncProperty(tricky, tricky, async (subject, name) => {
        const mail = approverHoldMail(
          view({ subject, rep: { address: 'ana@acme.example', name } }),
          links,
          opts,
        );
        const headers = await headerSection({ ...mail, from: { address: 'poise@acme.example', name } });
        for (const line of headers.split('\r\n')) {
          expect(line).toMatch(/^(?:[A-Za-z0-9-]+: ?|[ \t])[^\r\n]*$/);
        }
        const names = headers
          .split('\r\n')
          .filter((l) => !/^[ \t]/.test(l))
          .map((l) => l.slice(0, l.indexOf(':')).toLowerCase());
        expect(names.sort()).toEqual(
          [
            'x-auto-response-suppress',
            'auto-submitted',
            'content-type',
            'date',
            'from',
            'message-id',
            'mime-version',
            'subject',
            'to',
            'x-poise-hold',
          ].sort(),
        );
        const parsed = await simpleParser(Buffer.from(`${headers}\r\n\r\n`));
        expect(parsed.subject ?? '').not.toMatch(/[\r\n]/);
        expect(parsed.from?.value[0]?.name ?? '').not.toMatch(/[\r\n]/);
        expect(parsed.from?.value[0]?.address).toBe('poise@acme.example');
      }),
      { numRuns: 150 },
    );
  });
});

describe('holdViewFrom', () => {
  it('joins the stored hold and the re-extracted mail', () => {
    const v = holdViewFrom(
      {
        id: 'sub-9',
        rep: 'ana@acme.example',
        approver: 'maria@acme.example',
        deadline: '2026-11-28T08:00:00Z',
        reason: 'findings',
        findings: [finding],
        envelope: { rcptTo: ['tom@buyer.example', 'bcc@buyer.example'] },
      },
      { subject: 'S', body: BODY, from: { address: 'ana@acme.example', name: 'Ana' }, attachments: [] },
    );
    expect(v).toMatchObject({
      holdId: 'sub-9',
      rep: { name: 'Ana' },
      recipients: ['tom@buyer.example', 'bcc@buyer.example'],
    });
    expect(approverHoldMail(v, links, opts).text).toContain('[[We can do 30% off]]');
  });

  it('works without the mail (reminders after the fact)', () => {
    const v = holdViewFrom({
      id: 'sub-9',
      rep: 'ana@acme.example',
      approver: 'm@acme.example',
      deadline: 'x',
    });
    expect(v).toMatchObject({ findings: [], recipients: [], reason: 'findings', body: undefined });
    expect(reminderMail(v, 'half', 'm@acme.example', links, opts).text).toContain('Reminder');
  });
});

describe('formatTime', () => {
  it('formats in the given zone and tolerates junk', () => {
    expect(formatTime('2026-11-28T08:00:00Z', 'Europe/Berlin')).toBe('Sat, 28 Nov 2026, 09:00 CET');
    expect(formatTime('soon\r\n')).toBe('soon');
  });
});
