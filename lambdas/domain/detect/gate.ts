// The concept gate in front of the sentence analysis. Each rule family can only fire in a sentence
// that holds every literal set one of its terms needs (derived offline from the rule regexes, see
// gate-build.ts and needs.ts). One pass of an Aho–Corasick automaton over the raw text, folding case
// as it reads, finds every literal; sentence ends are only decided where they separate literal hits;
// only sentences where a term is complete are handed on to be folded and analysed.
import type { Family, GateTable } from './gate-build';
import TABLES from './gate-tables.json' with { type: 'json' };
import { isBoundary } from './text';

export type { Family } from './gate-build';

/**
 * Characters at or above U+0250 whose lower case is a single character other than their own, but which
 * are not the upper case of that character (so the automaton cannot find them from its alphabet).
 * A test checks, for every BMP character, that the automaton reads it as folded text would.
 */
const ODD_FOLDS = '\u1e9e\u2126\u212a\u212b';
/** Characters that may end a sentence (text.ts decides whether they do). */
const ENDS = [0x2e, 0x21, 0x3f, 0x0a, 0x2026];
const LOW_CODES = 0x250;

interface Automaton {
  /** Columns of `step`: character classes. 0: no literal uses the character; `ender`: may end a sentence. */
  width: number;
  ender: number;
  low: Uint8Array;
  high: Map<number, number>;
  /** Per class: an ASCII letter, digit or `_` (what the literals' word edges look at). */
  word: Uint8Array;
  /** State × class → next state, with `flag` set when a literal ends on the way. */
  step: Uint16Array | Uint32Array;
  flag: number;
  /** Per state: the last character read was a word character. */
  wordy: Uint8Array;
  /** Per state: where reading a word start / a word end leads (the edges step takes in passing). */
  onStart: Int32Array;
  onEnd: Int32Array;
  /** Per state: the first state down its suffix chain (itself included) where literals end; 0: none. */
  first: Int32Array;
  /** Per such state: the next one down the chain. */
  next: Int32Array;
  /** Per state: literals without checks end there (its emitter is the state's own number). */
  plain: Uint8Array;
  /** Literals whose edge is a check, ending at each state (CSR). */
  checkAt: Int32Array;
  checks: Int32Array;
  litLen: Int32Array;
  /** Edge checks: bit 1, must not follow a word character; bit 2, must not precede one. */
  litEdges: Uint8Array;
  /** Emitters: states (their plain literals), then checked literals (`states` + literal). */
  states: number;
  /** Sets each emitter stands for (CSR). */
  setsAt: Int32Array;
  sets: Int32Array;
}

const ASCII_WORD = 'abcdefghijklmnopqrstuvwxyz0123456789_';
const isAsciiWord = (ch: string) => ASCII_WORD.includes(ch);

function csr(lists: readonly (readonly number[])[]): [Int32Array, Int32Array] {
  const at = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => {
    at[i + 1] = (at[i] as number) + l.length;
  });
  return [at, Int32Array.from(lists.flat())];
}

function build(lits: readonly string[], sets: readonly number[][]): Automaton {
  const texts = lits.map((code) => code.slice(1));
  // Every ASCII word character gets a class even if no literal uses it: class 0 is never a word character.
  const alphabet = [...new Set([...texts.join(''), ...ASCII_WORD])].sort();
  for (const ch of alphabet) {
    // Offsets count code units, and a hit must never straddle a sentence end.
    if (ch.length !== 1 || ENDS.includes(ch.charCodeAt(0))) throw new Error(`gate: literal character ${ch}`);
  }
  const classOf = new Map(alphabet.map((ch, i) => [ch, i + 1]));
  const ender = alphabet.length + 1;
  const width = alphabet.length + 2;
  // The trie also reads two marks between characters: a word starts (B), a word ended (E).
  const B = width;
  const E = width + 1;
  const classes = width + 2;
  const low = new Uint8Array(LOW_CODES);
  const high = new Map<number, number>();
  const foldsTo = (ch: string) => {
    const l = ch.toLowerCase();
    return l.length === 1 ? classOf.get(l) : undefined;
  };
  for (let c = 0; c < LOW_CODES; c++) low[c] = foldsTo(String.fromCharCode(c)) ?? 0;
  for (const c of ENDS) if (c < LOW_CODES) low[c] = ender;
  high.set(0x2026, ender);
  for (const ch of [...alphabet, ...alphabet.map((a) => a.toUpperCase()), ...ODD_FOLDS]) {
    const c = ch.charCodeAt(0);
    const k = ch.length === 1 && c >= LOW_CODES ? foldsTo(ch) : undefined;
    if (k) high.set(c, k);
  }
  const word = new Uint8Array(width);
  for (const [ch, k] of classOf) word[k] = isAsciiWord(ch) ? 1 : 0;

  // What the automaton reads for each literal: its classes, with B/E where its word edges require them.
  // An edge on a literal's own non-word end character cannot be read that way: it stays a check.
  const litEdges = new Uint8Array(texts.length);
  const keys = texts.map((t, li) => {
    const edges = Number((lits[li] as string)[0]);
    const seq: number[] = [];
    let prev: boolean | undefined = edges & 1 ? false : undefined;
    for (const ch of t) {
      const w = isAsciiWord(ch);
      if (prev !== undefined && w !== prev) seq.push(w ? B : E);
      seq.push(classOf.get(ch) as number);
      prev = w;
    }
    if (edges & 2 && prev) seq.push(E);
    litEdges[li] = (edges & 1 && !isAsciiWord(t[0] as string) ? 1 : 0) | (edges & 2 && !prev ? 2 : 0);
    return String.fromCharCode(...seq);
  });

  // Trie, numbered breadth first: a state's parent and failure target come before it.
  const order = keys.map((_, i) => i).sort((x, y) => ((keys[x] as string) < (keys[y] as string) ? -1 : 1));
  const sorted = order.map((i) => keys[i] as string);
  let states = 1;
  for (let i = 0; i < sorted.length; i++) {
    const key = sorted[i] as string;
    const prev = i > 0 ? (sorted[i - 1] as string) : '';
    let common = 0;
    while (common < key.length && key[common] === prev[common]) common++;
    states += key.length - common;
  }
  const trie = new Int32Array(states * classes);
  const wordy = new Uint8Array(states + 1);
  const nodeOf = new Int32Array(sorted.length);
  let made = 1;
  for (let depth = 1, longest = Math.max(...sorted.map((k) => k.length)); depth <= longest; depth++) {
    let parent = -1;
    let cls = -1;
    for (let i = 0; i < sorted.length; i++) {
      const key = sorted[i] as string;
      if (key.length < depth) continue;
      const p = nodeOf[i] as number;
      const k = key.charCodeAt(depth - 1);
      if (p !== parent || k !== cls) {
        [parent, cls] = [p, k];
        wordy[made] = k === B ? 1 : k === E ? 0 : (word[k] as number);
        trie[p * classes + k] = made++;
      }
      nodeOf[i] = trie[p * classes + k] as number;
    }
  }
  const ends: number[][] = Array.from({ length: states }, () => []);
  order.forEach((li, i) => {
    ends[nodeOf[i] as number]?.push(li);
  });

  // Failure links and full transitions (until a state is reached, its row holds only trie children),
  // and the chains of states where literals end.
  const fail = new Int32Array(states);
  const first = new Int32Array(states + 1);
  const next = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) {
    const f = fail[s] as number;
    if (s > 0) {
      next[s] = first[f] as number;
      first[s] = ends[s]?.length ? s : (first[f] as number);
    }
    for (let k = 1; k < classes && s > 0; k++) {
      const at = s * classes + k;
      const child = trie[at] as number;
      if (child !== 0) fail[child] = trie[f * classes + k] as number;
      else trie[at] = trie[f * classes + k] as number;
    }
  }

  // One step per character: the edge marks are taken in passing. State `states` is the root after a
  // word character (no literal prefix read, but a word start must not be seen next).
  const root1 = states;
  const flag = states + 1 < 0x8000 ? 0x8000 : 0x40000000;
  const step =
    flag === 0x8000 ? new Uint16Array((states + 1) * width) : new Uint32Array((states + 1) * width);
  const onStart = new Int32Array(states + 1);
  const onEnd = new Int32Array(states + 1);
  wordy[root1] = 1;
  const finds = (s: number) => s < states && first[s] !== 0;
  for (let s = 0; s <= states; s++) {
    const base = s === root1 ? 0 : s;
    onStart[s] = wordy[s] ? base : (trie[base * classes + B] as number);
    onEnd[s] = wordy[s] ? (trie[base * classes + E] as number) : base;
    for (let k = 0; k < width; k++) {
      const mid = word[k] ? (onStart[s] as number) : (onEnd[s] as number);
      let to = k === 0 || k === ender ? 0 : (trie[mid * classes + k] as number);
      if (to === 0 && word[k]) to = root1;
      step[s * width + k] = to | ((mid !== base && finds(mid)) || finds(to) ? flag : 0);
    }
  }

  const plain = new Uint8Array(states + 1);
  const checkLists: number[][] = Array.from({ length: states + 1 }, () => []);
  const emitterSets: number[][] = Array.from({ length: states + texts.length }, () => []);
  const litSets: number[][] = Array.from({ length: texts.length }, () => []);
  sets.forEach((set, si) => {
    for (const li of set) litSets[li]?.push(si);
  });
  ends.forEach((lis, s) => {
    const union = new Set<number>();
    for (const li of lis) {
      if (litEdges[li]) checkLists[s]?.push(li);
      else for (const si of litSets[li] ?? []) union.add(si);
    }
    plain[s] = lis.some((li) => !litEdges[li]) ? 1 : 0;
    emitterSets[s] = [...union];
  });
  litSets.forEach((si, li) => {
    emitterSets[states + li] = si;
  });
  const [checkAt, checks] = csr(checkLists);
  const [setsAt, setList] = csr(emitterSets);
  return {
    width,
    ender,
    low,
    high,
    word,
    step,
    flag,
    wordy,
    onStart,
    onEnd,
    first,
    next,
    plain,
    checkAt,
    checks,
    litLen: Int32Array.from(texts, (t) => t.length),
    litEdges,
    states,
    setsAt,
    sets: setList,
  };
}

interface Table {
  family: Uint8Array;
  /** Needed sets of each term (CSR). */
  needAt: Int32Array;
  need: Int32Array;
  /** Terms each emitter anchors (CSR): those whose anchor set it stands for. */
  anchoredAt: Int32Array;
  anchored: Int32Array;
}

const QP = 1;
const UD = 2;

function table(a: Automaton, t: GateTable): Table {
  const byAnchor = new Map<number, number[]>();
  t.terms.forEach(([, , anchor], term) => {
    byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), term]);
  });
  const emitters = a.setsAt.length - 1;
  const anchored: number[][] = Array.from({ length: emitters }, (_, e) => [
    ...new Set(
      Array.from(a.sets.subarray(a.setsAt[e], a.setsAt[e + 1]), (si) => byAnchor.get(si) ?? []).flat(),
    ),
  ]);
  const [needAt, need] = csr(t.terms.map(([, sets]) => sets));
  const [anchoredAt, anchoredList] = csr(anchored);
  return {
    family: Uint8Array.from(t.terms, ([f]) => (f === 'qp' ? QP : UD)),
    needAt,
    need,
    anchoredAt,
    anchored: anchoredList,
  };
}

let automaton: Automaton | undefined;
const tables = new Map<boolean, Table>();
function load(isSubject: boolean): [Automaton, Table] {
  automaton ??= build(TABLES.lits, TABLES.sets);
  let t = tables.get(isSubject);
  if (!t) {
    t = table(automaton, (isSubject ? TABLES.subject : TABLES.body) as GateTable);
    tables.set(isSubject, t);
  }
  return [automaton, t];
}

/** The automaton's class of a character (for tests). */
export function classOf(c: number): number {
  const a = load(false)[0];
  return c < LOW_CODES ? (a.low[c] as number) : (a.high.get(c) ?? 0);
}

/** The class of each character literals use or word edges look at, as folded text has it (for tests). */
export function alphabet(): Map<string, number> {
  const out = new Map<string, number>();
  for (const ch of [...TABLES.lits.map((code) => code.slice(1)).join(''), ...ASCII_WORD]) {
    out.set(ch, classOf(ch.charCodeAt(0)));
  }
  return out;
}

/** A sentence of the raw text in which at least one family may fire. */
export interface Candidate {
  /** A position inside the sentence (an anchor hit) and the hit's length. */
  at: number;
  length: number;
  families: Set<Family>;
}

// The sentence being read: a number that stamps the sets seen and the terms queued in it (no clearing
// between sentences), whether anything was seen, where, and the terms its anchors queued.
let sentence = 1;
let seenAny = false;
let seenAt = 0;
const setSeen = new Int32Array(TABLES.sets.length);
let termSeen = new Int32Array(0);
let queued: Int32Array = new Int32Array(64);
let queue = 0;

/**
 * Sentences of `text` (raw, not folded) in which a family may fire, in text order. Sentence bounds are
 * those of text.ts (no literal holds a character that may end a sentence); the caller judges a sentence
 * too long for fixed bounds.
 */
export function candidates(text: string, isSubject: boolean): Candidate[] {
  const [a, t] = load(isSubject);
  const out: Candidate[] = [];
  const { width, ender, low, high, step, flag } = a;
  if (termSeen.length < t.family.length) termSeen = new Int32Array(t.family.length);
  nextSentence();
  const n = text.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = c < LOW_CODES ? (low[c] as number) : (high.get(c) ?? 0);
    const to = step[s * width + k] as number;
    if (to & flag) {
      found(a, t, text, s, k, to ^ flag, i);
      s = to ^ flag;
    } else s = to;
    if (k === ender && seenAny && isBoundary(text, i)) settle(t, out);
  }
  if (a.wordy[s]) emit(a, t, text, a.onEnd[s] as number, n);
  settle(t, out);
  return out;
}

/** Literals found on the step from `from` to `to` over the character at `i` (class `k`). */
function found(a: Automaton, t: Table, text: string, from: number, k: number, to: number, i: number): void {
  if (a.word[k] !== a.wordy[from])
    emit(a, t, text, a.word[k] ? (a.onStart[from] as number) : (a.onEnd[from] as number), i);
  emit(a, t, text, to, i + 1);
}

/** Literals ending at state `s` (through its suffix chain), just before `end`. */
function emit(a: Automaton, t: Table, text: string, s: number, end: number): void {
  if (s >= a.states) return;
  for (let q = a.first[s] as number; q !== 0; q = a.next[q] as number) {
    if (a.plain[q]) mark(a, t, q, end);
    for (let j = a.checkAt[q] as number, last = a.checkAt[q + 1] as number; j < last; j++) {
      const li = a.checks[j] as number;
      const start = end - (a.litLen[li] as number);
      const edges = a.litEdges[li] as number;
      if (edges & 1 && start > 0 && isWordAt(a, text, start - 1)) continue;
      if (edges & 2 && end < text.length && isWordAt(a, text, end)) continue;
      mark(a, t, a.states + li, end);
    }
  }
}

function isWordAt(a: Automaton, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return a.word[c < LOW_CODES ? (a.low[c] as number) : (a.high.get(c) ?? 0)] === 1;
}

/** An emitter seen in the current sentence, its last literal ending before `end`. */
function mark(a: Automaton, t: Table, e: number, end: number): void {
  if (!seenAny) {
    seenAny = true;
    seenAt = end - 1;
  }
  for (let j = a.setsAt[e] as number, last = a.setsAt[e + 1] as number; j < last; j++) {
    setSeen[a.sets[j] as number] = sentence;
  }
  for (let j = t.anchoredAt[e] as number, last = t.anchoredAt[e + 1] as number; j < last; j++) {
    const term = t.anchored[j] as number;
    if (termSeen[term] === sentence) continue;
    termSeen[term] = sentence;
    if (queue === queued.length) {
      const bigger = new Int32Array(queue * 2);
      bigger.set(queued);
      queued = bigger;
    }
    queued[queue++] = term;
  }
}

/** The sentence ended: which families have a queued term whose every needed set was seen. */
function settle(t: Table, out: Candidate[]): void {
  let families = 0;
  for (let q = 0; q < queue; q++) {
    const term = queued[q] as number;
    const family = t.family[term] as number;
    if (families & family) continue;
    let complete = true;
    for (let x = t.needAt[term] as number, e = t.needAt[term + 1] as number; x < e && complete; x++) {
      complete = setSeen[t.need[x] as number] === sentence;
    }
    if (complete) families |= family;
  }
  if (families !== 0) {
    const set = new Set<Family>();
    if (families & QP) set.add('qp');
    if (families & UD) set.add('ud');
    // seenAt is the last character of a literal: inside the sentence, never a character that ends one.
    out.push({ at: seenAt, length: 1, families: set });
  }
  nextSentence();
}

function nextSentence(): void {
  seenAny = false;
  queue = 0;
  if (++sentence === 0x7fffffff) {
    sentence = 1;
    setSeen.fill(0);
    termSeen.fill(0);
  }
}
