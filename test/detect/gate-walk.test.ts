// The concept gate (gate.ts) may only skip sentences in which no rule can fire: gated detection must give
// exactly what the plain trigger walk gives, on every fixture and corpus message and on odd inputs (half of
// the fixture sentences here, half in gate-walk-sentences.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMail } from '../../lambdas/domain/extract';
import { corpusEntries, readCorpusFile } from '../robustness/corpus';
import { loadMessages, shards } from './fixtures';
import { sameAsWalk, sentenceParts, sentences } from './gate-walk-suite';

describe('gated detection = the trigger walk', () => {
  sentenceParts(0);

  it('on every fixture message', () => {
    for (const m of loadMessages()) sameAsWalk(m.subject, m.body);
  }, 90_000);

  it('on fixture sentences joined in random order, with long lines and bullets', () => {
    const separators = [' ', '\n', '\n\n', ' - ', '\n> ', ', and ', '; ', '\n* '];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom(...separators), { minLength: 12, maxLength: 12 }),
        fc.boolean(),
        (parts, seps, strip) => {
          let body = parts.map((p, i) => (i ? (seps[i] ?? ' ') : '') + p).join('');
          // Without full stops, sentences run together past the 400-character span.
          if (strip) body = body.replace(/[.!?]/g, '');
          sameAsWalk('', body);
        },
      ),
      { numRuns: 400, seed: 7 },
    );
  }, 90_000);

  const dev = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'dev');
  const raws = [
    ...readdirSync(dev)
      .filter((f) => f.endsWith('.eml'))
      .map((f) => () => readFileSync(path.join(dev, f))),
    ...corpusEntries().map((e) => () => readCorpusFile(e.file)),
  ];
  it('has the dev corpus and mime corpus messages to compare on', () => {
    expect(raws.length).toBeGreaterThan(400);
  });

  it.each(shards(raws, 4))(
    'on the text of the dev corpus and mime corpus messages %s',
    async (_, part) => {
      let compared = 0;
      for (const read of part) {
        const mail = await extractMail(read()).catch(() => undefined);
        if (!mail) continue;
        sameAsWalk(mail.subject, mail.body);
        compared++;
      }
      // Nearly all of them extract; a part that compares few would point at the extraction.
      expect(compared).toBeGreaterThan(part.length * 0.9);
    },
    90_000,
  );

  it('on fixture sentences with odd characters next to and inside words', () => {
    // Word edges, case oddities, sentence enders and apostrophes where the literals' edges are decided.
    const odd = [
      '_',
      '\u212a',
      '\u0130',
      '\u1e9e',
      '\u2019',
      "'",
      '\u2026',
      '.',
      '9',
      'É',
      ' ',
      '\n',
      '-',
      '$',
      '%',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...sentences),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...odd)), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (sentence, inserts, upper) => {
          let text = upper ? sentence.toUpperCase() : sentence;
          for (const [at, ch] of inserts) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + ch + text.slice(i);
          }
          sameAsWalk('', text);
          sameAsWalk(text, '');
        },
      ),
      { numRuns: 1500, seed: 11 },
    );
  }, 90_000);
});
