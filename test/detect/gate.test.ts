// The concept gate (gate.ts) may only skip sentences in which no rule can fire: these tests compare
// gated detection with the plain trigger walk, check the offline tables are current, and check the
// pieces the proof rests on (literal needs, case folding).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectWith } from '../../lambdas/domain/detect';
import { CASE_TRAPS } from '../../lambdas/domain/detect/gate';
import { computeTables, TABLES_FILE } from '../../lambdas/domain/detect/gate-build';
import { litCode, litSource, needsOf } from '../../lambdas/domain/detect/needs';
import { fold } from '../../lambdas/domain/detect/text';
import { defaultPolicy } from '../../lambdas/domain/policy';
import { loadMessages, loadSentences } from './fixtures';

const policy = defaultPolicy();
const sentences = loadSentences().map((e) => e.text);

describe('gate tables', () => {
  it('are what gate-build computes from the current rules (else run: npx tsx lambdas/domain/detect/gate-build.ts)', () => {
    expect(JSON.parse(readFileSync(TABLES_FILE, 'utf8'))).toEqual(computeTables());
  });
});

describe('literal needs', () => {
  it('hold in every match of a rule-like regex', () => {
    const cases: Array<[string, string[]]> = [
      ['\\b(?:my|our)\\s+(?:quota|number)s?(?![\\p{L}\\p{N}_])', ['hit my quota now', 'OUR numbers']],
      ['\\d{1,3}\\s?(?:%|percent)\\s*off\\b', ['take 15% off', '20 percent off']],
      ["\\b(?:i|i['\\u2019]m) (?:am|was)", ['i am here', 'i’m was']],
      ['a(?=\\s+(?:instead of|rather))', ['a rather', 'a  instead of']],
      [
        '\\bfree(?<!feel free)\\s+(?:[^\\s;:!?]+\\s+){0,2}?(?:seats?|months?)\\b',
        ['free extra seats', 'free month'],
      ],
    ];
    for (const [source, texts] of cases) {
      const need = needsOf(source);
      expect(need.length, source).toBeGreaterThan(0);
      for (const text of texts) {
        const t = fold(text);
        expect(new RegExp(source, 'u').test(t), `${source} on ${text}`).toBe(true);
        for (const set of need) {
          expect(new RegExp(set.map(litSource).join('|'), 'i').test(text), `${source}: ${text}`).toBe(true);
        }
      }
    }
  });

  it('word edges come from \\b, the lexicon edges and whitespace', () => {
    const [set] = needsOf('\\b(?:my|mi)(?![\\p{L}\\p{N}_])');
    expect(set?.map(litCode).sort()).toEqual(['3mi', '3my']);
    const [words] = needsOf('(?:shipping|freight)\\s+costs');
    expect(words?.map(litCode).sort()).toEqual(['2freight', '2shipping']);
  });
});

describe('case traps', () => {
  it('lists every character whose lower case the i flag would not match', () => {
    // Letters the gate literals use, as folded text has them.
    const alphabet = new Set<string>();
    const tables = computeTables();
    for (const set of tables.sets) for (const code of set) for (const ch of code.slice(1)) alphabet.add(ch);
    const traps: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const low = ch.toLowerCase();
      if (low === ch || low.length !== 1 || !alphabet.has(low)) continue;
      if (!new RegExp(low.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'), 'i').test(ch)) traps.push(ch);
    }
    // U+0130 lower-cases to two code units; fold keeps it as is, so it is listed by hand.
    for (const t of traps) expect(CASE_TRAPS, `U+${t.charCodeAt(0).toString(16)}`).toContain(t);
  });

  it('send the text down the ungated path with the same result', () => {
    const body = 'We can give you a \u212Aind 20% discount if you sign by Friday. That helps my quarter.';
    expect(detectWith({ subject: '', body }, policy, 'gated')).toEqual(
      detectWith({ subject: '', body }, policy, 'walk'),
    );
  });
});

describe('gated detection = the trigger walk', () => {
  const same = (subject: string, body: string) =>
    expect(detectWith({ subject, body }, policy, 'gated'), `${subject} | ${body}`).toEqual(
      detectWith({ subject, body }, policy, 'walk'),
    );

  it('on every fixture sentence, as body, subject and reply subject, upper-cased too', () => {
    for (const s of sentences) {
      same('', s);
      same(s, '');
      same(`Re: ${s}`, s.toUpperCase().replace(/'/g, '\u2019'));
    }
    for (const m of loadMessages()) same(m.subject, m.body);
  });

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
          same('', body);
        },
      ),
      { numRuns: 400, seed: 7 },
    );
  });
});
