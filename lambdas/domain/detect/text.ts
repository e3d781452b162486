// Text helpers that keep offsets exact: a lowered copy of the same length, sentence bounds on demand.

/**
 * Lower-cased text of the same length as the input, so offsets carry over. Typographic apostrophes
 * are matched by the rule regexes themselves (see `apos` in rules.ts), which keeps this one native call.
 */
export function fold(text: string): string {
  const low = text.toLowerCase();
  if (low.length === text.length) return low;
  // A few characters (e.g. U+0130) lower-case to two code units: map one by one instead.
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'mr',
  'mrs',
  'ms',
  'dr',
  'approx',
  'no',
  'inc',
  'ltd',
  'co',
  'st',
  'z.b',
  'bzw',
  'ca',
  'sr',
  'sra',
  'mme',
  'p.ex',
  'cf',
]);

/** Length and first letter of each abbreviation: most words are ruled out without a slice. */
const ABBREVIATION_SHAPES = new Set([...ABBREVIATIONS].map((a) => a.length * 128 + a.charCodeAt(0)));
const isAbbreviation = (low: string, s: number, e: number) =>
  ABBREVIATIONS.has(low.slice(s, e).toLowerCase());

/** [\p{L}.] without a regex call for ASCII, which is nearly all text. */
function isLetterOrDot(c: number): boolean {
  if (c < 0x80) return c === 0x2e || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return /\p{L}/u.test(String.fromCharCode(c));
}

/** Longest span we look at around a trigger; longer "sentences" are cut at whitespace. */
const MAX_SPAN = 400;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}

function isBullet(low: string, i: number): boolean {
  let j = i;
  while (low[j] === ' ' || low[j] === '\t') j++;
  const c = low[j];
  if (c === '-' || c === '*' || c === '\u2022' || c === '\u00b7' || c === '>') return true;
  if (c !== undefined && c >= '0' && c <= '9') {
    while (low[j] !== undefined && (low[j] as string) >= '0' && (low[j] as string) <= '9') j++;
    return (low[j] === '.' || low[j] === ')') && low[j + 1] === ' ';
  }
  return false;
}

/** Whether the line break at `i` ends a sentence (blank line, short line, list item, greeting). */
function breakEnds(low: string, i: number): boolean {
  if (low[i + 1] === '\n' || (low[i + 1] === '\r' && low[i + 2] === '\n')) return true;
  let k = i - 1;
  if (low[k] === '\r') k--;
  if (k >= 0 && low[k] === '\n') return true;
  const lineStart = low.lastIndexOf('\n', k) + 1;
  const prev = low.slice(lineStart, k + 1).trim();
  // Hard-wrapped prose continues; short lines (greetings, headings, sign-offs) stand alone.
  if (prev.length < 45) return true;
  const last = prev[prev.length - 1];
  if (last === ':' || last === ',' || last === ';') return last === ':';
  return isBullet(low, i + 1);
}

const CLOSERS = new Set(['"', "'", ')', '.', '\u2019', '\u201d', '\u00bb']);

function punctEnds(low: string, i: number): boolean {
  const c = low[i];
  if (c !== '.' && c !== '!' && c !== '?' && c !== '\u2026') return false;
  let j = i + 1;
  while (CLOSERS.has(low[j] as string)) j++;
  if (j < low.length && !isSpace(low[j])) return false;
  if (c === '.') {
    let s = i;
    while (s > 0 && isLetterOrDot(low.charCodeAt(s - 1))) s--;
    // Lower-cased here too, so raw text splits exactly like its folded copy.
    if (
      i - s === 1 ||
      (ABBREVIATION_SHAPES.has((i - s) * 128 + (low.charCodeAt(s) | 0x20)) && isAbbreviation(low, s, i))
    ) {
      return false;
    }
    if (s === i && ordinalDate(low, i, j)) return false;
  }
  return true;
}

/** German ordinals: "am 30. September", "bis zum 1. Quartal", "am 30.09. unterschreiben". */
const ORDINAL_NOUNS = new Set(
  (
    'januar jänner februar märz april mai juni juli august september oktober november dezember ' +
    'jan feb mär apr jun jul aug sep sept okt nov dez quartal quartals halbjahr halbjahres monat monats ' +
    'woche jahr jahres tag mal'
  ).split(' '),
);

/**
 * Whether the full stop at `i` closes a one- or two-digit ordinal followed (after spaces, from `j`) by a
 * month or period noun, or a day.month date followed by a word: German writes dates this way mid-sentence.
 * Case-insensitive, so raw and folded text split alike.
 */
function ordinalDate(low: string, i: number, j: number): boolean {
  let d = i;
  while (d > 0 && isDigit(low.charCodeAt(d - 1))) d--;
  const digits = i - d;
  if (digits < 1 || digits > 2) return false;
  const before = low[d - 1];
  const date = before === '.' && d >= 3 && isDigit(low.charCodeAt(d - 2));
  if (!date && before !== undefined && before !== ' ' && before !== '(' && before !== '\u00a0') return false;
  let k = j;
  while (low[k] === ' ' || low[k] === '\u00a0') k++;
  if (k === j || k >= low.length) return false;
  let e = k;
  while (e < low.length && isLetterOrDot(low.charCodeAt(e)) && low[e] !== '.') e++;
  if (e === k) return false;
  return date || ORDINAL_NOUNS.has(low.slice(k, e).toLowerCase());
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether the character at `i` ends a sentence; pure in the text, so raw and folded text agree. */
export function isBoundary(low: string, i: number): boolean {
  return low[i] === '\n' ? breakEnds(low, i) : punctEnds(low, i);
}

/** Start of the sentence containing `pos`, or -1 when no boundary lies within reach (cut). */
function boundaryBefore(low: string, pos: number, floor: number): number {
  const min = Math.max(floor, pos - MAX_SPAN);
  for (let i = pos - 1; i >= min; i--) if (isBoundary(low, i)) return i + 1;
  return min === floor ? floor : -1;
}

/** End (exclusive) of the sentence containing `pos`, or -1 when no boundary lies within reach. */
function boundaryAfter(low: string, pos: number): number {
  const max = Math.min(low.length, pos + MAX_SPAN);
  for (let i = pos; i < max; i++) {
    if (!isBoundary(low, i)) continue;
    // A full stop takes its closing quotes and brackets along; a line break ends before itself.
    if (low[i] === '\n') return i;
    let j = i + 1;
    while (CLOSERS.has(low[j] as string)) j++;
    return j;
  }
  return max === low.length ? max : -1;
}

/** Start of the sentence containing `pos`. */
export function sentenceStart(low: string, pos: number, floor = 0): number {
  const b = boundaryBefore(low, pos, floor);
  if (b >= 0) return b;
  const min = pos - MAX_SPAN;
  const sp = low.indexOf(' ', min);
  return sp >= 0 && sp < pos ? sp + 1 : min;
}

/** End (exclusive) of the sentence containing `pos`. */
export function sentenceEnd(low: string, pos: number): number {
  const b = boundaryAfter(low, pos);
  if (b >= 0) return b;
  const max = pos + MAX_SPAN;
  const sp = low.lastIndexOf(' ', max);
  return sp > pos ? sp : max;
}

/**
 * Bounds of the sentence around [pos, end) when they are the same from every position inside it
 * (real boundaries, short enough that no scan is cut at MAX_SPAN); otherwise undefined.
 */
export function sentenceAround(low: string, pos: number, end: number): [number, number] | undefined {
  const s = boundaryBefore(low, pos, 0);
  const e = s < 0 ? -1 : boundaryAfter(low, end);
  return e < 0 || e - s > MAX_SPAN - 50 ? undefined : [s, e];
}

const LEAD = /^[\s>*\-\u2022\u00b7"'(\u2018\u201c\u00ab]+/;

/** Trims whitespace, quote markers and bullets off a span; returns [start, end). */
export function trimSpan(low: string, start: number, end: number): [number, number] {
  const lead = LEAD.exec(low.slice(start, end));
  let s = start + (lead ? lead[0].length : 0);
  let e = end;
  while (e > s && isSpace(low[e - 1])) e--;
  if (s > e) s = e;
  return [s, e];
}
