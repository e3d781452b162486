// The rep's text split into plain and marked runs by the findings' offsets, and the display cleaning
// that goes with it. No Node APIs: the approval mail and the browser console share this module.
// Offsets come from the detector but are treated as untrusted: clamped, ordered, merged, never cutting
// a surrogate pair.

// Bidi overrides/isolates can make displayed text lie about its order (e.g. a spoofed address).
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
// Line and paragraph separators some clients treat as line breaks.
export const UNICODE_BREAKS = /[\u0085\u2028\u2029]/g;

/** Multi-line text (notes, bodies) without control characters other than newline and tab. */
export function cleanMultiline(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(UNICODE_BREAKS, '\n')
    .replace(/(?![\n\t])\p{Cc}/gu, '')
    .replace(BIDI_CONTROLS, '');
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export interface Span {
  start: number;
  end: number;
  /** Shown as a tooltip in HTML (e.g. why it was flagged). */
  title?: string;
}

export interface Segment {
  text: string;
  marked: boolean;
  /** Titles of every span covering this segment. */
  titles: string[];
}

/** Splits text into plain and marked segments; overlapping or touching spans merge into one. */
export function segments(text: string, spans: readonly Span[]): Segment[] {
  const ranges = normalize(text, spans);
  const out: Segment[] = [];
  let pos = 0;
  for (const r of ranges) {
    if (r.start > pos) out.push({ text: text.slice(pos, r.start), marked: false, titles: [] });
    out.push({ text: text.slice(r.start, r.end), marked: true, titles: r.titles });
    pos = r.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), marked: false, titles: [] });
  return out;
}

interface Range {
  start: number;
  end: number;
  titles: string[];
}

function normalize(text: string, spans: readonly Span[]): Range[] {
  const len = text.length;
  const ranges: Range[] = [];
  for (const span of spans) {
    if (!span || !Number.isFinite(span.start) || !Number.isFinite(span.end)) continue;
    let start = clamp(Math.trunc(Math.min(span.start, span.end)), len);
    let end = clamp(Math.trunc(Math.max(span.start, span.end)), len);
    // Never cut a character in half: widen to whole surrogate pairs.
    if (start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1)))
      start -= 1;
    if (end < len && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1)))
      end += 1;
    if (end <= start) continue;
    ranges.push({ start, end, titles: span.title ? [span.title] : [] });
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) {
      last.end = Math.max(last.end, r.end);
      for (const t of r.titles) if (!last.titles.includes(t)) last.titles.push(t);
    } else {
      merged.push({ ...r, titles: [...r.titles] });
    }
  }
  return merged;
}

function clamp(n: number, len: number): number {
  return Math.min(Math.max(n, 0), len);
}
