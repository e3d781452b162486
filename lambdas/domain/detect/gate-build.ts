// Computes the concept gate's tables from the rule regexes (needs.ts), offline: the analysis takes
// far too long for a Lambda cold start. Run after changing rules or lexicons:
//   npx tsx lambdas/domain/detect/gate-build.ts
// (a test fails while the committed gate-tables.json is stale).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isWordChar, type Lit, type LitSet, litSource, needsOfAll, score } from './needs';
import { gateTerms } from './rules';
import { escapeRe, tokenTrieSource } from './trie';

export type Family = 'qp' | 'ud';

export interface GateTable {
  /** One alternation over the scan literals of all anchors (flags `gi`). */
  scan: string;
  /** Family and needed sets (indexes into GateTables.sets) of each term. */
  terms: Array<[Family, number[]]>;
  /** Whole-literal source (flags `iy`), lead, scan text, and the terms it anchors. */
  anchors: Array<[string, number, string, number[]]>;
}

export interface GateTables {
  /** One regex source (flags `i`) per distinct literal set: does a sentence hold one of them? */
  sets: string[];
  subject: GateTable;
  body: GateTable;
}

/** Scan literals are cut to this many characters: a smaller trie, a few more hits to verify. */
const SCAN_CHARS = 12;

/**
 * What the scan looks for: the literal without leading/trailing spaces or marks (so it starts on a
 * letter or digit), cut short. A whole-literal occurrence always contains it.
 */
function scanLit(l: Lit): Lit & { lead: number } {
  const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(l.text) as RegExpExecArray;
  const [lead, core, tail] = [m[1] as string, m[2] as string, m[3] as string];
  if (!core) return { ...l, lead: 0 };
  const text = core.slice(0, SCAN_CHARS);
  return {
    text,
    lead: lead.length,
    start: l.start || lead.length > 0,
    end: text === core && (l.end || tail.length > 0),
  };
}

/**
 * One alternation over the scan literals, factored as a trie. Word edges become `\b` where the
 * literal starts/ends with an ASCII word character (the same condition there, and cheap).
 */
function anchorSource(lits: Lit[]): string {
  return tokenTrieSource(
    lits.map((l) => [
      ...(l.start && isWordChar(l.text[0]) ? ['\\b'] : []),
      ...[...l.text].map(escapeRe),
      ...(l.end && isWordChar(l.text.at(-1)) ? ['\\b'] : []),
    ]),
  );
}

function table(isSubject: boolean, sets: Map<string, number>): GateTable {
  const { qp, ud } = gateTerms(isSubject);
  const terms: GateTable['terms'] = [];
  const anchors = new Map<string, { scan: Lit; lead: number; terms: number[] }>();
  const setIndex = (set: LitSet) => {
    const source = anchorSource(set);
    let i = sets.get(source);
    if (i === undefined) {
      i = sets.size;
      sets.set(source, i);
    }
    return i;
  };
  const add = (family: Family, sources: string[]) => {
    const need = needsOfAll(sources);
    if (need.length === 0) throw new Error(`gate: a ${family} term needs nothing: ${sources.join(' ')}`);
    const t = terms.length;
    terms.push([family, [...new Set(need.map(setIndex))]]);
    let rarest = need[0] as LitSet;
    for (const set of need) if (score(set) > score(rarest)) rarest = set;
    for (const lit of rarest) {
      const key = litSource(lit);
      let a = anchors.get(key);
      if (!a) {
        const { lead, ...scan } = scanLit(lit);
        a = { scan, lead, terms: [] };
        anchors.set(key, a);
      }
      a.terms.push(t);
    }
  };
  for (const t of qp) add('qp', t);
  for (const t of ud) add('ud', t);
  return {
    scan: anchorSource([...anchors.values()].map((a) => a.scan)),
    terms,
    anchors: [...anchors].map(([key, a]) => [key, a.lead, a.scan.text.toLowerCase(), a.terms]),
  };
}

export function computeTables(): GateTables {
  const sets = new Map<string, number>();
  const body = table(false, sets);
  const subject = table(true, sets);
  return { sets: [...sets.keys()], subject, body };
}

export const TABLES_FILE = fileURLToPath(new URL('./gate-tables.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TABLES_FILE, `${JSON.stringify(computeTables(), null, 1)}\n`);
  // Committed as the repo's formatter would write it.
  execFileSync('npx', ['biome', 'format', '--write', TABLES_FILE], { stdio: 'ignore' });
  console.log(`wrote ${TABLES_FILE}`);
}
