// Streaming MIME parse: headers, text and HTML bodies (capped), attachments counted and discarded.
import { Readable } from 'node:stream';
import { type AddressObject, type AttachmentStream, MailParser, type MessageText } from 'mailparser';
import type { AttachmentInfo } from '../types';

export interface ParseLimits {
  /** Encoded body bytes kept across all text/html parts; the rest is dropped with a warning. */
  maxBodyBytes: number;
  /** Whole parse must finish within this many milliseconds. */
  timeoutMs: number;
  /** Attachments listed individually; further ones are only counted in a warning. */
  maxAttachments: number;
}

export interface ParsedParts {
  subject: string;
  from?: { address: string; name?: string };
  to: string[];
  cc: string[];
  messageId?: string;
  date?: string;
  text: string;
  html: string;
  attachments: AttachmentInfo[];
  warnings: string[];
  /** Whether at least one well-formed "Name: value" header line was read. */
  hasHeaders: boolean;
}

export class ParseError extends Error {
  override name = 'ParseError';
}

// What MailParser keeps per MIME node; only the fields the overrides below need.
interface ParserNode {
  isAttachment?: boolean;
  encoding?: string;
  headers?: object;
  decoder?: { writableEnded?: boolean };
}
interface SplitterChunk {
  type: 'node' | 'body' | 'data';
  value?: Buffer;
}
type ProcessChunk = (data: SplitterChunk, done: (err?: Error) => void) => void;

/**
 * Changes to MailParser's handling of part bodies, through its internal `processChunk`, `curnode`
 * and `endStream` (mailparser is pinned; without them parsing still works, just less leanly):
 * - at the end of input the last part's decoder is ended once, by the flush's cleanup, not twice;
 *   nor again at every chunk of multipart structure that follows a part;
 * - a text part's decoder stops being fed once the body budget is spent, so a huge text body
 *   costs no more than the cap (MailParser would buffer it whole);
 * - a base64 attachment is never decoded: its size is counted from the encoded characters,
 *   which is exact for base64, and the bytes are dropped as they pass.
 */
class LeanMailParser extends MailParser {
  bodyBytes = 0;
  bodyTruncated = false;
  readonly maxBodyBytes: number;
  /** Decoded sizes of base64 attachments, keyed by the part's headers object. */
  readonly base64Sizes = new WeakMap<object, { chars: number }>();

  constructor(maxBodyBytes: number) {
    super({
      // simpleParser's defaults do work we never use: HTML→text (we convert ourselves, after
      // dropping quotes), text→HTML with link detection, cid: inlining, attachment hashing.
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      skipImageLinks: true,
      checksumAlgo: false,
      // An attached message is forwarded content, not the rep's text: keep it a leaf.
      ignoreEmbedded: true,
    });
    this.maxBodyBytes = maxBodyBytes;
    const self = this as unknown as {
      processChunk?: ProcessChunk;
      curnode?: ParserNode | false;
      endStream?: () => void;
      waitingEnd?: false | (() => void);
      finished?: boolean;
    };
    const endStream = self.endStream;
    if (typeof endStream === 'function') {
      self.endStream = () => {
        // With the flush waiting, its cleanup ends the last part's decoder itself: ending it here
        // first made Node build (and drop) an ERR_STREAM_ALREADY_FINISHED, stack and all, per message.
        if (typeof self.waitingEnd === 'function') {
          self.finished = true;
          self.waitingEnd();
          return;
        }
        endStream.call(this);
      };
    }
    const original = self.processChunk;
    if (typeof original !== 'function') return;
    self.processChunk = (data, done) => {
      const node = self.curnode;
      if (data.type === 'data' && node && node.decoder?.writableEnded) {
        // MailParser ends the current part's decoder at each structure chunk after it; ending it
        // again only builds (and drops) an ERR_STREAM_ALREADY_FINISHED, stack and all.
        const decoder = node.decoder;
        node.decoder = undefined;
        try {
          original.call(this, data, done);
        } finally {
          node.decoder = decoder;
        }
        return;
      }
      if (data.type === 'body' && node && data.value) {
        if (node.isAttachment && node.encoding === 'base64' && node.headers) {
          const count = this.base64Sizes.get(node.headers) ?? { chars: 0 };
          count.chars += base64Chars(data.value);
          this.base64Sizes.set(node.headers, count);
          setImmediate(done);
          return;
        }
        if (!node.isAttachment) {
          const room = this.maxBodyBytes - this.bodyBytes;
          if (data.value.length > room) {
            this.bodyTruncated = true;
            if (room <= 0) {
              setImmediate(done);
              return;
            }
            data = { ...data, value: data.value.subarray(0, room) };
          }
          this.bodyBytes += data.value?.length ?? 0;
        }
      }
      original.call(this, data, done);
    };
  }

  /** Decoded size of a base64 attachment that was counted instead of decoded. */
  countedSize(headers: object): number | undefined {
    const count = this.base64Sizes.get(headers);
    return count ? Math.floor((count.chars * 3) / 4) : undefined;
  }
}

/** Base64 characters in a chunk: its length minus line breaks, blanks and padding. */
function base64Chars(chunk: Buffer): number {
  let n = chunk.length;
  for (const byte of SKIPPED) {
    for (let at = chunk.indexOf(byte); at >= 0; at = chunk.indexOf(byte, at + 1)) n--;
  }
  return n;
}
const SKIPPED = [0x0a, 0x0d, 0x20, 0x09, 0x3d]; // LF CR SP TAB =

export function parseMime(raw: Buffer | Readable, limits: ParseLimits): Promise<ParsedParts> {
  return new Promise((resolve, reject) => {
    const parser = new LeanMailParser(limits.maxBodyBytes);
    const attachments: AttachmentInfo[] = [];
    const warnings: string[] = [];
    let extraAttachments = 0;
    let text = '';
    let html = '';
    let settled = false;
    let feed: Readable | undefined;

    const finish = (err: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) {
        parser.destroy();
        // Our own feed is ours to stop; the caller's stream is only detached.
        if (feed && feed !== raw) feed.destroy();
        else feed?.unpipe(parser);
        reject(err);
        return;
      }
      if (parser.bodyTruncated) {
        warnings.push(`body text over ${limits.maxBodyBytes} bytes: the rest was not scanned`);
      }
      if (extraAttachments) warnings.push(`${extraAttachments} more attachments not listed`);
      const hasHeaders = (parser.headerLines || []).some((h) => /^[!-9;-~]+[ \t]*:/.test(h.line));
      resolve({ ...headerFields(parser, warnings), text, html, attachments, warnings, hasHeaders });
    };

    const timer = setTimeout(
      () => finish(new ParseError(`parsing took longer than ${limits.timeoutMs} ms`)),
      limits.timeoutMs,
    );

    parser.on('error', (err: Error) => finish(new ParseError(err.message || String(err))));
    parser.on('data', (data: AttachmentStream | MessageText) => {
      if (data.type === 'text') {
        text = data.text ?? '';
        html = data.html ?? '';
        return;
      }
      consumeAttachment(data, (info) => {
        const counted = parser.countedSize(data.headers);
        if (counted !== undefined) info.size = counted;
        if (attachments.length < limits.maxAttachments) attachments.push(info);
        else extraAttachments++;
      });
    });
    parser.on('end', () => finish(null));

    if (Buffer.isBuffer(raw) && raw.length <= FEED_CHUNK) {
      parser.end(raw);
      return;
    }
    // A big buffer is fed in slices with backpressure: written whole, the splitter would queue
    // copies of all of it before the first attachment byte is released.
    feed = Buffer.isBuffer(raw) ? Readable.from(slices(raw), { objectMode: false }) : raw;
    feed.once('error', (err: Error) => finish(new ParseError(`reading the message failed: ${err.message}`)));
    feed.pipe(parser);
  });
}

const FEED_CHUNK = 64 * 1024;

function* slices(buf: Buffer): Generator<Buffer> {
  for (let at = 0; at < buf.length; at += FEED_CHUNK) yield buf.subarray(at, at + FEED_CHUNK);
}

/** Counts an attachment's bytes and throws them away, then lets the parser go on. */
function consumeAttachment(att: AttachmentStream, done: (info: AttachmentInfo) => void): void {
  let size = 0;
  let reported = false;
  const report = () => {
    if (reported) return;
    reported = true;
    done({
      ...(att.filename ? { filename: att.filename } : {}),
      contentType: att.contentType,
      size,
    });
    att.release?.();
  };
  att.content.on('data', (chunk: Buffer) => {
    size += chunk.length;
  });
  att.content.once('end', report);
  att.content.once('error', report);
}

function headerFields(
  parser: MailParser,
  warnings: string[],
): Pick<ParsedParts, 'subject' | 'from' | 'to' | 'cc' | 'messageId' | 'date'> {
  if (!parser.headers) warnings.push('no message headers found');
  const subject = (parser.subject ?? '').replace(/[\r\n\t]+/g, ' ').trim();
  const fromAddr = addresses(parser.from)[0];
  const out: ReturnType<typeof headerFields> = {
    subject,
    to: addresses(parser.to).map((a) => a.address),
    cc: addresses(parser.cc).map((a) => a.address),
  };
  if (fromAddr) out.from = fromAddr.name ? fromAddr : { address: fromAddr.address };
  if (parser.messageId) out.messageId = parser.messageId;
  const date = dateHeader(parser);
  if (date) out.date = date;
  else if ((parser.headers || undefined)?.has('date')) warnings.push('unreadable Date header');
  return out;
}

function addresses(
  value: AddressObject | AddressObject[] | undefined,
): Array<{ address: string; name?: string }> {
  const out: Array<{ address: string; name?: string }> = [];
  const visit = (entry: { name: string; address?: string; group?: (typeof entry)[] }) => {
    if (entry.group) entry.group.forEach(visit);
    else if (entry.address)
      out.push(entry.name ? { address: entry.address, name: entry.name } : { address: entry.address });
  };
  for (const obj of value ? [value].flat() : []) obj.value.forEach(visit);
  return out;
}

// MailParser substitutes "now" for an unparseable Date; read the raw line to tell the two apart.
function dateHeader(parser: MailParser): string | undefined {
  const line = parser.headerLines ? parser.headerLines.find((l) => l.key === 'date')?.line : undefined;
  if (!line) return undefined;
  const parsed = new Date(
    line
      .replace(/^date:\s*/i, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}
