// Property: extraction only removes text. Whatever the input, every line it returns is a line of
// the input, so a finding's excerpt is always something the rep's message really contains.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownText } from '../../lambdas/domain/extract';

// Lines built from the pieces the rules react to, so the interesting branches are exercised.
const piece = fc.constantFrom(
  '>',
  '> ',
  'On Tue, May 5, 2026 Pat <pat@x.example> wrote:',
  'Am 05.05.2026 schrieb Pat:',
  'From: Pat <pat@x.example>',
  'Sent: Tuesday',
  'To: Dana',
  'Subject: Re: price',
  '-----Original Message-----',
  '---------- Forwarded message ---------',
  '-- ',
  '--',
  'Best,',
  'Mit freundlichen Grüßen',
  'Dana Rep',
  'Account Executive | Seller Inc',
  '+1 (312) 555-0199',
  'P.S. my quarter ends Friday',
  'CONFIDENTIALITY NOTICE: intended only for the named recipient',
  'SPRING SALE: 20% off',
  'I can take 15% off if you sign today.',
  'The rollout starts in June.',
  '',
  '   ',
  '________________________________',
);
const line = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { minLength: 1, maxLength: 3 }).map((p) => p.join(' ')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
);
const body = fc.array(line, { maxLength: 60 }).map((lines) => lines.join('\n'));

describe('ownText on generated bodies', () => {
  it('returns only lines of its input, quickly', () => {
    fc.assert(
      fc.property(body, fc.constantFrom('\n', '\r\n'), (text, eol) => {
        const input = text.replace(/\n/g, eol);
        const started = performance.now();
        const out = ownText(input);
        expect(performance.now() - started).toBeLessThan(1000);
        // Lines come back whole; only surrounding whitespace may be trimmed.
        const inputLines = new Set(input.split(/\r?\n/).map((l) => l.trim()));
        for (const l of out.split('\n')) if (l) expect(inputLines).toContain(l.trim());
        expect(out).not.toMatch(/\r|^\n|\n$|\n\n\n/);
      }),
      { seed: 20260527, numRuns: 400 },
    );
  });
});
