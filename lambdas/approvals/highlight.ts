// Renders the rep's text with findings marked: as escaped HTML (<mark>) for the console and the
// approver's email, or as plain text with markers. Mail HTML is never rendered; only this text is.
// Offsets come from the detector but are treated as untrusted: clamped, ordered, merged.
import type { Field, Finding } from '../domain/types';
import { cleanMultiline, escapeHtml, isHighSurrogate, isLowSurrogate, sanitizeHeaderText } from './text';

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

/**
 * Escaped HTML; findings wrapped in <mark>. Control and bidi characters are dropped (after slicing, so
 * offsets stay valid). Keep newlines visible with `white-space: pre-wrap`.
 */
export function highlightHtml(text: string, spans: readonly Span[]): string {
  return segments(text, spans)
    .map((s) => {
      const text = escapeHtml(cleanMultiline(s.text));
      if (!s.marked) return text;
      const title = s.titles.length
        ? ` title="${escapeHtml(sanitizeHeaderText(s.titles.join(' · '), 300))}"`
        : '';
      return `<mark${title}>${text}</mark>`;
    })
    .join('');
}

/** Plain text with each marked run between `open` and `close` (for text/plain mail). */
export function highlightPlain(text: string, spans: readonly Span[], open = '[[', close = ']]'): string {
  const segs = segments(text, spans);
  return segs
    .map((s) => cleanMultiline(s.text))
    .map((text, i) => (segs[i]?.marked ? `${open}${text}${close}` : text))
    .join('');
}

/** The spans of the findings in one field, titled with why each was flagged. */
export function spansFor(findings: readonly Finding[], field: Field): Span[] {
  return findings.filter((f) => f.field === field).map((f) => ({ start: f.start, end: f.end, title: f.why }));
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
