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
    while (s > 0 && /[\p{L}.]/u.test(low[s - 1] as string)) s--;
    const word = low.slice(s, i);
    if (ABBREVIATIONS.has(word) || word.length === 1) return false;
  }
  return true;
}

/** Start of the sentence containing `pos`. */
export function sentenceStart(low: string, pos: number, floor = 0): number {
  const min = Math.max(floor, pos - MAX_SPAN);
  for (let i = pos - 1; i >= min; i--) {
    const c = low[i];
    if (c === '\n' && breakEnds(low, i)) return i + 1;
    if (punctEnds(low, i)) return i + 1;
  }
  if (min === floor) return floor;
  const sp = low.indexOf(' ', min);
  return sp >= 0 && sp < pos ? sp + 1 : min;
}

/** End (exclusive) of the sentence containing `pos`. */
export function sentenceEnd(low: string, pos: number): number {
  const max = Math.min(low.length, pos + MAX_SPAN);
  for (let i = pos; i < max; i++) {
    const c = low[i];
    if (c === '\n' && breakEnds(low, i)) return i;
    if (punctEnds(low, i)) {
      let j = i + 1;
      while (CLOSERS.has(low[j] as string)) j++;
      return j;
    }
  }
  if (max === low.length) return max;
  const sp = low.lastIndexOf(' ', max);
  return sp > pos ? sp : max;
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
