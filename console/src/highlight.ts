// The rep's text split into plain and marked runs by the findings' offsets. Offsets are untrusted:
// clamped, ordered, merged, never cutting a surrogate pair. (The same rules as the approval mail's
// lambdas/approvals/highlight.ts, which cannot be bundled here: its text helpers use Node's Buffer.)

export interface Span {
  start: number;
  end: number;
  title?: string;
}

export interface Segment {
  text: string;
  marked: boolean;
  titles: string[];
}

export function segments(text: string, spans: readonly Span[]): Segment[] {
  const len = text.length;
  const ranges: Array<{ start: number; end: number; titles: string[] }> = [];
  for (const span of spans) {
    if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) continue;
    let start = clamp(Math.trunc(Math.min(span.start, span.end)), len);
    let end = clamp(Math.trunc(Math.max(span.start, span.end)), len);
    if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start -= 1;
    if (end < len && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end += 1;
    if (end > start) ranges.push({ start, end, titles: span.title ? [span.title] : [] });
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: typeof ranges = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) {
      last.end = Math.max(last.end, r.end);
      for (const t of r.titles) if (!last.titles.includes(t)) last.titles.push(t);
    } else merged.push({ ...r, titles: [...r.titles] });
  }
  const out: Segment[] = [];
  let pos = 0;
  for (const r of merged) {
    if (r.start > pos) out.push({ text: text.slice(pos, r.start), marked: false, titles: [] });
    out.push({ text: text.slice(r.start, r.end), marked: true, titles: r.titles });
    pos = r.end;
  }
  if (pos < len) out.push({ text: text.slice(pos), marked: false, titles: [] });
  return out;
}

// Bidi overrides can make shown text lie about its order; other controls have no business on screen.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Newlines normalized; control and bidi characters dropped (after slicing, so offsets stay valid). */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029\u0085]/g, '\n')
    .replace(/(?![\n\t])\p{Cc}/gu, '')
    .replace(BIDI_CONTROLS, '');
}

const clamp = (n: number, len: number) => Math.min(Math.max(n, 0), len);
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
