// Renders the rep's text with findings marked: as escaped HTML (<mark>) for the console and the
// approver's email, or as plain text with markers. Mail HTML is never rendered; only this text is.
// Offsets come from the detector but are treated as untrusted: clamped, ordered, merged.
import type { Field, Finding } from '../domain/types';
import { cleanMultiline, type Span, segments } from './segments';
import { escapeHtml, sanitizeHeaderText } from './text';

export { type Segment, type Span, segments } from './segments';

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
