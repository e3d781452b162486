import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Duplex, PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractMail, UnscannableMailError } from '../../lambdas/domain/extract';
import { composed, rawMessage, rawMultipart } from './build';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/mail');
const fixture = (name: string) => readFileSync(path.join(fixtures, name));

describe('extractMail: headers', () => {
  it('decodes RFC 2047 subjects in Q and B encodings, folded over lines', async () => {
    const mail = await extractMail(
      rawMessage({
        subject: '=?UTF-8?Q?Propuesta_=E2=80=93_pr=C3=B3ximos?=\r\n =?ISO-8859-1?B?cGFzb3MgKG/xbyk=?=',
        body: 'Hola',
      }),
    );
    expect(mail.subject).toBe('Propuesta – próximospasos (oño)');
  });

  it('fills from, to, cc, message id and date', async () => {
    const mail = await extractMail(
      rawMessage({
        from: '=?UTF-8?Q?Jos=C3=A9_Rep?= <jose@seller.example>',
        to: 'A <a@customer.example>, Team: b@customer.example, c@customer.example;',
        headers: ['Cc: d@customer.example'],
        body: 'Hello',
      }),
    );
    expect(mail.from).toEqual({ address: 'jose@seller.example', name: 'José Rep' });
    expect(mail.to).toEqual(['a@customer.example', 'b@customer.example', 'c@customer.example']);
    expect(mail.cc).toEqual(['d@customer.example']);
    expect(mail.messageId).toBe('<test-1@seller.example>');
    expect(mail.date).toBe('2026-05-05T10:12:00.000Z');
  });

  it('warns about an unreadable Date header instead of inventing one', async () => {
    const raw = Buffer.from(
      rawMessage({ body: 'Hi' })
        .toString()
        .replace(/^Date: .*$/m, 'Date: someday soon'),
    );
    const mail = await extractMail(raw);
    expect(mail.date).toBeUndefined();
    expect(mail.warnings).toContain('unreadable Date header');
  });
});

describe('extractMail: charsets and transfer encodings', () => {
  const text = 'Je peux vous accorder 12 % de remise, ça vous convient ? Grüße, Señor.';

  it.each([
    ['iso-8859-1, quoted-printable', 'iso-8859-1', 'quoted-printable' as const, Buffer.from(text, 'latin1')],
    ['iso-8859-1, 8bit', 'iso-8859-1', '8bit' as const, Buffer.from(text, 'latin1')],
    ['utf-8, base64', 'utf-8', 'base64' as const, Buffer.from(text, 'utf8')],
    ['utf-8, quoted-printable', 'utf-8', 'quoted-printable' as const, Buffer.from(text, 'utf8')],
  ])('reads %s', async (_name, charset, cte, body) => {
    const mail = await extractMail(rawMessage({ charset, cte, body }));
    expect(mail.body).toBe(text);
    expect(mail.warnings).toEqual([]);
  });

  it('reads windows-1252 curly quotes, dashes and the euro sign', async () => {
    // 0x92 ’  0x96 –  0x80 €  0x93/0x94 “ ”
    const body = Buffer.from([
      ...Buffer.from('It', 'latin1'),
      0x92,
      ...Buffer.from('s ', 'latin1'),
      0x80,
      ...Buffer.from('40 ', 'latin1'),
      0x96,
      ...Buffer.from(' a ', 'latin1'),
      0x93,
      ...Buffer.from('special', 'latin1'),
      0x94,
      ...Buffer.from(' price.', 'latin1'),
    ]);
    const mail = await extractMail(rawMessage({ charset: 'windows-1252', cte: 'quoted-printable', body }));
    expect(mail.body).toBe('It’s €40 – a “special” price.');
  });

  it('reads koi8-r', async () => {
    // "Привет" in KOI8-R
    const body = Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]);
    const mail = await extractMail(rawMessage({ charset: 'koi8-r', cte: '8bit', body }));
    expect(mail.body).toBe('Привет');
  });

  it('reads iso-2022-jp', async () => {
    // "こんにちは" in ISO-2022-JP: ESC $ B, JIS X 0208 codes, ESC ( B
    const body = Buffer.from([
      0x1b, 0x24, 0x42, 0x24, 0x33, 0x24, 0x73, 0x24, 0x4b, 0x24, 0x41, 0x24, 0x4f, 0x1b, 0x28, 0x42,
    ]);
    const mail = await extractMail(rawMessage({ charset: 'iso-2022-jp', cte: '7bit', body }));
    expect(mail.body).toBe('こんにちは');
  });

  it('joins format=flowed soft line breaks so sentences stay whole', async () => {
    const body = 'I can knock 10% off the whole project, no need to \r\ncommit to anything extra.\r\n';
    const mail = await extractMail(rawMessage({ params: 'format=flowed', cte: '7bit', body }));
    expect(mail.body).toBe('I can knock 10% off the whole project, no need to commit to anything extra.');
  });

  it('warns when body bytes do not decode in the declared charset', async () => {
    const body = Buffer.from([0x48, 0x69, 0x20, 0xff, 0xfe, 0x21]);
    const mail = await extractMail(rawMessage({ charset: 'utf-8', cte: '8bit', body }));
    expect(mail.body.startsWith('Hi ')).toBe(true);
    expect(mail.warnings.some((w) => /could not be decoded/.test(w))).toBe(true);
  });
});

describe('extractMail: text/plain and HTML', () => {
  it('prefers text/plain in multipart/alternative', async () => {
    const mail = await extractMail(
      rawMultipart('alternative', [
        { body: 'Plain version: I can waive the setup fee.' },
        { contentType: 'text/html', body: '<p>HTML version: I can waive the setup fee.</p>' },
      ]),
    );
    expect(mail.htmlOnly).toBe(false);
    expect(mail.body).toBe('Plain version: I can waive the setup fee.');
  });

  it('converts HTML-only mail without wrapping long sentences', async () => {
    const sentence =
      'We are trying to get all of our third-quarter deals booked before our board meeting on the 28th, so it would be great to have your signature by then.';
    const mail = await extractMail(
      rawMessage({
        contentType: 'text/html',
        cte: 'quoted-printable',
        body: `<html><head><style>p{margin:0}</style><title>x</title></head><body><p>Hi Brian,</p><p>${sentence}</p><h2>Next steps</h2><p><a href="https://seller.example/sign">Sign here</a></p><img src="https://t.seller.example/o/1x1.gif" width="1" height="1"></body></html>`,
      }),
    );
    expect(mail.htmlOnly).toBe(true);
    expect(mail.body).toContain(sentence);
    expect(mail.body).toContain('Next steps');
    expect(mail.body).toContain('Sign here');
    expect(mail.body).not.toMatch(/https?:|margin|\[/);
  });

  it('uses the HTML part when the text part only says to view the HTML', async () => {
    const mail = await extractMail(
      rawMultipart('alternative', [
        { body: 'This message is in HTML format. Please use an HTML mail reader.' },
        { contentType: 'text/html', body: '<p>I can extend your trial by 30 days.</p>' },
      ]),
    );
    expect(mail.htmlOnly).toBe(true);
    expect(mail.body).toBe('I can extend your trial by 30 days.');
  });

  it.each([
    [
      'Outlook desktop (border-top header)',
      'outlook-html-reply.eml',
      'hold the pallets until the 20th',
      'Can you match it?',
    ],
    [
      'Outlook on the web (divRplyFwdMsg)',
      'owa-html-reply.eml',
      'The charcoal grout ships',
      'sealer for free',
    ],
    [
      'Gmail inline answers',
      'gmail-html-inline.eml',
      'take the unit price down to $19',
      'hoping for a lower price',
    ],
    [
      'Apple Mail (blockquote type=cite)',
      'apple-html-reply.eml',
      'misses my quarter',
      'comparing two other vendors',
    ],
    [
      'Thunderbird (moz-cite-prefix)',
      'thunderbird-html-reply.eml',
      'Beim Preis bleibt es wie angeboten.',
      'entgegenkommen',
    ],
    ['Yahoo (yahoo_quoted)', 'yahoo-html-reply.eml', 'The banners can ship Thursday.', 'knock 25% off'],
  ])('drops quoted HTML: %s', async (_name, file, kept, dropped) => {
    const mail = await extractMail(fixture(file));
    expect(mail.htmlOnly).toBe(true);
    expect(mail.body).toContain(kept);
    expect(mail.body).not.toContain(dropped);
    expect(mail.body).not.toMatch(/From:|Sent:|wrote:|schrieb/);
  });

  it('drops the signature of an Apple Mail HTML reply, whose "wrote:" line sits inside the quote', async () => {
    const html = [
      '<div>Hi Daniel,</div><div><br></div><div>The quote is unchanged, just re-dated.</div><div><br></div>',
      '<div>Thanks,<br>Megan</div><div><br></div>',
      "<div>Megan Tully | Account Manager, Education<br>RackForge Systems<br>President's Club 2024</div>",
      '<div><br><blockquote type="cite"><div>On Nov 20, 2026, at 11:02 AM, Daniel Osei wrote:</div><br>',
      '<div>Can you resend the quote with a current date?</div></blockquote></div>',
    ].join('');
    const mail = await extractMail(rawMessage({ contentType: 'text/html', cte: '8bit', body: html }));
    expect(mail.body).toBe('Hi Daniel,\n\nThe quote is unchanged, just re-dated.');
  });

  it.each([
    ['English', 'Forwarded message'],
    ['German', 'Weitergeleitete Nachricht'],
    ['French', 'Message transféré'],
  ])(
    'drops the message of a Gmail HTML forward (%s), whose header sits in the skipped gmail_attr',
    async (_l, title) => {
      const html = [
        '<div dir="ltr"><div>Priya,</div><div><br></div><div>Forwarding the order recap for your files.</div>',
        '<div><br></div><div>Best,<br>Sam</div></div><br>',
        `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- ${title} ---------<br>`,
        'From: Sam Rep &lt;sam@seller.example&gt;<br>Subject: Order recap<br></div><br>',
        '<div>Dear Ann,</div><div><br></div><div>I can take 15% off the second pallet.</div></div>',
      ].join('');
      const mail = await extractMail(rawMessage({ contentType: 'text/html', cte: '8bit', body: html }));
      expect(mail.body).toBe('Priya,\n\nForwarding the order recap for your files.');
    },
  );

  it('ends the body decoder of a single-part message once (a second end() builds an error Node drops)', async () => {
    const end = Duplex.prototype.end;
    const again: string[] = [];
    Duplex.prototype.end = function (this: Duplex, ...args: Parameters<Duplex['end']>) {
      if (this.writableEnded) again.push(this.constructor.name);
      return end.apply(this, args);
    } as Duplex['end'];
    try {
      const mail = await extractMail(rawMessage({ body: 'I can do 10% off.' }));
      expect(mail.body).toBe('I can do 10% off.');
    } finally {
      Duplex.prototype.end = end;
    }
    expect(again).toEqual([]);
  });

  it('ends each part decoder of a nested multipart message once, whatever structure follows the part', async () => {
    const end = Duplex.prototype.end;
    const again: string[] = [];
    Duplex.prototype.end = function (this: Duplex, ...args: Parameters<Duplex['end']>) {
      if (this.writableEnded) again.push(this.constructor.name);
      return end.apply(this, args);
    } as Duplex['end'];
    try {
      const raw = Buffer.from(
        [
          'From: Rep <rep@seller.example>',
          'To: Buyer <buyer@customer.example>',
          'Subject: Quote',
          'MIME-Version: 1.0',
          'Content-Type: multipart/mixed; boundary="m"',
          '',
          '--m',
          'Content-Type: multipart/alternative; boundary="a"',
          '',
          '--a',
          'Content-Type: text/plain; charset=utf-8',
          '',
          'I can do 10% off.',
          '--a',
          'Content-Type: text/html; charset=utf-8',
          '',
          '<p>I can do 10% off.</p>',
          '--a--',
          '',
          '--m',
          'Content-Type: application/pdf; name=quote.pdf',
          'Content-Transfer-Encoding: base64',
          '',
          'JVBERi0xLjQK',
          '--m--',
          '',
        ].join('\r\n'),
      );
      const mail = await extractMail(raw);
      expect(mail.body).toBe('I can do 10% off.');
    } finally {
      Duplex.prototype.end = end;
    }
    expect(again).toEqual([]);
  });

  it('keeps every inline answer of a Gmail HTML reply, and drops the Gmail signature', async () => {
    const mail = await extractMail(fixture('gmail-html-inline.eml'));
    expect(mail.body).toContain('Yes, down to minus thirty degrees.');
    expect(mail.body).not.toContain('cold storage');
    expect(mail.body).not.toContain('Book a demo');
  });

  it('reads pathologically nested HTML quickly, without its structure, and says so', async () => {
    const html = `<div>I can do 10% off.</div>${'<b>'.repeat(200_000)}the end`;
    const started = Date.now();
    const mail = await extractMail(rawMessage({ contentType: 'text/html', cte: '8bit', body: html }));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(mail.body).toContain('I can do 10% off.');
    expect(mail.body).toContain('the end');
    expect(mail.warnings.some((w) => /nested deeper/.test(w))).toBe(true);
  });

  it('gives each table cell its own paragraph, so text from different cells never forms one sentence', async () => {
    const html = [
      '<p>Hello Sam,</p>',
      '<table><tr><th>Item</th><th>Status</th></tr>',
      '<tr><td>The warehouse labels were printed on Monday.</td><td><a href="https://x.example/1">Open</a></td></tr>',
      '<tr><td>Route planning for the north depot</td><td>next week</td></tr>',
      '<tr><td><table><tr><td>Inner note</td><td>42</td></tr></table></td></tr>',
      '</table><p>Kim</p>',
    ].join('');
    const mail = await extractMail(rawMessage({ contentType: 'text/html', cte: '8bit', body: html }));
    const paragraphs = mail.body.split(/\n\s*\n/).map((p) => p.trim());
    for (const cell of [
      'Item',
      'Status',
      'The warehouse labels were printed on Monday.',
      'Open',
      'Route planning for the north depot',
      'next week',
      'Inner note',
      '42',
    ]) {
      expect(paragraphs).toContain(cell);
    }
  });

  it('reads HTML with tens of thousands of sibling elements to the last one', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `<p>Row ${i}</p>`).join('');
    const mail = await extractMail(
      rawMessage({
        contentType: 'text/html',
        cte: '8bit',
        body: `${rows}<p>Last: I will waive the setup fee.</p>`,
      }),
    );
    expect(mail.body).toContain('Last: I will waive the setup fee.');
  });

  it('drops a promo line inside a Thunderbird signature', async () => {
    const mail = await extractMail(fixture('thunderbird-html-reply.eml'));
    expect(mail.body).not.toContain('Rabatt');
  });
});

describe('extractMail: attachments', () => {
  it('lists attachments with name, type and decoded size, and never puts them in the body', async () => {
    const pdf = Buffer.alloc(300_000, 0x25);
    const raw = await composed({
      text: 'Quote attached.',
      attachments: [
        { filename: 'quote.pdf', content: pdf, contentType: 'application/pdf' },
        { filename: 'notes.txt', content: 'Internal: floor price is $30k', contentType: 'text/plain' },
        {
          filename: 'forwarded.eml',
          content: 'Subject: old\r\n\r\nI can do 40% off',
          contentType: 'message/rfc822',
        },
      ],
    });
    const mail = await extractMail(raw);
    expect(mail.body).toBe('Quote attached.');
    expect(mail.attachments).toEqual([
      { filename: 'quote.pdf', contentType: 'application/pdf', size: pdf.length },
      { filename: 'notes.txt', contentType: 'text/plain', size: 29 },
      expect.objectContaining({ filename: 'forwarded.eml', contentType: 'message/rfc822' }),
    ]);
  });

  it('lists inline images without scanning them', async () => {
    const raw = await composed({
      html: '<p>See the chart.</p><img src="cid:chart@x">',
      attachments: [
        { filename: 'chart.png', content: Buffer.alloc(1000, 1), cid: 'chart@x', contentType: 'image/png' },
      ],
    });
    const mail = await extractMail(raw);
    expect(mail.body).toBe('See the chart.');
    expect(mail.attachments).toEqual([{ filename: 'chart.png', contentType: 'image/png', size: 1000 }]);
  });

  it('caps how many attachments are listed', async () => {
    const raw = await composed({
      text: 'Files.',
      attachments: Array.from({ length: 5 }, (_, i) => ({
        filename: `f${i}.bin`,
        content: Buffer.from('x'),
      })),
    });
    const mail = await extractMail(raw, { maxAttachments: 2 });
    expect(mail.attachments).toHaveLength(2);
    expect(mail.warnings).toContain('3 more attachments not listed');
  });
});

describe('extractMail: limits and bad input', () => {
  it('reads a stream as well as a buffer', async () => {
    const raw = rawMessage({ body: 'Streamed text.' });
    const mail = await extractMail(Readable.from([raw.subarray(0, 10), raw.subarray(10)]));
    expect(mail.body).toBe('Streamed text.');
  });

  it('cuts an oversized body at the cap and says so', async () => {
    const line = 'All work and no discount makes a rep a dull rep.\n';
    const mail = await extractMail(rawMessage({ cte: '7bit', body: line.repeat(10_000) }), {
      maxBodyBytes: 64 * 1024,
    });
    expect(mail.body.length).toBeLessThanOrEqual(64 * 1024);
    expect(mail.body.length).toBeGreaterThan(32 * 1024);
    expect(mail.warnings.some((w) => /over 65536 bytes/.test(w))).toBe(true);
  });

  it.each([
    ['an empty buffer', Buffer.alloc(0)],
    ['a PNG', Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000', 'hex')],
    ['text without headers', Buffer.from('just some words\nand more words\n')],
  ])('throws UnscannableMailError for %s', async (_name, raw) => {
    await expect(extractMail(raw)).rejects.toBeInstanceOf(UnscannableMailError);
  });

  it('throws UnscannableMailError for a stream without headers', async () => {
    await expect(extractMail(Readable.from([Buffer.from('no headers at all\n')]))).rejects.toThrow(
      /no header section/,
    );
  });

  it('gives up on a stream that never ends, within the timeout', async () => {
    const stream = new PassThrough();
    stream.write('Subject: x\r\n\r\nstill typing');
    const started = Date.now();
    await expect(extractMail(stream, { timeoutMs: 200 })).rejects.toThrow(/longer than 200 ms/);
    expect(Date.now() - started).toBeLessThan(2000);
    stream.destroy();
  });

  it('reports a failing source stream as unscannable', async () => {
    const stream = new PassThrough();
    setImmediate(() => stream.destroy(new Error('S3 connection reset')));
    await expect(extractMail(stream)).rejects.toThrow(/S3 connection reset/);
  });

  it('reads what it can from a message cut off mid-part', async () => {
    const raw = rawMultipart('mixed', [
      { body: 'I can include onboarding for free.' },
      { body: 'second part' },
    ]);
    const mail = await extractMail(raw.subarray(0, raw.indexOf('second part')));
    expect(mail.body).toContain('I can include onboarding for free.');
  });
});

describe('extractMail: signatures with sentence-case titles', () => {
  it.each([
    ['Bien cordialement,\nHugo Marchand\nResponsable commercial', 'base64'],
    ['Saludos,\nMarta Gil Ortega\nDirectora comercial\nNubeteca', 'quoted-printable'],
    ['Hugo Marchand\nSales manager', '8bit'],
    // A signature block that repeats the sign-off name, with a two-lower-case-word title.
    ['Un saludo,\nNerea\n\nNerea Lasa\nJefa técnica y comercial\nFundiciones Lasa S.L.\nBilbao', '8bit'],
    [
      'Bien à vous,\nAnaïs Perret\n\nAnaïs Perret\nChargée grands comptes\nTransports Perret\n04 72 00 00 00',
      'base64',
    ],
    ['Best,\nKai Lund\n\nKai Lund\nAccount Executive, Fjordlane\nfjordlane.io', 'quoted-printable'],
    ['Cordialement,\nLéa\n\nLéa Roux\nChargée d’affaires – export\nRoux Assurances', '8bit'],
    [
      'Un abrazo,\nIker\n\nIker Goñi\nComercial\n\nEn cumplimiento del RGPD, le informamos de que sus datos se tratan para gestionar la relación comercial.',
      'quoted-printable',
    ],
  ] as const)('drops a name with a title under it: %j', async (signature, cte) => {
    const prose = 'Bonjour Claire,\n\nMerci pour votre retour.\n\nJe reste à votre disposition.';
    const mail = await extractMail(rawMessage({ cte, body: `${prose}\n\n${signature}\n` }));
    expect(mail.body).toBe(prose);
  });

  it.each(['Hugo Marchand\nRing me tomorrow', 'Hugo Marchand\nShipping is free'])(
    'keeps a sentence under a name even when it is short: %j',
    async (tail) => {
      const mail = await extractMail(rawMessage({ body: `Hi Pat,\n\nThanks.\n\n${tail}\n` }));
      expect(mail.body).toContain(tail.split('\n')[1]);
    },
  );

  it('keeps a short line under a name when it is not title-shaped', async () => {
    const mail = await extractMail(
      rawMessage({ body: 'Hi Pat,\n\nThanks.\n\nHugo Marchand\nLast offer: 10% off\n' }),
    );
    expect(mail.body).toContain('Last offer: 10% off');
  });
});

describe('extractMail: "--" lines inside the letter', () => {
  it('keeps text after a "--" section separator when the rep signs off below it', async () => {
    const body = `Hi Ana,\n\nHere is the plan:\n--\nWeek 1: kickoff with your IT lead.\n--\nI'll waive the setup fee.\n\nThanks,\nDana\n`;
    const mail = await extractMail(rawMessage({ cte: 'quoted-printable', body }));
    expect(mail.body).toContain("I'll waive the setup fee.");
    expect(mail.body).not.toContain('Thanks,');
  });

  it.each([
    ['a signed signature block', 'Order form attached.\n\n-- \nThanks,\nDana Rep\nAccount Executive'],
    ['a promo line', 'Order form attached.\n\n--\nDana Rep\n\nSPRING SALE: 20% off all plans - ask me!'],
  ])('still cuts at a signature delimiter followed by %s', async (_name, text) => {
    const mail = await extractMail(rawMessage({ body: `Hi Ana,\n\n${text}\n` }));
    expect(mail.body).toBe('Hi Ana,\n\nOrder form attached.');
  });
});
