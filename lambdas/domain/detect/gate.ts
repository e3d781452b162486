// The concept gate in front of the sentence analysis. Each rule family can only fire in a sentence
// that holds every literal set one of its terms needs (derived offline from the rule regexes, see
// gate-build.ts and needs.ts). One pass of an Aho–Corasick automaton over the raw text, folding case
// as it reads, finds every literal; sentence ends are only decided where they separate literal hits;
// only sentences where a term is complete are handed on to be folded and analysed.

import { readFileSync } from 'node:fs';
import { type Automaton, type Gate, LOW_CODES, type Table, UD, unpack } from './automaton';
import { isBoundary } from './text';

/**
 * Beside this module, or beside the bundle that holds it: the Lambda bundling copies it there
 * (lib/constructs/poise-function.ts). A file, not an import, so the bundle does not carry it as source.
 */
export const AUTOMATON_FILE = new URL('./gate-automaton.bin', import.meta.url);
let gate:
  | (Gate & {
      firstDiscount: { subject: number; body: number };
      merged: { subject: Merged; body: Merged };
      ends: Uint8Array;
    })
  | undefined;
function load(isSubject: boolean): [Automaton, Table, number, Merged, Uint8Array] {
  if (!gate) {
    const g = unpack(readFileSync(AUTOMATON_FILE));
    // Terms are quota-pressure terms, then one discount term per concession, in order (gate-build.ts).
    const firstDiscount = { subject: g.subject.family.indexOf(UD), body: g.body.family.indexOf(UD) };
    const { states, first } = g.automaton;
    // Per state: 1 where literals end (down its suffix chain), read at every step: a small, hot array.
    const ends = new Uint8Array(first.length);
    for (let s = 0; s < states; s++) ends[s] = first[s] !== 0 ? 1 : 0;
    gate = { ...g, firstDiscount, merged: { subject: new Merged(states), body: new Merged(states) }, ends };
  }
  return isSubject
    ? [gate.automaton, gate.subject, gate.firstDiscount.subject, gate.merged.subject, gate.ends]
    : [gate.automaton, gate.body, gate.firstDiscount.body, gate.merged.body, gate.ends];
}

/**
 * Per state where literals end, what reaching it means, gathered once down its suffix chain: the sets
 * and anchored terms of its plain literals (no duplicates) and its checked literals. Gathered on first
 * use, since a text reaches few of the states: hits are frequent (common words are in many sets), and
 * walking the chain and repeating sets at each of them was most of the gate's time.
 */
class Merged {
  /** Per state: where its entry starts in `pool` (0: not gathered yet). */
  readonly at: Int32Array;
  /** Entries: set count, the sets, anchored-term count, the terms, check count, the checked literals. */
  pool = new Int32Array(1024);
  size = 1;
  /** The sentence in which each state's sets and terms were last applied. */
  readonly applied: Int32Array;
  constructor(states: number) {
    this.at = new Int32Array(states);
    this.applied = new Int32Array(states);
  }

  entry(a: Automaton, t: Table, s: number): number {
    const at = this.at[s] as number;
    return at !== 0 ? at : this.gather(a, t, s);
  }

  private gather(a: Automaton, t: Table, s: number): number {
    const sets = new Set<number>();
    const terms = new Set<number>();
    const checks: number[] = [];
    for (let q = a.first[s] as number; q !== 0; q = a.next[q] as number) {
      if (a.plain[q]) {
        for (let j = a.setsAt[q] as number; j < (a.setsAt[q + 1] as number); j++)
          sets.add(a.sets[j] as number);
        for (let j = t.anchoredAt[q] as number; j < (t.anchoredAt[q + 1] as number); j++)
          terms.add(t.anchored[j] as number);
      }
      for (let j = a.checkAt[q] as number; j < (a.checkAt[q + 1] as number); j++)
        checks.push(a.checks[j] as number);
    }
    const entry = [sets.size, ...sets, terms.size, ...terms, checks.length, ...checks];
    if (this.size + entry.length > this.pool.length) {
      const bigger = new Int32Array(Math.max(this.pool.length * 2, this.size + entry.length));
      bigger.set(this.pool);
      this.pool = bigger;
    }
    this.pool.set(entry, this.size);
    this.at[s] = this.size;
    this.size += entry.length;
    return this.at[s] as number;
  }
}

/** Every UTF-16 code unit's class (the packed form keeps only the low ones and a map of the rest). */
let classes: Uint8Array | undefined;
function classTable(a: Automaton): Uint8Array {
  if (!classes) {
    classes = new Uint8Array(0x10000);
    classes.set(a.low.subarray(0, LOW_CODES));
    for (const [c, k] of a.high) classes[c] = k;
  }
  return classes;
}

/**
 * The text's code units, copied natively: reading a typed array is several times faster than
 * charCodeAt here. The copy's buffer is kept while it is at most 256 KB (128K characters).
 */
let unitBuffer = Buffer.alloc(0);
function codeUnits(text: string): Uint16Array {
  const bytes = text.length * 2;
  let buffer = unitBuffer;
  if (buffer.length < bytes) {
    // Buffer.alloc of this size owns its memory at offset 0, so the 16-bit view is aligned.
    buffer = Buffer.alloc(Math.max(bytes, 4096));
    if (bytes <= 1 << 18) unitBuffer = buffer;
  }
  buffer.write(text, 0, bytes, 'utf16le');
  return new Uint16Array(buffer.buffer, buffer.byteOffset, text.length);
}

/** The automaton's class of a character (for tests). */
export function classOf(c: number): number {
  return classTable(load(false)[0])[c] as number;
}

/** A sentence of the raw text in which at least one family may fire (some term of it is complete). */
export interface Candidate {
  /** A position inside the sentence: the last character of a literal hit, never one that ends a sentence. */
  at: number;
  /** The unilateral_discount terms complete in the sentence: indexes into CONCESSIONS, ascending. */
  concessions: number[];
  /** The quota_pressure terms complete in the sentence: indexes into the gate's quota-pressure terms. */
  quota: number[];
}

// The sentence being read: a number that stamps the sets seen and the terms queued in it (no clearing
// between sentences), whether anything was seen, where, and the terms its anchors queued.
let sentence = 1;
let seenAny = false;
let seenAt = 0;
let setSeen = new Int32Array(0);
let termSeen = new Int32Array(0);
let queued: Int32Array = new Int32Array(64);
let queue = 0;

/**
 * Sentences of `text` (raw, not folded) in which a family may fire, in text order. Sentence bounds are
 * those of text.ts (no literal holds a character that may end a sentence); the caller judges a sentence
 * too long for fixed bounds.
 */
export function candidates(text: string, isSubject: boolean): Candidate[] {
  const [a, t, firstDiscount, m, ends] = load(isSubject);
  const out: Candidate[] = [];
  const { width, ender, step, word, wordy, onStart, onEnd } = a;
  if (termSeen.length < t.family.length) termSeen = new Int32Array(t.family.length);
  if (setSeen.length < (gate as Gate).setCount) setSeen = new Int32Array((gate as Gate).setCount);
  nextSentence();
  const n = text.length;
  const units = codeUnits(text);
  const classes = classTable(a);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const k = classes[units[i] as number] as number;
    // A word edge is read as a mark (onStart/onEnd) before the character: literals may end on it.
    if (word[k] !== wordy[s]) {
      const mid = (word[k] ? onStart[s] : onEnd[s]) as number;
      if (ends[mid]) emit(a, t, m, text, mid, i);
    }
    s = step[s * width + k] as number;
    if (ends[s]) emit(a, t, m, text, s, i + 1);
    if (k === ender && seenAny && isBoundary(text, i)) settle(t, firstDiscount, out);
  }
  const last = onEnd[s] as number;
  if (wordy[s] && ends[last]) emit(a, t, m, text, last, n);
  settle(t, firstDiscount, out);
  return out;
}

/** Literals ending at state `s` (through its suffix chain), just before `end`; callers check `ends[s]`. */
function emit(a: Automaton, t: Table, m: Merged, text: string, s: number, end: number): void {
  const at = m.entry(a, t, s);
  const pool = m.pool;
  const termsAt = at + 1 + (pool[at] as number);
  const checksAt = termsAt + 1 + (pool[termsAt] as number);
  // Plain literals mean the same wherever they end: once per sentence is enough.
  if (checksAt > at + 2 && m.applied[s] !== sentence) {
    m.applied[s] = sentence;
    see(end);
    for (let j = at + 1; j < termsAt; j++) setSeen[pool[j] as number] = sentence;
    for (let j = termsAt + 1; j < checksAt; j++) queueTerm(pool[j] as number);
  }
  for (let j = checksAt + 1, last = checksAt + 1 + (pool[checksAt] as number); j < last; j++) {
    const li = pool[j] as number;
    const start = end - (a.litLen[li] as number);
    const edges = a.litEdges[li] as number;
    if (edges & 1 && start > 0 && isWordAt(a, text, start - 1)) continue;
    if (edges & 2 && end < text.length && isWordAt(a, text, end)) continue;
    mark(a, t, a.states + li, end);
  }
}

function isWordAt(a: Automaton, text: string, i: number): boolean {
  return a.word[classTable(a)[text.charCodeAt(i)] as number] === 1;
}

/** Something was seen in the current sentence, its first literal ending before `end`. */
function see(end: number): void {
  if (!seenAny) {
    seenAny = true;
    seenAt = end - 1;
  }
}

function queueTerm(term: number): void {
  if (termSeen[term] === sentence) return;
  termSeen[term] = sentence;
  if (queue === queued.length) {
    const bigger = new Int32Array(queue * 2);
    bigger.set(queued);
    queued = bigger;
  }
  queued[queue++] = term;
}

/** An emitter seen in the current sentence, its last literal ending before `end`. */
function mark(a: Automaton, t: Table, e: number, end: number): void {
  see(end);
  for (let j = a.setsAt[e] as number, last = a.setsAt[e + 1] as number; j < last; j++) {
    setSeen[a.sets[j] as number] = sentence;
  }
  for (let j = t.anchoredAt[e] as number, last = t.anchoredAt[e + 1] as number; j < last; j++) {
    queueTerm(t.anchored[j] as number);
  }
}

/** The sentence ended: which families have a queued term whose every needed set was seen. */
function settle(t: Table, firstDiscount: number, out: Candidate[]): void {
  const concessions: number[] = [];
  const quota: number[] = [];
  for (let q = 0; q < queue; q++) {
    const term = queued[q] as number;
    const family = t.family[term] as number;
    // Every complete term is wanted: the analysis runs only the checks and concessions they name.
    let complete = true;
    for (let x = t.needAt[term] as number, e = t.needAt[term + 1] as number; x < e && complete; x++) {
      complete = setSeen[t.need[x] as number] === sentence;
    }
    if (!complete) continue;
    if (family === UD) concessions.push(term - firstDiscount);
    else quota.push(term);
  }
  if (concessions.length || quota.length) {
    out.push({ at: seenAt, concessions: concessions.sort((x, y) => x - y), quota });
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
    gate?.merged.subject.applied.fill(0);
    gate?.merged.body.applied.fill(0);
  }
}
