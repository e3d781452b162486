// The concept gate in front of the sentence analysis. Each rule family can only fire in a sentence
// that holds every literal set one of its terms needs (derived offline from the rule regexes, see
// gate-build.ts and needs.ts). One case-insensitive regex pass over the raw text finds the rarest set of
// each term; only sentences where a term is then complete get folded and analysed.
import type { Family, GateTable } from './gate-build';
import TABLES from './gate-tables.json' with { type: 'json' };
import { sentenceAround } from './text';

export type { Family } from './gate-build';

interface Term {
  family: Family;
  /** One regex per needed set; all must match in the sentence. */
  sets: RegExp[];
}

interface Anchor {
  /** Sticky, case-insensitive: does the whole literal occur at lastIndex? */
  at: RegExp;
  /** The scan finds the literal this many characters in (leading spaces and marks are not scanned). */
  lead: number;
  terms: Term[];
}

/**
 * Characters whose lower case is a letter the literals use but which the `i` flag does not match
 * against it (dotted capital I, capital sharp s, Ohm, Kelvin and Ångström signs). Seeing one sends the
 * text down the ungated path; a test checks the list against every BMP character.
 */
export const CASE_TRAPS = '\u0130\u1e9e\u2126\u212a\u212b';

function load(t: GateTable) {
  const setRes = new Map<number, RegExp>();
  const setRe = (i: number) => {
    let re = setRes.get(i);
    if (!re) {
      re = new RegExp(TABLES.sets[i] as string, 'i');
      setRes.set(i, re);
    }
    return re;
  };
  const terms: Term[] = t.terms.map(([family, sets]) => ({ family, sets: sets.map(setRe) }));
  const anchors = t.anchors.map(([source, lead, scan, ts]) => ({
    scan,
    anchor: { at: new RegExp(source, 'iy'), lead, terms: ts.map((i) => terms[i] as Term) },
  }));
  // A hit's text is one scan literal; every literal occurring at the same position is a prefix of it or
  // extends it (both are prefixes of the text there). Those are the anchors to verify.
  const sorted = [...anchors].sort((a, b) => (a.scan < b.scan ? -1 : a.scan > b.scan ? 1 : 0));
  const byScan = new Map<string, Anchor[]>();
  for (const a of sorted) byScan.set(a.scan, [...(byScan.get(a.scan) ?? []), a.anchor]);
  const byHit = new Map<string, Anchor[]>();
  for (let i = 0; i < sorted.length; i++) {
    const key = (sorted[i] as (typeof sorted)[number]).scan;
    if (byHit.has(key)) continue;
    const related: Anchor[] = [];
    for (let n = 1; n < key.length; n++) related.push(...(byScan.get(key.slice(0, n)) ?? []));
    for (let j = i; j < sorted.length && (sorted[j] as (typeof sorted)[number]).scan.startsWith(key); j++) {
      related.push((sorted[j] as (typeof sorted)[number]).anchor);
    }
    byHit.set(key, related);
  }
  const all = anchors.map((a) => a.anchor);
  const scan = new RegExp(`[${CASE_TRAPS}]|${t.scan}`, 'gi');
  return { scan, byHit, all, terms };
}

type Gate = ReturnType<typeof load>;
const gates = new Map<boolean, Gate>();
function gate(isSubject: boolean): Gate {
  let g = gates.get(isSubject);
  if (!g) {
    g = load((isSubject ? TABLES.subject : TABLES.body) as GateTable);
    gates.set(isSubject, g);
  }
  return g;
}

/** A sentence of the raw text in which at least one family may fire. */
export interface Candidate {
  /** A position inside the sentence (an anchor hit) and the hit's length. */
  at: number;
  length: number;
  families: Set<Family>;
}

/**
 * Sentences of `text` (raw, not folded) in which a family may fire, in text order; undefined when the
 * text must take the ungated path (a case trap, or an anchor in a sentence too long for fixed bounds).
 */
export function candidates(text: string, isSubject: boolean): Candidate[] | undefined {
  const out: Candidate[] = [];
  const { scan, byHit, all } = gate(isSubject);
  let sentStart = -1;
  let sentEnd = -1;
  let pending = new Set<Term>();
  let first = { at: 0, length: 0 };
  const settle = () => {
    if (pending.size === 0) return;
    const families = new Set<Family>();
    const slice = text.slice(sentStart, sentEnd);
    // Terms share sets (the possessives, the deal words): each is tested once per sentence.
    const seen = new Map<RegExp, boolean>();
    const holds = (re: RegExp) => {
      let r = seen.get(re);
      if (r === undefined) {
        r = re.test(slice);
        seen.set(re, r);
      }
      return r;
    };
    for (const term of pending) {
      if (families.has(term.family)) continue;
      if (term.sets.every(holds)) families.add(term.family);
    }
    if (families.size > 0) out.push({ ...first, families });
    pending = new Set();
  };
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const at = m.index;
    if (CASE_TRAPS.includes(m[0])) return undefined;
    // Anchors may overlap ("last year's" / "year"): every start position counts.
    scan.lastIndex = at + 1;
    for (const a of byHit.get(m[0].toLowerCase()) ?? all) {
      if (at < a.lead) continue;
      a.at.lastIndex = at - a.lead;
      if (!a.at.test(text)) continue;
      if (at >= sentEnd) {
        settle();
        const bounds = sentenceAround(text, at, at + m[0].length);
        // A run-on sentence has no fixed bounds to judge it by: the caller walks the text instead.
        if (!bounds) return undefined;
        [sentStart, sentEnd] = bounds;
        first = { at, length: m[0].length };
      }
      for (const t of a.terms) pending.add(t);
    }
  }
  settle();
  return out;
}
