// The concept gate (gate.ts) may only skip sentences in which no rule can fire: these tests check the
// offline tables are current and the pieces the proof rests on (literal needs, how the automaton reads
// characters); gate-walk.test.ts compares gated detection with the plain trigger walk.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectWith } from '../../lambdas/domain/detect';
import { ANCHOR_GATES } from '../../lambdas/domain/detect/anchor-gates';
import { anchorGateSources } from '../../lambdas/domain/detect/anchors';
import { ASCII_WORD, unpacked } from '../../lambdas/domain/detect/automaton';
import { candidates, classOf } from '../../lambdas/domain/detect/gate';
import { computeGate, PACKED_FILE, TABLES_FILE } from '../../lambdas/domain/detect/gate-build';
import { litCode, litSource, needsOf } from '../../lambdas/domain/detect/needs';
import { gateTerms } from '../../lambdas/domain/detect/rules';
import { fold } from '../../lambdas/domain/detect/text';
import { defaultPolicy } from '../../lambdas/domain/policy';
import { NEUTRAL_SENTENCES } from '../bench/messages';

const policy = defaultPolicy();

describe('gate selectivity', () => {
  // Not a proof obligation but what makes the gate worth having: a term that needs only words found in
  // any sentence (say, "end" inside "send") hands ordinary mail to the analysis. The benchmark's neutral
  // business sentences must all be let pass without analysis.
  it('lets no ordinary business sentence through to the analysis', () => {
    for (const sentence of NEUTRAL_SENTENCES) expect(candidates(sentence, false), sentence).toEqual([]);
  });
});

describe('rule patterns', () => {
  // The gate maps a complete term back to its check by position, per field: a check with terms for
  // subjects only must still be reached through the gate.
  it('reach a subject-only quota-pressure check through the gate', () => {
    const input = { subject: 'Boss wants the order in by Friday', body: '' };
    expect(gateTerms(true).qp.length).toBeGreaterThan(gateTerms(false).qp.length);
    const gated = detectWith(input, policy, 'gated');
    expect(gated.map((f) => f.rule)).toEqual(['qp.manager-pressure']);
    expect(gated).toEqual(detectWith(input, policy, 'walk'));
    expect(detectWith({ subject: '', body: input.subject }, policy, 'gated')).toEqual([]);
  });

  // Concession patterns are compiled lazily, the first time a sentence reaches one: a pattern that does
  // not compile would only show as a held message ("scanner_error") on the first mail that needs it.
  it('all compile as the analysis compiles them (global, unicode)', () => {
    for (const isSubject of [false, true]) {
      const { qp, ud } = gateTerms(isSubject);
      for (const src of [...qp, ...ud].flat()) expect(() => new RegExp(src, 'gu'), src).not.toThrow();
    }
  });
});

describe('gate tables', () => {
  it('are what gate-build computes from the current rules (else run: npx tsx lambdas/domain/detect/gate-build.ts)', () => {
    const { tables, packed } = computeGate();
    expect(JSON.parse(readFileSync(TABLES_FILE, 'utf8'))).toEqual(tables);
    // Compared unpacked: another zlib may compress the same bytes differently.
    expect(unpacked(readFileSync(PACKED_FILE)).equals(unpacked(packed))).toBe(true);
  });

  it('anchor-gates.ts holds the trigger regexes built from anchors.ts (else run gate-build)', () => {
    expect(ANCHOR_GATES).toEqual(anchorGateSources());
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

describe('the gate automaton', () => {
  it('reads every BMP character as folded text has it', () => {
    const { tables } = computeGate();
    const letters = new Map(
      [...tables.lits.map((code) => code.slice(1)).join(''), ...ASCII_WORD].map((ch) => [
        ch,
        classOf(ch.charCodeAt(0)),
      ]),
    );
    expect(letters.size).toBeGreaterThan(40);
    const enders = new Set(['.', '!', '?', '\n', '\u2026'].map((ch) => classOf(ch.charCodeAt(0))));
    expect(enders.size).toBe(1);
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      // fold() keeps a character whose lower case is longer (U+0130).
      const low = ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
      const expected = '.!?\n\u2026'.includes(ch) ? [...enders][0] : (letters.get(low) ?? 0);
      if (classOf(c) !== expected) wrong.push(`U+${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('finds literals through case oddities (Kelvin sign, capital sharp s) like the walk', () => {
    for (const body of [
      'We can give you a \u212Aind 20% discount if you sign by Friday. That helps my quarter.',
      'MY QUARTER ENDS FRIDAY AND I NEED THIS SIGNED. STRA\u1E9EE 5 IS FINE.',
      'Ich brauche die Unterschrift f\u00dcr meine Quartalszahlen. \u0130 can do 10% off.',
    ]) {
      expect(detectWith({ subject: '', body }, policy, 'gated'), body).toEqual(
        detectWith({ subject: '', body }, policy, 'walk'),
      );
    }
  });
});
