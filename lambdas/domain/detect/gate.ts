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
  /** Per state: where a word start / a word end leads, itself when its last character says none is read. */
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

/**
 * `n` lists as one flat array and their offsets (CSR), without an array per list: `each(i, add)` names
 * the members of list i (duplicates are dropped) and is called twice, to count and to fill.
 */
function csr(n: number, universe: number, each: (i: number, add: (x: number) => void) => void) {
  const stamp = new Int32Array(universe).fill(-1);
  const at = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let count = 0;
    each(i, (x) => {
      if (stamp[x] !== i) {
        stamp[x] = i;
        count++;
      }
    });
    at[i + 1] = (at[i] as number) + count;
  }
  stamp.fill(-1);
  const list = new Int32Array(at[n] as number);
  for (let i = 0; i < n; i++) {
    let j = at[i] as number;
    each(i, (x) => {
      if (stamp[x] !== i) {
        stamp[x] = i;
        list[j++] = x;
      }
    });
  }
  return { at, list };
}

/** CSR of the inverse relation: for each of `n` targets, the sources that name it. */
function inverse(sources: number, targets: number, each: (i: number, add: (x: number) => void) => void) {
  const pairs: number[] = [];
  for (let i = 0; i < sources; i++) each(i, (x) => pairs.push(x, i));
  const by = new Int32Array(pairs.length / 2);
  const at = new Int32Array(targets + 1);
  for (let p = 0; p < pairs.length; p += 2) (at[(pairs[p] as number) + 1] as number)++;
  for (let x = 0; x < targets; x++) at[x + 1] = (at[x + 1] as number) + (at[x] as number);
  const fill = at.slice(0, targets);
  for (let p = 0; p < pairs.length; p += 2)
    by[(fill[pairs[p] as number] as number)++] = pairs[p + 1] as number;
  return { at, list: by };
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
  // Literals also spell two marks read between characters: a word starts (B), a word ended (E).
  const B = width;
  const E = width + 1;
  const low = new Uint8Array(LOW_CODES);
  const high = new Map<number, number>();
  const foldsTo = (ch: string) => {
    const l = ch.toLowerCase();
    return l.length === 1 ? classOf.get(l) : undefined;
  };
  for (let c = 0; c < LOW_CODES; c++) low[c] = foldsTo(String.fromCharCode(c)) ?? 0;
  for (const c of ENDS) if (c < LOW_CODES) low[c] = ender;
  high.set(0x2026, ender);
  for (const ch of [...alphabet, ...alphabet.map((x) => x.toUpperCase()), ...ODD_FOLDS]) {
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

  // Trie, numbered breadth first: a state's parent and failure target come before it. Character
  // transitions live in `step` (one row per state, plus the row of state `root1`, see below); the marks'
  // transitions in `onB`/`onE`.
  const order = keys.map((_, i) => i).sort((x, y) => ((keys[x] as string) < (keys[y] as string) ? -1 : 1));
  let states = 1;
  for (let i = 0; i < order.length; i++) {
    const key = keys[order[i] as number] as string;
    const prev = i > 0 ? (keys[order[i - 1] as number] as string) : '';
    let common = 0;
    while (common < key.length && key[common] === prev[common]) common++;
    states += key.length - common;
  }
  const root1 = states;
  const flag = states + 1 < 0x8000 ? 0x8000 : 0x40000000;
  const step =
    flag === 0x8000 ? new Uint16Array((states + 1) * width) : new Uint32Array((states + 1) * width);
  const onB = new Int32Array(states + 1);
  const onE = new Int32Array(states + 1);
  const get = (s: number, k: number) => (k === B ? onB[s] : k === E ? onE[s] : step[s * width + k]) as number;
  const set = (s: number, k: number, to: number) => {
    if (k === B) onB[s] = to;
    else if (k === E) onE[s] = to;
    else step[s * width + k] = to;
  };
  const wordy = new Uint8Array(states + 1);
  const endsAt = new Int32Array(texts.length);
  let made = 1;
  for (let depth = 1, longest = Math.max(...keys.map((k) => k.length)); depth <= longest; depth++) {
    let parent = -1;
    let cls = -1;
    for (const li of order) {
      const key = keys[li] as string;
      if (key.length < depth) continue;
      const p = endsAt[li] as number;
      const k = key.charCodeAt(depth - 1);
      if (p !== parent || k !== cls) {
        [parent, cls] = [p, k];
        wordy[made] = k === B ? 1 : k === E ? 0 : (word[k] as number);
        set(p, k, made++);
      }
      endsAt[li] = get(p, k);
    }
  }
  const own = inverse(texts.length, states, (li, add) => add(endsAt[li] as number));

  // Failure links and full transitions (until a state is reached, its row holds only trie children),
  // and the chains of states where literals end.
  const fail = new Int32Array(states);
  const first = new Int32Array(states + 1);
  const next = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) {
    const f = fail[s] as number;
    if (s > 0) {
      next[s] = first[f] as number;
      first[s] = (own.at[s + 1] as number) > (own.at[s] as number) ? s : (first[f] as number);
    }
    for (let k = 1; k <= E && s > 0; k++) {
      const child = get(s, k);
      if (child !== 0) fail[child] = get(f, k);
      else set(s, k, get(f, k));
    }
  }

  // One step per character, the marks taken in passing. `root1` is the root after a word character: no
  // literal prefix read, but no word start to see next. In place: another state's row is only read at
  // entries that need no mark, which keep their target (the flag is masked off); the root's row is
  // copied first. onB/onE become where a word start/end leads from each state (itself if it needs none).
  const root = step.slice(0, width);
  wordy[root1] = 1;
  const finds = (s: number) => s < states && first[s] !== 0;
  for (let s = 0; s <= states; s++) {
    const base = s === root1 ? 0 : s;
    if (wordy[s]) onB[s] = base;
    else onE[s] = base;
    if (s === root1) onE[s] = onE[0] as number;
    for (let k = 0; k < width; k++) {
      const mid = word[k] ? (onB[s] as number) : (onE[s] as number);
      let to = 0;
      if (k !== 0 && k !== ender) to = ((mid === 0 ? root[k] : step[mid * width + k]) as number) & (flag - 1);
      if (to === 0 && word[k]) to = root1;
      step[s * width + k] = to | ((mid !== base && finds(mid)) || finds(to) ? flag : 0);
    }
  }
  const litSets = inverse(sets.length, texts.length, (si, add) => {
    for (const li of sets[si] as number[]) add(li);
  });
  const ownLits = (s: number, each: (li: number) => void) => {
    for (let j = own.at[s] as number; j < (own.at[s + 1] as number); j++) each(own.list[j] as number);
  };
  const plain = new Uint8Array(states + 1);
  for (let s = 0; s < states; s++) {
    ownLits(s, (li) => {
      if (!litEdges[li]) plain[s] = 1;
    });
  }
  const checks = csr(states + 1, texts.length, (s, add) => {
    if (s < states) ownLits(s, (li) => litEdges[li] && add(li));
  });
  // Emitters: a state stands for the sets of its plain literals; a checked literal for its own sets.
  const emitterSets = csr(states + texts.length, sets.length, (e, add) => {
    const setsOf = (li: number) => {
      for (let j = litSets.at[li] as number; j < (litSets.at[li + 1] as number); j++)
        add(litSets.list[j] as number);
    };
    if (e >= states) setsOf(e - states);
    else ownLits(e, (li) => litEdges[li] || setsOf(li));
  });
  return {
    width,
    ender,
    low,
    high,
    word,
    step,
    flag,
    wordy,
    onStart: onB,
    onEnd: onE,
    first,
    next,
    plain,
    checkAt: checks.at,
    checks: checks.list,
    litLen: Int32Array.from(texts, (t) => t.length),
    litEdges,
    states,
    setsAt: emitterSets.at,
    sets: emitterSets.list,
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
  const byAnchor = inverse(t.terms.length, TABLES.sets.length, (term, add) =>
    add(t.terms[term]?.[2] as number),
  );
  const anchored = csr(a.setsAt.length - 1, t.terms.length, (e, add) => {
    for (let j = a.setsAt[e] as number; j < (a.setsAt[e + 1] as number); j++) {
      const si = a.sets[j] as number;
      for (let x = byAnchor.at[si] as number; x < (byAnchor.at[si + 1] as number); x++)
        add(byAnchor.list[x] as number);
    }
  });
  const need = csr(t.terms.length, TABLES.sets.length, (term, add) => {
    for (const si of t.terms[term]?.[1] ?? []) add(si);
  });
  return {
    family: Uint8Array.from(t.terms, ([f]) => (f === 'qp' ? QP : UD)),
    needAt: need.at,
    need: need.list,
    anchoredAt: anchored.at,
    anchored: anchored.list,
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
