// Raw RFC 5322 bytes → what the rep wrote (issue 2 §2). Pure domain code: no AWS imports.
import type { Readable } from 'node:stream';
import type { ExtractedMail } from '../types';
import { htmlInlineComments, htmlToParts } from './html';
import { ownText } from './own-text';
import { parseMime } from './parse';
import { initialsOf } from './patterns';

export { ownText } from './own-text';

export class UnscannableMailError extends Error {
  override name = 'UnscannableMailError';
}

export interface ExtractOptions {
  /**
   * Encoded bytes of text/HTML body kept for scanning; beyond it the body is cut with a warning.
   * Attachments are never kept, whatever their size: they are counted and discarded.
   * @default 2 MiB
   */
  maxBodyBytes?: number;
  /** @deprecated attachments are never buffered; kept so older callers still compile. */
  maxAttachmentBytes?: number;
  /**
   * Parsing a message that takes longer than this is given up as unscannable.
   * @default 20 s
   */
  timeoutMs?: number;
  /** @default 500 */
  maxAttachments?: number;
}

const DEFAULTS = { maxBodyBytes: 2 * 1024 * 1024, timeoutMs: 20_000, maxAttachments: 500 };

// A text/plain part that only points at the HTML version says nothing the rep wrote.
const HTML_STUB =
  /^\s*(?:this (?:is a multi-part )?message (?:is )?in (?:mime|html) format|(?:your|this) (?:e-?mail )?(?:client|program|reader) (?:does not|doesn't|cannot|can't) (?:support|display)|to view this (?:e-?mail|message)|view (?:this|it) in (?:your|a) (?:web )?browser)/i;

/**
 * Parses a message and returns its subject and the rep's own new text. Throws
 * `UnscannableMailError` when nothing can be read from the bytes; damaged mail is otherwise
 * read as far as it goes, with `warnings` saying what was odd.
 */
export async function extractMail(raw: Buffer | Readable, opts: ExtractOptions = {}): Promise<ExtractedMail> {
  const limits = {
    maxBodyBytes: opts.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
    timeoutMs: opts.timeoutMs ?? DEFAULTS.timeoutMs,
    maxAttachments: opts.maxAttachments ?? DEFAULTS.maxAttachments,
  };
  if (Buffer.isBuffer(raw) && !looksLikeMail(raw)) {
    throw new UnscannableMailError('not an RFC 5322 message: no header section found');
  }
  let parts: Awaited<ReturnType<typeof parseMime>>;
  try {
    parts = await parseMime(raw, limits);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new UnscannableMailError(`could not parse the message: ${reason}`);
  }
  const { text, html, warnings, hasHeaders, ...headers } = parts;
  if (!hasHeaders) throw new UnscannableMailError('not an RFC 5322 message: no header section found');

  const plain = text.trim();
  const useHtml = Boolean(html.trim()) && (!plain || (plain.length < 300 && HTML_STUB.test(plain)));
  let source = useHtml ? html : text;
  if (source.length > limits.maxBodyBytes) {
    // Decoding can grow a capped part a little (e.g. 8-bit charsets into UTF-16 pairs); keep the cap exact.
    source = source.slice(0, limits.maxBodyBytes);
  }
  let body: string;
  const initials = initialsOf(headers.from?.name);
  try {
    if (useHtml) {
      // Inline comments are the rep's already: they skip the quote and signature rules.
      const parts = htmlToParts(source, warnings, initials, headers.from);
      body = withComments(ownText(parts.own), parts.comments);
    } else {
      body = ownText(source, { initials, sender: headers.from });
      // Outlook's text/plain alternative loses the colour that marks inline comments: read them
      // from the HTML alternative.
      if (html.trim())
        body = withComments(
          body,
          htmlInlineComments(html.slice(0, limits.maxBodyBytes), initials, headers.from),
        );
    }
  } catch (err) {
    throw new UnscannableMailError(`could not read the message body: ${(err as Error).message}`);
  }
  if (!plain && !html.trim()) warnings.push('no text or HTML body');
  if (body.includes('\uFFFD')) warnings.push('body has bytes that could not be decoded in its charset');
  if (headers.subject.includes('\uFFFD')) warnings.push('subject has bytes that could not be decoded');

  return { ...headers, body, htmlOnly: useHtml, warnings };
}

/** Inline comments after the own text; paragraphs already in it (an initials line) are not repeated. */
function withComments(body: string, comments: string): string {
  const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
  const seen = collapse(body);
  const fresh = comments.split(/\n\n+/).filter((p) => p.trim() && !seen.includes(collapse(p)));
  return [body, ...fresh].filter(Boolean).join('\n\n');
}

// mailparser reads anything as a message (a PNG becomes a one-line body); require at least one
// "Name: value" header line before the first blank line, as RFC 5322 does in practice.
function looksLikeMail(raw: Buffer): boolean {
  const head = raw.subarray(0, 64 * 1024).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const section = end < 0 ? head : head.slice(0, end);
  return /^(?:From [^\n]*\n)?[!-9;-~]+[ \t]*:/m.test(section);
}
