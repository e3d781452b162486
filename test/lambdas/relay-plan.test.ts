import { describe, expect, it } from 'vitest';
import { chunkRecipients, prepareForSes } from '../../lambdas/app/relay-plan';

const crlf = (...lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1');

describe('prepareForSes', () => {
  it('returns the same buffer when nothing needs removing', () => {
    const raw = crlf('From: a@x.example', 'To: b@y.example', 'Subject: hi', '', 'body');

    const prepared = prepareForSes(raw);

    expect(prepared.raw).toBe(raw);
    expect(prepared.removed).toEqual([]);
  });

  it('removes every DKIM and DomainKey signature, folded lines included, and a Bcc header', () => {
    const raw = crlf(
      'DKIM-Signature: v=1; a=rsa-sha256;',
      '\th=from:to; b=AAAA',
      '  BBBB',
      'DomainKey-Signature: a=rsa-sha1; b=CCCC',
      'From: a@x.example',
      'Bcc: hidden@z.example',
      '',
      'body',
    );

    const prepared = prepareForSes(raw);

    expect(prepared.raw.toString('latin1')).toBe(crlf('From: a@x.example', '', 'body').toString('latin1'));
    expect(prepared.removed).toEqual(['DKIM-Signature', 'DomainKey-Signature', 'Bcc']);
  });

  it('keeps the first of a single-instance field and drops later copies, whatever their case', () => {
    const raw = crlf(
      'Subject: one',
      'From: a@x.example',
      'SUBJECT: two',
      'Received: r1',
      'Received: r2',
      '',
      'b',
    );

    const prepared = prepareForSes(raw);

    expect(prepared.raw.toString('latin1')).toBe(
      crlf('Subject: one', 'From: a@x.example', 'Received: r1', 'Received: r2', '', 'b').toString('latin1'),
    );
    expect(prepared.removed).toEqual(['SUBJECT']);
  });

  it('leaves body bytes alone, including header-like lines and 8-bit data', () => {
    const body = Buffer.concat([
      Buffer.from('DKIM-Signature: in body\r\nBcc: in body\r\n'),
      Buffer.from([0xff, 0xfe, 0x00]),
    ]);
    const raw = Buffer.concat([crlf('DKIM-Signature: x', 'From: a@x.example', '', ''), body]);

    const prepared = prepareForSes(raw);

    expect(prepared.raw.subarray(prepared.raw.length - body.length).equals(body)).toBe(true);
    expect(prepared.raw.toString('latin1').startsWith('From: a@x.example\r\n\r\n')).toBe(true);
  });

  it('handles bare LF line endings and 8-bit header values', () => {
    const raw = Buffer.concat([
      Buffer.from('Subject: caf'),
      Buffer.from([0xe9]),
      Buffer.from('\nDKIM-Signature: x\nFrom: a@x.example\n\nbody\n'),
    ]);

    const prepared = prepareForSes(raw);

    expect(
      prepared.raw.equals(
        Buffer.concat([
          Buffer.from('Subject: caf'),
          Buffer.from([0xe9]),
          Buffer.from('\nFrom: a@x.example\n\nbody\n'),
        ]),
      ),
    ).toBe(true);
  });
});

describe('chunkRecipients', () => {
  it('splits into chunks of 50', () => {
    const rcpt = Array.from({ length: 101 }, (_, i) => `r${i}@x.example`);

    expect(chunkRecipients(rcpt).map((c) => c.length)).toEqual([50, 50, 1]);
  });

  it('drops duplicates case-insensitively, keeping the first spelling and the order', () => {
    expect(chunkRecipients(['B@x.example', 'a@x.example', 'b@X.example', ' '])).toEqual([
      ['B@x.example', 'a@x.example'],
    ]);
  });
});
