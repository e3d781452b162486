import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, detectExhaustive } from '../../lambdas/domain/detect';
import { defaultPolicy } from '../../lambdas/domain/policy';
import { loadMessages, loadSentences, shards } from './fixtures';

const policy = defaultPolicy();
const key = (f: { rule: string; field: string; start: number; end: number }) =>
  `${f.rule}@${f.field}:${f.start}-${f.end}`;

describe('detect: shortcuts lose nothing', () => {
  const inputs = [
    ...loadSentences().map((e) =>
      e.field === 'subject' ? { subject: e.text, body: '' } : { subject: '', body: e.text },
    ),
    ...loadMessages(),
  ];
  // Exhaustive analysis of ~6,000 sentences takes 40-50 s on the 2-core machine: run as parts.
  it.each(shards(inputs, 8))(
    'finds the same as analysing every sentence, on fixtures %s',
    (_, part) => {
      for (const input of part) {
        expect(detect(input, policy).map(key), input.body || input.subject).toEqual(
          detectExhaustive(input, policy).map(key),
        );
      }
    },
    90_000,
  );
});

const WORDS = [
  'my',
  'our',
  'your',
  'quota',
  'quarter',
  'discount',
  '15%',
  'off',
  'free',
  'I',
  'can',
  "can't",
  'we',
  'sign',
  'by',
  'Friday',
  'manager',
  'VP',
  'price',
  'no',
  'cost',
  'if',
  'three-year',
  'term',
  'Rabatt',
  'descuento',
  'remise',
  'à',
  'nos',
  'frais',
  'İ',
  '’',
  '\u00a0',
  '\n',
  '\n\n',
  '.',
  ',',
  '!',
  '?',
  '—',
  '>',
  '-',
  '$1,200',
  'e.g.',
  'trial',
  'waive',
  'the',
  'fee',
  'help',
  'me',
  'out',
  'number',
  'Quartalsziel',
];

describe('detect: any input', () => {
  it('never throws and always gives exact offsets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 80 }),
        fc.boolean(),
        (parts, inSubject) => {
          const text = parts.join(' ');
          const input = inSubject ? { subject: text, body: '' } : { subject: '', body: text };
          for (const f of detect(input, policy)) {
            expect(text.slice(f.start, f.end)).toBe(f.excerpt);
            expect(f.end).toBeGreaterThan(f.start);
          }
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  it.each([
    ['one huge line of sales words', `${'my quota discount free off price '.repeat(4000)}`],
    ['no punctuation and no spaces', 'a'.repeat(200_000)],
    ['many short lines', 'we can\n'.repeat(20_000)],
    ['repeated negations', "we can't not don't won't ".repeat(5000)],
    ['long digit runs', `${'9'.repeat(50_000)}% off`],
  ])('stays fast on %s', (_name, body) => {
    const t0 = performance.now();
    detect({ subject: body.slice(0, 2000), body }, policy);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
