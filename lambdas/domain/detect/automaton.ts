// The gate's automaton: built from the literal sets offline (gate-build.ts) and shipped packed in
// gate-automaton.bin, because building it costs a Lambda cold start far more than unpacking it.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { GateTable } from './gate-build';

/**
 * Characters at or above U+0250 whose lower case is a single character other than their own, but which
 * are not the upper case of that character (so the automaton cannot find them from its alphabet).
 * A test checks, for every BMP character, that the automaton reads it as folded text would.
 */
const ODD_FOLDS = '\u1e9e\u2126\u212a\u212b';
/** Characters that may end a sentence (text.ts decides whether they do). */
export const ENDS = [0x2e, 0x21, 0x3f, 0x0a, 0x2026];
export const LOW_CODES = 0x250;

/** State numbers: 16 bits while they fit (built as Int32Array, packed to the smallest that fits). */
type States = Int32Array | Uint16Array | Uint32Array;

export interface Automaton {
  /** Columns of `step`: character classes. 0: no literal uses the character; `ender`: may end a sentence. */
  width: number;
  ender: number;
  low: Uint8Array;
  high: Map<number, number>;
  /** Per class: an ASCII letter, digit or `_` (what the literals' word edges look at). */
  word: Uint8Array;
  /** State × class → next state (the marks taken in passing: see onStart/onEnd). */
  step: Uint16Array | Uint32Array;
  /** Bits per state number in `step` and the packed state arrays: 16 while the states fit. */
  bits: 16 | 32;
  /** Per state: the last character read was a word character. */
  wordy: Uint8Array;
  /** Per state: where a word start / a word end leads, itself when its last character says none is read. */
  onStart: States;
  onEnd: States;
  /** Per state: the first state down its suffix chain (itself included) where literals end; 0: none. */
  first: States;
  /** Per such state: the next one down the chain. */
  next: States;
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

/** The character standing for a class of characters that play the same part in literals. */
const SAME_PART = (ch: string) => {
  if (/[0-9]/.test(ch)) return '0';
  if (/['\u2019]/.test(ch)) return "'";
  if (/[$£€]/.test(ch)) return '$';
  return ch.charCodeAt(0) > 0x7f && /\p{L}/u.test(ch) ? 'é' : ch;
};

export const ASCII_WORD = 'abcdefghijklmnopqrstuvwxyz0123456789_';
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

export function build(lits: readonly string[], sets: readonly number[][]): Automaton {
  const texts = lits.map((code) => code.slice(1));
  // Every ASCII word character gets a class even if no literal uses it: class 0 is never a word character.
  const alphabet = [...new Set([...texts.join(''), ...ASCII_WORD])].sort();
  for (const ch of alphabet) {
    // Offsets count code units, and a hit must never straddle a sentence end.
    if (ch.length !== 1 || ENDS.includes(ch.charCodeAt(0))) throw new Error(`gate: literal character ${ch}`);
  }
  // Class layout: 0 (unused characters), the sentence enders, the other non-word characters, then the
  // word characters, so that the columns a word edge changes form one contiguous range.
  const ender = 1;
  // Characters that play the same part share a class (digits, the non-ASCII letters, apostrophes,
  // currency signs): a smaller table, and hits only ever more generous than the literals.
  const reps = [...new Set(alphabet.map(SAME_PART))];
  const nonWord = reps.filter((ch) => !isAsciiWord(ch));
  const repClass = new Map([...nonWord, ...reps.filter(isAsciiWord)].map((ch, i) => [ch, i + 2]));
  const classOf = new Map(alphabet.map((ch) => [ch, repClass.get(SAME_PART(ch)) as number]));
  const firstWord = nonWord.length + 2;
  const width = reps.length + 2;
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
  word.fill(1, firstWord);

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

  // Trie, numbered breadth first (a state's parent and failure target come before it; a state's children
  // are numbered together). `root1` is the root after a word character: nothing read that a literal
  // starts with, but no word start to see next either.
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
  const via = new Uint8Array(states);
  const childAt = new Int32Array(states + 1);
  // Per literal: the state its prefix read so far leads to (after the last depth, where it ends).
  const endsAt = new Int32Array(texts.length);
  let count = 1;
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
        via[count] = k;
        (childAt[p + 1] as number)++;
        count++;
      }
      endsAt[li] = count - 1;
    }
  }
  // Children of state p are numbered childAt[p]+1 … in order of p, since both go breadth first.
  for (let p = 0; p < states; p++) childAt[p + 1] = (childAt[p + 1] as number) + (childAt[p] as number);
  const own = inverse(texts.length, states, (li, add) => add(endsAt[li] as number));

  // Aho–Corasick: each row starts as a copy of its failure target's (done before it), then its trie
  // children are written in. Missing word characters from the root lead to root1.
  // No flag bits in the table: the reader looks up whether literals end at a state, so 16-bit numbers
  // serve up to 65,535 states (a flag bit halved that, and the doubled 32-bit table cost ~20 %).
  const bits = states + 1 < 0x10000 ? 16 : 32;
  const step = bits === 16 ? new Uint16Array((states + 1) * width) : new Uint32Array((states + 1) * width);
  const onB = new Int32Array(states + 1);
  const onE = new Int32Array(states + 1);
  const fail = new Int32Array(states);
  const first = new Int32Array(states + 1);
  const next = new Int32Array(states + 1);
  const wordy = new Uint8Array(states + 1);
  step.fill(root1, firstWord, width);
  for (let s = 0; s < states; s++) {
    const f = fail[s] as number;
    if (s > 0) {
      step.copyWithin(s * width, f * width, f * width + width);
      onB[s] = onB[f] as number;
      onE[s] = onE[f] as number;
      next[s] = first[f] as number;
      first[s] = (own.at[s + 1] as number) > (own.at[s] as number) ? s : (first[f] as number);
      const k = via[s] as number;
      wordy[s] = k === B ? 1 : k === E ? 0 : (word[k] as number);
    }
    for (let c = (childAt[s] as number) + 1, last = childAt[s + 1] as number; c <= last; c++) {
      const k = via[c] as number;
      const target = k === B ? onB : k === E ? onE : undefined;
      // The child's failure target: where the parent's failure target goes on the same class.
      fail[c] = s === 0 ? 0 : target ? (target[f] as number) : (step[f * width + k] as number);
      if (fail[c] === root1) fail[c] = 0;
      if (target) target[s] = c;
      else step[s * width + k] = c;
    }
    if (s === 0) step.copyWithin(root1 * width, 0, width);
  }
  onB[root1] = onB[0] as number;
  onE[root1] = onE[0] as number;

  // One step per character, the marks taken in passing: a state whose last character was not a word
  // character reads a word character as B then the character, and the other way round with E. In
  // place: the rows read are B-states' word columns and E-states' other columns, which never change
  // (and the root's, whose B is never missing: every literal with a start edge begins with it).
  wordy[root1] = 1;
  for (let s = 0; s <= states; s++) {
    if (wordy[s]) {
      step.copyWithin(s * width, (onE[s] as number) * width, (onE[s] as number) * width + firstWord);
      onB[s] = s;
    } else {
      step.copyWithin(
        s * width + firstWord,
        (onB[s] as number) * width + firstWord,
        (onB[s] as number) * width + width,
      );
      onE[s] = s;
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
    bits,
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

export interface Table {
  family: Uint8Array;
  /** Needed sets of each term (CSR). */
  needAt: Int32Array;
  need: Int32Array;
  /** Terms each emitter anchors (CSR): those whose anchor set it stands for. */
  anchoredAt: Int32Array;
  anchored: Int32Array;
}

export const QP = 1;
export const UD = 2;

export function table(a: Automaton, t: GateTable, setCount: number): Table {
  const byAnchor = inverse(t.terms.length, setCount, (term, add) => add(t.terms[term]?.[2] as number));
  const anchored = csr(a.setsAt.length - 1, t.terms.length, (e, add) => {
    for (let j = a.setsAt[e] as number; j < (a.setsAt[e + 1] as number); j++) {
      const si = a.sets[j] as number;
      for (let x = byAnchor.at[si] as number; x < (byAnchor.at[si + 1] as number); x++)
        add(byAnchor.list[x] as number);
    }
  });
  const need = csr(t.terms.length, setCount, (term, add) => {
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

/** The automaton and both term tables, as gate.ts uses them. */
export interface Gate {
  automaton: Automaton;
  /** How many literal sets there are. */
  setCount: number;
  subject: Table;
  body: Table;
}

type Kind = 'u8' | 'i32' | 'step';
const AUTOMATON_FIELDS: Array<[keyof Automaton, Kind]> = [
  ['low', 'u8'],
  ['word', 'u8'],
  ['step', 'step'],
  ['wordy', 'u8'],
  ['onStart', 'step'],
  ['onEnd', 'step'],
  ['first', 'step'],
  ['next', 'step'],
  ['plain', 'u8'],
  ['checkAt', 'i32'],
  ['checks', 'i32'],
  ['litLen', 'i32'],
  ['litEdges', 'u8'],
  ['setsAt', 'i32'],
  ['sets', 'i32'],
];
const TABLE_FIELDS: Array<[keyof Table, Kind]> = [
  ['family', 'u8'],
  ['needAt', 'i32'],
  ['need', 'i32'],
  ['anchoredAt', 'i32'],
  ['anchored', 'i32'],
];
const MAGIC = 0x504f4732;

type Arr = Uint8Array | Uint16Array | Uint32Array | Int32Array;

/** The gate as raw-deflated bytes (gate-automaton.bin). */
export function pack(g: Gate): Buffer {
  const a = g.automaton;
  const high = Int32Array.from([...a.high].flat());
  const arrays: Arr[] = [
    high,
    ...AUTOMATON_FIELDS.map(([f, kind]) => {
      const x = a[f] as Arr;
      if (kind !== 'step') return x;
      return a.bits === 16 ? Uint16Array.from(x) : Uint32Array.from(x);
    }),
    ...TABLE_FIELDS.map(([f]) => g.subject[f] as Arr),
    ...TABLE_FIELDS.map(([f]) => g.body[f] as Arr),
  ];
  const header = Int32Array.from([
    MAGIC,
    a.width,
    a.ender,
    a.bits,
    a.states,
    g.setCount,
    arrays.length,
    ...arrays.map((x) => x.length),
  ]);
  const parts = [header, ...arrays].map((x) => {
    const bytes = new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
    const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
    padded.set(bytes);
    return padded;
  });
  const raw = Buffer.concat(parts);
  // The unpacked size first, so unpacking inflates into one buffer of the right size.
  const size = Buffer.alloc(4);
  size.writeUInt32LE(raw.length);
  return Buffer.concat([size, deflateRawSync(raw, { level: 9 })]);
}

/** The unpacked bytes, inflated into one buffer of the size `pack` recorded. */
export function unpacked(packed: Uint8Array): Buffer {
  const size = Buffer.from(packed.buffer, packed.byteOffset, 4).readUInt32LE(0);
  return inflateRawSync(packed.subarray(4), { chunkSize: Math.max(size, 64) });
}

export function unpack(packed: Uint8Array): Gate {
  // The typed arrays below are views onto the inflated bytes (a large buffer starts its own memory,
  // so it is 4-byte aligned; otherwise copied).
  let bytes: Uint8Array = unpacked(packed);
  if (bytes.byteOffset % 4 !== 0) bytes = new Uint8Array(bytes);
  const { buffer } = bytes;
  const base = bytes.byteOffset;
  const head = new Int32Array(buffer, base, 7);
  const [magic, width, ender, bits, states, setCount, count] = Array.from(head) as number[];
  if (magic !== MAGIC) throw new Error('gate: packed automaton has the wrong format');
  const lengths = new Int32Array(buffer, base + 28, count as number);
  let offset = base + 28 + 4 * (count as number);
  let n = 0;
  const take = (kind: Kind): Arr => {
    const len = lengths[n++] as number;
    const x =
      kind === 'u8'
        ? new Uint8Array(buffer, offset, len)
        : kind === 'i32'
          ? new Int32Array(buffer, offset, len)
          : bits === 16
            ? new Uint16Array(buffer, offset, len)
            : new Uint32Array(buffer, offset, len);
    offset += Math.ceil(x.byteLength / 4) * 4;
    return x;
  };
  const high = take('i32');
  const fields = (list: Array<[string, Kind]>) =>
    Object.fromEntries(list.map(([f, kind]) => [f, take(kind)]));
  const automaton = {
    ...fields(AUTOMATON_FIELDS),
    width,
    ender,
    bits,
    states,
    high: new Map(Array.from({ length: high.length / 2 }, (_, i) => [high[2 * i], high[2 * i + 1]])),
  } as unknown as Automaton;
  return {
    automaton,
    setCount: setCount as number,
    subject: fields(TABLE_FIELDS) as unknown as Table,
    body: fields(TABLE_FIELDS) as unknown as Table,
  };
}
