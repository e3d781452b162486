// The concept gate in front of the sentence analysis. Each rule family can only fire in a sentence
// that holds every literal set one of its terms needs (derived offline from the rule regexes, see
// gate-build.ts and needs.ts). One pass of an Aho–Corasick automaton over the raw text, folding case
// as it reads, finds every literal; sentence ends are only decided where they separate literal hits;
// only sentences where a term is complete are handed on to be folded and analysed.

import { readFileSync } from 'node:fs';
import { type Automaton, type Gate, LOW_CODES, QP, type Table, UD, unpack } from './automaton';
import type { Family } from './gate-build';
import { isBoundary } from './text';

export type { Family } from './gate-build';

/**
 * Beside this module, or beside the bundle that holds it: the Lambda bundling copies it there
 * (lib/constructs/poise-function.ts). A file, not an import, so the bundle does not carry it as source.
 */
export const AUTOMATON_FILE = new URL('./gate-automaton.bin', import.meta.url);
let gate: (Gate & { firstDiscount: { subject: number; body: number } }) | undefined;
function load(isSubject: boolean): [Automaton, Table, number] {
  if (!gate) {
    const g = unpack(readFileSync(AUTOMATON_FILE));
    // Terms are quota-pressure terms, then one discount term per concession, in order (gate-build.ts).
    const firstDiscount = { subject: g.subject.family.indexOf(UD), body: g.body.family.indexOf(UD) };
    gate = { ...g, firstDiscount };
  }
  return isSubject
    ? [gate.automaton, gate.subject, gate.firstDiscount.subject]
    : [gate.automaton, gate.body, gate.firstDiscount.body];
}

/** The automaton's class of a character. */
function classAt(a: Automaton, c: number): number {
  return c < LOW_CODES ? (a.low[c] as number) : (a.high.get(c) ?? 0);
}

/** The automaton's class of a character (for tests). */
export function classOf(c: number): number {
  return classAt(load(false)[0], c);
}

/** A sentence of the raw text in which at least one family may fire. */
export interface Candidate {
  /** A position inside the sentence: the last character of a literal hit, never one that ends a sentence. */
  at: number;
  families: Set<Family>;
  /** The unilateral_discount terms complete in the sentence: indexes into CONCESSIONS, ascending. */
  concessions: number[];
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
  const [a, t, firstDiscount] = load(isSubject);
  const out: Candidate[] = [];
  const { width, ender, step, flag } = a;
  if (termSeen.length < t.family.length) termSeen = new Int32Array(t.family.length);
  if (setSeen.length < (gate as Gate).setCount) setSeen = new Int32Array((gate as Gate).setCount);
  nextSentence();
  const n = text.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = classAt(a, c);
    const to = step[s * width + k] as number;
    if (to & flag) {
      found(a, t, text, s, k, to ^ flag, i);
      s = to ^ flag;
    } else s = to;
    if (k === ender && seenAny && isBoundary(text, i)) settle(t, firstDiscount, out);
  }
  if (a.wordy[s]) emit(a, t, text, a.onEnd[s] as number, n);
  settle(t, firstDiscount, out);
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
  return a.word[classAt(a, text.charCodeAt(i))] === 1;
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
function settle(t: Table, firstDiscount: number, out: Candidate[]): void {
  let families = 0;
  const concessions: number[] = [];
  for (let q = 0; q < queue; q++) {
    const term = queued[q] as number;
    const family = t.family[term] as number;
    // Every complete discount term is wanted (the analysis tries only those concessions).
    if (families & family & QP) continue;
    let complete = true;
    for (let x = t.needAt[term] as number, e = t.needAt[term + 1] as number; x < e && complete; x++) {
      complete = setSeen[t.need[x] as number] === sentence;
    }
    if (!complete) continue;
    families |= family;
    if (family === UD) concessions.push(term - firstDiscount);
  }
  if (families !== 0) {
    const set = new Set<Family>();
    if (families & QP) set.add('qp');
    if (families & UD) set.add('ud');
    out.push({ at: seenAt, families: set, concessions: concessions.sort((x, y) => x - y) });
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
