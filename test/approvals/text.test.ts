import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightHtml, highlightPlain, segments, spansFor } from '../../lambdas/approvals/highlight';
import {
  cleanMultiline,
  decodeEncodedWords,
  escapeHtml,
  sanitizeHeaderText,
  truncate,
} from '../../lambdas/approvals/text';
import type { Finding } from '../../lambdas/domain/types';

/** Text an HTML parser would read back from escaped output. */
function decodeHtml(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#96;/g, '`')
    .replace(/&amp;/g, '&');
}

describe('escapeHtml', () => {
  it('escapes markup and attribute delimiters', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&\``)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;&#96;',
    );
  });

  it('leaves no markup characters and round-trips (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"'`]/);
        expect(decodeHtml(out)).toBe(s);
      }),
    );
  });
});

describe('decodeEncodedWords', () => {
  it.each([
    ['=?utf-8?Q?a=0D=0ABcc:_x@y?=', 'a\r\nBcc: x@y'],
    ['=?UTF-8?B?DQpCY2M6IHhAeQ==?=', '\r\nBcc: x@y'],
    ['=?iso-8859-1?Q?caf=E9?= =?utf-8?Q?_ok?=', 'café ok'],
    ['plain =?bogus', 'plain =?bogus'],
  ])('decodes %s', (input, expected) => {
    expect(decodeEncodedWords(input)).toBe(expected);
  });
});

describe('sanitizeHeaderText', () => {
  it.each([
    ['CRLF injection', 'Hello\r\nBcc: evil@x.example', 'Hello Bcc: evil@x.example'],
    ['a bare LF', 'a\nb', 'a b'],
    ['an encoded CRLF (Q)', '=?utf-8?Q?Hi=0D=0ABcc:_evil@x.example?=', 'Hi Bcc: evil@x.example'],
    ['an encoded CRLF (B)', '=?utf-8?B?SGkNCkJjYzogZXZpbEB4LmV4YW1wbGU=?=', 'Hi Bcc: evil@x.example'],
    ['a doubly encoded word', '=?utf-8?Q?=3D=3Futf-8=3FQ=3Fa=3D0Ab=3F=3D?=', 'a b'],
    ['unicode line separators', 'a\u2028b\u0085c', 'a b c'],
    ['bidi overrides', 'invoice\u202egnp.exe', 'invoicegnp.exe'],
    ['a leftover encoded-word opener', 'x =?utf-8?Q?broken', 'x = ?utf-8?Q?broken'],
  ])('neutralizes %s', (_label, input, expected) => {
    expect(sanitizeHeaderText(input)).toBe(expected);
  });

  it('caps overlong values', () => {
    const out = sanitizeHeaderText('a'.repeat(1000));
    expect(out).toHaveLength(200);
    expect(out.endsWith('…')).toBe(true);
  });

  it('never yields a control character, an encoded word or more than max (property)', () => {
    const tricky = fc.oneof(
      fc.string(),
      fc.string({
        unit: fc.constantFrom('\r', '\n', '=', '?', 'Q', 'B', '0', 'D', 'A', 'utf-8', ' ', 'é', '\u2028'),
      }),
      fc.string().map((s) => `=?utf-8?B?${Buffer.from(s).toString('base64')}?=`),
      fc.string().map((s) => `=?utf-8?Q?${Buffer.from(s).toString('hex').replace(/(..)/g, '=$1')}?=`),
    );
    fc.assert(
      fc.property(tricky, fc.integer({ min: 1, max: 300 }), (s, max) => {
        const out = sanitizeHeaderText(s, max);
        expect(out).not.toMatch(/\p{Cc}|[\u2028\u2029\u0085]/u);
        expect(out).not.toContain('=?');
        expect(out.length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe('truncate', () => {
  it('does not split a surrogate pair', () => {
    expect(truncate('ab😀cd', 4)).toBe('ab…');
  });
});

describe('cleanMultiline', () => {
  it('keeps newlines and tabs, drops other controls', () => {
    expect(cleanMultiline('a\r\nb\rc\u0000\td\u202e')).toBe('a\nb\nc\td');
  });
});

describe('segments / highlightHtml', () => {
  const text = 'We can do 30% off if you sign by Friday. <b>Thanks</b>';

  it('marks a finding and escapes everything', () => {
    const html = highlightHtml(text, [{ start: 0, end: 39, title: 'Unilateral "discount"' }]);
    expect(html).toBe(
      '<mark title="Unilateral &quot;discount&quot;">We can do 30% off if you sign by Friday</mark>. &lt;b&gt;Thanks&lt;/b&gt;',
    );
  });

  it('merges overlapping and touching spans, keeping both titles', () => {
    expect(
      segments('abcdefgh', [
        { start: 2, end: 5, title: 'x' },
        { start: 4, end: 6, title: 'y' },
        { start: 6, end: 7 },
      ]),
    ).toEqual([
      { text: 'ab', marked: false, titles: [] },
      { text: 'cdefg', marked: true, titles: ['x', 'y'] },
      { text: 'h', marked: false, titles: [] },
    ]);
  });

  it.each([
    [
      'negative and past-the-end offsets are clamped',
      [
        { start: -5, end: 3 },
        { start: 6, end: 99 },
      ],
      '[[abc]]def[[gh]]',
    ],
    ['reversed offsets are reordered', [{ start: 5, end: 2 }], 'ab[[cde]]fgh'],
    [
      'empty and NaN spans are dropped',
      [
        { start: 3, end: 3 },
        { start: Number.NaN, end: 4 },
      ],
      'abcdefgh',
    ],
    ['fractions are truncated', [{ start: 1.7, end: 2.2 }], 'a[[b]]cdefgh'],
  ])('%s', (_label, spans, expected) => {
    expect(highlightPlain('abcdefgh', spans)).toBe(expected);
  });

  it('drops control and bidi characters without shifting the marks', () => {
    expect(highlightHtml('a\u0000b\u202ec<d', [{ start: 4, end: 6 }])).toBe('ab<mark>c&lt;</mark>d');
  });

  it('never splits an emoji', () => {
    expect(highlightPlain('a😀b', [{ start: 2, end: 3 }])).toBe('a[[😀]]b');
  });

  it('keeps the text and escapes it whatever the spans (property)', () => {
    const span = fc.record({
      start: fc.oneof(fc.integer({ min: -10, max: 80 }), fc.constant(Number.NaN)),
      end: fc.integer({ min: -10, max: 80 }),
      title: fc.option(fc.string(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(span, { maxLength: 6 }), (s, spans) => {
        const segs = segments(s, spans);
        expect(segs.map((g) => g.text).join('')).toBe(s);
        const html = highlightHtml(s, spans);
        // Only our own <mark> tags survive; everything else is escaped.
        const stripped = html.replace(/<mark(?: title="[^"<>]*")?>|<\/mark>/g, '');
        expect(stripped).not.toMatch(/[<>]/);
        expect(decodeHtml(stripped)).toBe(segs.map((g) => cleanMultiline(g.text)).join(''));
        expect(html).not.toMatch(/(?![\n\t])\p{Cc}/u);
      }),
    );
  });

  it('builds spans per field from findings', () => {
    const f = (field: 'subject' | 'body', start: number): Finding => ({
      rule: 'r',
      category: 'unilateral_discount',
      severity: 'high',
      field,
      excerpt: 'x',
      start,
      end: start + 1,
      why: 'why',
      suggestion: 's',
    });
    expect(spansFor([f('subject', 0), f('body', 4)], 'body')).toEqual([{ start: 4, end: 5, title: 'why' }]);
  });
});
