// Computes the concept gate's tables from the rule regexes (needs.ts), and the automaton over them
// (automaton.ts), offline: both take far too long for a Lambda cold start. gate-tables.json is the
// readable result (literals, sets, terms); gate-automaton.bin what the runtime loads. Run after
// changing rules or lexicons:
//   npx tsx lambdas/domain/detect/gate-build.ts
// (a test fails while either committed file is stale).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, pack, table as termTable } from './automaton';
import { type Lit, type LitSet, litCode, needsOfAll, onlyFunctionWords, score } from './needs';
import { gateTerms } from './rules';

export type Family = 'qp' | 'ud';

export interface GateTable {
  /** Per term: family, the sets it needs (indexes into GateTables.sets), and its anchor set (the rarest). */
  terms: Array<[Family, number[], number]>;
}

export interface GateTables {
  /** Every literal once, as `litCode` (start/end flags as one digit, then the folded text). */
  lits: string[];
  /** Each distinct literal set, as indexes into `lits`: does a sentence hold one of them? */
  sets: number[][];
  subject: GateTable;
  body: GateTable;
}

/**
 * Literals are cut to this many characters: a literal's beginning occurs wherever it does, so the gate
 * stays sound, and the automaton gets far fewer states (a smaller table, less memory per Lambda).
 */
const MAX_LITERAL = 10;
const shortened = (l: Lit): Lit =>
  l.text.length <= MAX_LITERAL ? l : { ...l, text: l.text.slice(0, MAX_LITERAL), end: false };

/**
 * A letter found anywhere, even inside words: nearly every sentence holds a set with one, so as a need
 * it filters nothing, yet its literal is hit at every occurrence of the letter. Dropped from the needs
 * (a term that needs less is let through more often, never less: the gate stays sound).
 */
const anywhereLetter = (l: Lit) => l.text.length === 1 && !l.start && !l.end && /\p{L}/u.test(l.text);

function table(isSubject: boolean, lits: Map<string, number>, sets: Map<string, number>): GateTable {
  const { qp, ud } = gateTerms(isSubject);
  const terms: GateTable['terms'] = [];
  const litIndex = (l: Lit) => {
    const code = litCode(shortened(l));
    let i = lits.get(code);
    if (i === undefined) {
      i = lits.size;
      lits.set(code, i);
    }
    return i;
  };
  const setIndex = (set: LitSet) => {
    const members = [...new Set(set.map(litIndex))].sort((a, b) => a - b);
    const key = members.join(',');
    let i = sets.get(key);
    if (i === undefined) {
      i = sets.size;
      sets.set(key, i);
    }
    return i;
  };
  const add = (family: Family, sources: string[]) => {
    const need = needsOfAll(sources);
    if (need.length === 0) throw new Error(`gate: a ${family} term needs nothing: ${sources.join(' ')}`);
    let rarest = need[0] as LitSet;
    for (const set of need) if (score(set) > score(rarest)) rarest = set;
    const kept = need.filter(
      (set) => set === rarest || !(set.some(anywhereLetter) || onlyFunctionWords(set)),
    );
    terms.push([family, [...new Set(kept.map(setIndex))], setIndex(rarest)]);
  };
  for (const t of qp) add('qp', t);
  for (const t of ud) add('ud', t);
  return { terms };
}

/** The readable tables and what the runtime loads: the automaton and both term tables, packed. */
export function computeGate(): { tables: GateTables; packed: Buffer } {
  const lits = new Map<string, number>();
  const sets = new Map<string, number>();
  const body = table(false, lits, sets);
  const subject = table(true, lits, sets);
  const litList = [...lits.keys()];
  const setList = [...sets.keys()].map((k) => k.split(',').map(Number));
  const automaton = build(litList, setList);
  const packed = pack({
    automaton,
    setCount: setList.length,
    subject: termTable(automaton, subject, setList.length),
    body: termTable(automaton, body, setList.length),
  });
  return { tables: { lits: litList, sets: setList, subject, body }, packed };
}

export const TABLES_FILE = fileURLToPath(new URL('./gate-tables.json', import.meta.url));
export const PACKED_FILE = fileURLToPath(new URL('./gate-automaton.bin', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { tables, packed } = computeGate();
  writeFileSync(TABLES_FILE, `${JSON.stringify(tables, null, 1)}\n`);
  writeFileSync(PACKED_FILE, packed);
  // Committed as the repo's formatter would write it.
  execFileSync('npx', ['biome', 'format', '--write', TABLES_FILE], { stdio: 'ignore' });
  console.log(`wrote ${TABLES_FILE} and ${PACKED_FILE}`);
}
