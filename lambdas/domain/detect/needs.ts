// What a rule regex needs in a sentence: sets of literals such that every match contains at least one
// literal of each set. Derived from the regex sources themselves, so the gate in front of the sentence
// analysis cannot drift from the rules. Sound, not complete: whatever is not understood (wide classes,
// open repeats, negative lookarounds) counts as "could be anything".

import { escapeRe, range } from './trie';

/**
 * A literal in folded text. `start`: not preceded by an ASCII letter, digit or `_`; `end`: not followed
 * by one (what `\b`, the lexicon's word-start lookbehind and its end lookahead imply).
 */
export interface Lit {
  text: string;
  start: boolean;
  end: boolean;
}
/** Every match contains one literal of the set. */
export type LitSet = Lit[];
/** Every match satisfies all sets. */
export type Need = LitSet[];

const MAX_EXACT = 64;
const MAX_CLASS = 10;
/** Markers inside exact strings: a start / end condition holds at this point. */
const START = '\u0001';
const END = '\u0002';
/** The lexicon's Unicode word edges (lexicon.ts B/BU/E). */
const LETTER_CLASS = '[\\p{L}\\p{N}_]';

type Edge = 'b' | 'start' | 'end' | 'none';
type Node =
  | { k: 'chars'; set: string[] | null; nonWord?: boolean }
  | { k: 'edge'; edge: Edge }
  | { k: 'look'; item: Node }
  | { k: 'seq'; items: Node[] }
  | { k: 'alt'; items: Node[] }
  | { k: 'rep'; item: Node; min: number; max: number };

const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);

const BRACES = /\{(\d+)(,(\d*))?\}/y;

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  parse(): Node {
    const n = this.alt();
    if (this.i < this.src.length) throw new Error(`needs: unexpected ')' at ${this.i} in ${this.src}`);
    return n;
  }

  private alt(): Node {
    const items = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      items.push(this.seq());
    }
    return items.length === 1 ? (items[0] as Node) : { k: 'alt', items };
  }

  private seq(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { k: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Number.POSITIVE_INFINITY];
    else if (c === '+') [min, max] = [1, Number.POSITIVE_INFINITY];
    else if (c === '{') {
      BRACES.lastIndex = this.i;
      const m = BRACES.exec(this.src);
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY;
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return this.quantified({ k: 'rep', item: atom, min, max });
  }

  private atom(): Node {
    const s = this.src;
    const c = s[this.i++] as string;
    if (c === '(') {
      let kind: 'group' | 'ahead' | 'behind' | 'notAhead' | 'notBehind' = 'group';
      if (s[this.i] === '?') {
        const head = s.slice(this.i, this.i + 3);
        if (head.startsWith('?:')) this.i += 2;
        else if (head.startsWith('?=')) [kind, this.i] = ['ahead', this.i + 2];
        else if (head.startsWith('?!')) [kind, this.i] = ['notAhead', this.i + 2];
        else if (head === '?<=') [kind, this.i] = ['behind', this.i + 3];
        else if (head === '?<!') [kind, this.i] = ['notBehind', this.i + 3];
        else throw new Error(`needs: unsupported group in ${s}`);
      }
      const from = this.i;
      const inner = this.alt();
      const body = s.slice(from, this.i);
      if (s[this.i++] !== ')') throw new Error(`needs: unbalanced group in ${s}`);
      if (kind === 'group') return inner;
      // The regex runs on the sentence alone, so what a positive lookaround needs is in the sentence.
      if (kind === 'ahead' || kind === 'behind') return { k: 'look', item: inner };
      if (body === LETTER_CLASS) return { k: 'edge', edge: kind === 'notAhead' ? 'end' : 'start' };
      return { k: 'edge', edge: 'none' };
    }
    if (c === '[') return this.klass();
    if (c === '.') return { k: 'chars', set: null };
    if (c === '^' || c === '$') return { k: 'edge', edge: 'none' };
    if (c === '\\') return this.escapeAtom(false) as Node;
    return { k: 'chars', set: [c] };
  }

  /** In a class, returns the characters (or null for a category); outside, a node. */
  private escapeAtom(inClass: boolean): Node | string[] | null {
    const s = this.src;
    const c = s[this.i++] as string;
    if (c === 'b' || c === 'B') {
      if (inClass) return ['\b'];
      return { k: 'edge', edge: c === 'b' ? 'b' : 'none' };
    }
    if (c === 'd') return inClass ? DIGITS : { k: 'chars', set: DIGITS };
    if (c === 's') return inClass ? null : { k: 'chars', set: null, nonWord: true };
    if ('SDwW'.includes(c)) return inClass ? null : { k: 'chars', set: null };
    if (c === 'p' || c === 'P') {
      this.i = s.indexOf('}', this.i) + 1;
      return inClass ? null : { k: 'chars', set: null };
    }
    let ch = c;
    if (c === 'u') {
      ch = String.fromCharCode(Number.parseInt(s.slice(this.i, this.i + 4), 16));
      this.i += 4;
    } else if (c === 'x') {
      ch = String.fromCharCode(Number.parseInt(s.slice(this.i, this.i + 2), 16));
      this.i += 2;
    } else if (c === 'n') ch = '\n';
    else if (c === 'r') ch = '\r';
    else if (c === 't') ch = '\t';
    else if (/[0-9ck]/.test(c)) throw new Error(`needs: unsupported escape \\${c} in ${s}`);
    return inClass ? [ch] : { k: 'chars', set: [ch] };
  }

  private klass(): Node {
    const s = this.src;
    let negated = false;
    if (s[this.i] === '^') {
      negated = true;
      this.i++;
    }
    let chars: string[] | null = [];
    let first = true;
    while (s[this.i] !== ']' || first) {
      first = false;
      if (this.i >= s.length) throw new Error(`needs: unterminated class in ${s}`);
      let from = this.classAtom();
      if (s[this.i] === '-' && s[this.i + 1] !== ']') {
        this.i++;
        const to = this.classAtom();
        const a = from?.length === 1 ? (from[0] as string).charCodeAt(0) : -1;
        const b = to?.length === 1 ? (to[0] as string).charCodeAt(0) : -1;
        from = a >= 0 && b >= a && b - a < MAX_CLASS ? range(a, b) : null;
      }
      chars = chars && from ? [...chars, ...from] : null;
    }
    this.i++;
    if (negated || !chars || chars.length > MAX_CLASS) return { k: 'chars', set: null };
    return { k: 'chars', set: [...new Set(chars)] };
  }

  private classAtom(): string[] | null {
    const s = this.src;
    if (s[this.i] === '\\') {
      this.i++;
      return this.escapeAtom(true) as string[] | null;
    }
    return [s[this.i++] as string];
  }
}

const DIGITS = [...'0123456789'];

interface Info {
  /** All strings the node can match (with START/END markers), when few; null when unknown. */
  exact: Set<string> | null;
  need: Need;
}

function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** Reads a marked string as a literal; null for the empty string (no need at all). */
function toLit(s: string): Lit | null {
  const start = s.startsWith(START);
  const end = s.endsWith(END);
  // Markers inside a string (between two parts) carry no usable condition: drop them.
  const text = s.replaceAll(START, '').replaceAll(END, '');
  if (!text) return null;
  return { text, start, end };
}

function asSet(strings: Set<string>): LitSet | null {
  const out: LitSet = [];
  for (const s of strings) {
    const l = toLit(s);
    if (!l) return null;
    out.push(l);
  }
  return minimise(out);
}

/** Whether every occurrence of b (with its conditions) is an occurrence of a. */
function impliesLit(a: Lit, b: Lit): boolean {
  for (let i = b.text.indexOf(a.text); i >= 0; i = b.text.indexOf(a.text, i + 1)) {
    const j = i + a.text.length;
    const startOk = !a.start || (i === 0 ? b.start : !isWordChar(b.text[i - 1]));
    const endOk = !a.end || (j === b.text.length ? b.end : !isWordChar(b.text[j]));
    if (startOk && endOk) return true;
  }
  return false;
}

const keyOf = (l: Lit) => `${+l.start}${+l.end}${l.text}`;

/** Drops duplicates and (in small sets: it is quadratic) literals implied by another one. */
function minimise(set: LitSet): LitSet {
  const unique = [...new Map(set.map((l) => [keyOf(l), l])).values()];
  if (unique.length > 80) return unique;
  return unique.filter((b) => !unique.some((a) => a !== b && impliesLit(a, b)));
}

/** How selective a set is: its weakest literal decides (longer is rarer, word edges help, frequent words are poor). */
export function score(set: LitSet): number {
  let min = Number.POSITIVE_INFINITY;
  for (const l of set) {
    const word = l.text.trim();
    const weight = VERY_COMMON.has(word)
      ? 0.5
      : COMMON.has(word)
        ? 2
        : l.text.length + (l.start ? 1 : 0) + (l.end ? 1 : 0);
    min = Math.min(min, weight);
  }
  return min - set.length / 1000;
}

// Word lists for anchor choice only (speed, never results): frequent words make poor anchors.
const VERY_COMMON = new Set(
  (
    'the a an and or of to in on at for it is be this that we i you your our my me us do so if by as ' +
    'de la le el en et un une der die das und mit von zu que y los las des les du pour par sur ce je ich ' +
    'wir sie es il mi ma mon mes nos'
  ).split(' '),
);
const COMMON = new Set(
  (
    'need needs help make get take have has will can could would should time day week month year team plan ' +
    'number order date call side end more some all any up out about just go come new next last first one ' +
    'two before after per with from not no off over still ' +
    // Everyday business-mail words.
    'quarter price pricing cost rate fee total manager pilot percent data project meeting review support ' +
    'service training price plan have i have completed complete free extra'
  ).split(' '),
);

/**
 * Function words and auxiliaries: a set made only of them (or of punctuation) is in most sentences, so as a
 * need it filters little, yet its literals are hit constantly (gate-build.ts leaves such sets out of a term).
 */
const FUNCTION_WORDS = new Set([
  ...VERY_COMMON,
  ...(
    'are was were will been being has have had can could would should may might must not no with from all ' +
    'any some also just still only very here there then than they he she them his her its their what which ' +
    'who when how ist sind war hat haben wird werden kann ein eine einen nicht auch es est sont a ha han ' +
    'se lo su sus del al por con para son est une aux au ne pas'
  ).split(' '),
]);
const isFunctional = (l: Lit) =>
  l.text
    .trim()
    .split(/\s+/)
    .every((w) => FUNCTION_WORDS.has(w) || !/[\p{L}\p{N}]/u.test(w));
/** Every member is function words or punctuation only: nearly every sentence holds the set. */
export const onlyFunctionWords = (set: LitSet) => set.every(isFunctional);

/** OR of alternatives as one conjunction: every pair of clauses distributed while small, else one union. */
function orNeeds(infos: Info[]): Need {
  const per = infos.map((i) => {
    const s = i.exact && asSet(i.exact);
    // The two most selective sets of each branch are plenty, and keep the product small.
    return simplify(s ? [...i.need, s] : i.need)
      .sort((a, b) => score(b) - score(a))
      .slice(0, 2);
  });
  if (per.some((n) => n.length === 0)) return [];
  const product = per.reduce((p, n) => p * n.length, 1);
  if (product > MAX_CLAUSES) return [minimise(per.flatMap((n) => n[0] as LitSet))];
  let clauses: LitSet[] = [[]];
  for (const n of per) clauses = clauses.flatMap((c) => n.map((set) => [...c, ...set]));
  return simplify(clauses.map(minimise));
}

const MAX_CLAUSES = 64;

const isEmptyRun = (run: Set<string>) => run.size === 1 && run.has('');

/** Whether every string the node matches is non-empty and free of ASCII word characters at its ends. */
function nonWord(n: Node): boolean {
  if (n.k === 'chars') return n.nonWord === true || n.set?.every((c) => !isWordChar(c)) === true;
  if (n.k === 'rep') return n.min >= 1 && nonWord(n.item);
  return false;
}

/** `lead` / `trail`: a word edge holds right before / after this node. */
function analyse(n: Node, lead: Edge = 'none', trail: Edge = 'none'): Info {
  switch (n.k) {
    case 'chars':
      return { exact: n.set ? markEnd(markStart(new Set(n.set), lead), trail) : null, need: [] };
    case 'edge':
      return { exact: new Set(['']), need: [] };
    case 'look': {
      const inner = analyse(n.item);
      const s = inner.exact && asSet(inner.exact);
      return { exact: new Set(['']), need: s ? [...inner.need, s] : inner.need };
    }
    case 'rep': {
      // Edges only bind a single iteration.
      const single = n.max === 1;
      const inner = analyse(n.item, single ? lead : 'none', single ? trail : 'none');
      if (n.min === 0) {
        const exact = n.max === 1 && inner.exact ? new Set([...inner.exact, '']) : null;
        return { exact, need: [] };
      }
      const s = inner.exact && asSet(inner.exact);
      const need = s ? [...inner.need, s] : inner.need;
      return { exact: n.min === 1 && n.max === 1 ? inner.exact : null, need };
    }
    case 'alt': {
      const infos = n.items.map((item) => analyse(item, lead, trail));
      let exact: Set<string> | null = new Set();
      for (const i of infos) {
        exact =
          exact && i.exact && exact.size + i.exact.size <= MAX_EXACT ? new Set([...exact, ...i.exact]) : null;
      }
      // Known strings already say it all; otherwise combine what the branches need.
      return { exact, need: exact ? [] : orNeeds(infos) };
    }
    case 'seq': {
      const need: Need = [];
      let run = new Set(['']);
      let whole: Set<string> | null = new Set(['']);
      let pendingStart: Edge = lead;
      const flush = () => {
        const s = asSet(run);
        if (s) need.push(s);
        run = new Set(['']);
      };
      const after = (i: number): Edge => {
        const next = n.items[i + 1];
        if (!next) return trail;
        if (next.k === 'edge') return next.edge === 'b' || next.edge === 'end' ? next.edge : 'none';
        return nonWord(next) ? 'end' : 'none';
      };
      n.items.forEach((item, i) => {
        if (item.k === 'edge') {
          if (item.edge === 'b' || item.edge === 'end') {
            run = markEnd(run, item.edge);
            if (whole) whole = markEnd(whole, item.edge);
          }
          if (item.edge === 'b' || item.edge === 'start') pendingStart = item.edge;
          return;
        }
        if (item.k === 'look') {
          need.push(...analyse(item).need);
          return;
        }
        const edge = pendingStart;
        pendingStart = 'none';
        const info = analyse(item, edge, after(i));
        need.push(...info.need);
        if (!info.exact) {
          whole = null;
          // Whitespace and the like: what follows starts a word.
          if (nonWord(item)) {
            run = markEnd(run, 'end');
            pendingStart = 'start';
          }
          flush();
          return;
        }
        const ex = info.exact;
        if (whole) whole = cross(whole, isEmptyRun(whole) ? markStart(ex, edge) : ex);
        const next = cross(run, isEmptyRun(run) ? markStart(ex, edge) : ex);
        if (next) run = next;
        else {
          flush();
          run = ex;
        }
      });
      run = markEnd(run, trail);
      if (whole) whole = markEnd(whole, trail);
      flush();
      return { exact: whole, need };
    }
  }
}

/** \b before a word character, or the Unicode start lookbehind: nothing word-like precedes. */
function markStart(ex: Set<string>, edge: Edge): Set<string> {
  if (edge !== 'b' && edge !== 'start') return ex;
  // (An edge before an empty string binds whatever follows; not tracked.)
  return new Set([...ex].map((x) => (x && (edge === 'start' || isWordChar(x[0])) ? START + x : x)));
}

/** \b after a word character, or the Unicode end lookahead: nothing word-like follows. */
function markEnd(set: Set<string>, edge: Edge): Set<string> {
  if (edge !== 'b' && edge !== 'end') return set;
  const last = (x: string) => x.replaceAll(START, '').replaceAll(END, '').at(-1);
  return new Set([...set].map((x) => (x && (edge === 'end' || isWordChar(last(x))) ? x + END : x)));
}

/** The needs of one regex source (as compiled with the `u` flag, no `i`). */
export function needsOf(source: string): Need {
  let need = memo.get(source);
  if (!need) {
    const info = analyse(new Parser(source).parse());
    const s = info.exact && asSet(info.exact);
    need = simplify(s ? [...info.need, s] : info.need);
    memo.set(source, need);
  }
  return need;
}

const memo = new Map<string, Need>();

/** The needs of all of the sources together. */
export function needsOfAll(sources: string[]): Need {
  return simplify(sources.flatMap(needsOf));
}

/** Drops sets that another set already guarantees (each of its literals implies one of theirs). */
function simplify(need: Need): Need {
  const sets = need.filter((set) => set.length > 0);
  const keys = sets.map((set) => new Set(set.map(keyOf)));
  const covers = (j: number, i: number) => {
    const [b, a] = [sets[j] as LitSet, sets[i] as LitSet];
    const ka = keys[i] as Set<string>;
    // Exact matches are cheap; the literal-by-literal check only for small pairs (dropping less is safe).
    if (a.length * b.length > 4000) return b.every((lb) => ka.has(keyOf(lb)));
    return b.every((lb) => ka.has(keyOf(lb)) || a.some((la) => impliesLit(la, lb)));
  };
  return sets.filter((_, i) => !sets.some((_, j) => j !== i && covers(j, i) && (!covers(i, j) || j < i)));
}

// ------------------------------------------------------------ literals as case-insensitive regexes

// Under the `i` flag (no `u`) this class is exactly the ASCII word characters, upper case included:
// the folded text's `\b` sees the same characters.
const NOT_AFTER_WORD = '(?<![a-z0-9_])';
const NOT_BEFORE_WORD = '(?![a-z0-9_])';

/** The regex source of a literal (flags `i`). */
export function litSource(l: Lit): string {
  return `${l.start ? NOT_AFTER_WORD : ''}${escapeRe(l.text)}${l.end ? NOT_BEFORE_WORD : ''}`;
}

/** Compact form of a literal (gate tables, tests): start (1) + end (2) as one digit, then the text. */
export function litCode(l: Lit): string {
  return `${(l.start ? 1 : 0) + (l.end ? 2 : 0)}${l.text}`;
}
