// The console's finding highlighter is a browser-bundled copy of the approval mail's (whose module
// pulls in Node's Buffer): the two must split every text the same way, whatever the offsets say.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, segments } from '../../console/src/highlight';
import { segments as mailSegments } from '../../lambdas/approvals/highlight';
import { cleanMultiline } from '../../lambdas/approvals/text';

const span = fc.record({
  start: fc.oneof(fc.integer({ min: -5, max: 60 }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY)),
  end: fc.oneof(fc.integer({ min: -5, max: 60 }), fc.constant(Number.NaN)),
  title: fc.option(fc.constantFrom('why one', 'why two'), { nil: undefined }),
});

// Whole characters and lone surrogates, control and bidi characters.
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
);

describe('console segments', () => {
  it('splits like the approval mail does, for any text and any offsets', () => {
    fc.assert(
      fc.property(anyText, fc.array(span, { maxLength: 5 }), (text, spans) => {
        expect(segments(text, spans)).toEqual(mailSegments(text, spans));
      }),
    );
  });

  it('keeps the whole text, and marks exactly the finding', () => {
    const text = 'Hi Dana,\n\nI can knock another 20% off.\n\nBest';
    const start = text.indexOf('I can');
    const out = segments(text, [
      { start, end: text.indexOf('.', start) + 1, title: 'a discount for nothing' },
    ]);
    expect(out.map((s) => s.text).join('')).toBe(text);
    expect(out.filter((s) => s.marked)).toEqual([
      { text: 'I can knock another 20% off.', marked: true, titles: ['a discount for nothing'] },
    ]);
  });

  it('never cuts a surrogate pair', () => {
    const text = 'ok 😀 then';
    const [, marked] = segments(text, [{ start: 4, end: 5 }]);
    expect(marked?.text).toBe('😀');
  });

  it('cleans text like the approval mail', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(cleanText(text)).toBe(cleanMultiline(text));
      }),
    );
  });
});
