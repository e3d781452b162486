// Text hygiene shared by notifications and console pages: HTML escaping, control-character removal
// and header-value sanitizing (no CR/LF, no encoded-word tricks, bounded length).
import { BIDI_CONTROLS, isHighSurrogate, UNICODE_BREAKS } from './segments';

export { cleanMultiline, isHighSurrogate, isLowSurrogate } from './segments';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`]/g, (ch) => HTML_ESCAPES[ch] as string);
}

const ENCODED_WORD = /=\?([^?\s]{1,40})\?([bBqQ])\?([^?\s]*)\?=/g;

/**
 * Decodes RFC 2047 encoded words (`=?utf-8?Q?...?=`, `=?utf-8?B?...?=`) so what they hide can be
 * inspected. Unknown charsets decode as UTF-8; broken words are left as they are.
 */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2') // whitespace between adjacent encoded words is not content
    .replace(ENCODED_WORD, (word, charset: string, encoding: string, data: string) => {
      try {
        const bytes =
          encoding.toUpperCase() === 'B'
            ? Buffer.from(data, 'base64')
            : Buffer.from(
                data
                  .replace(/_/g, ' ')
                  .replace(/=([0-9a-fA-F]{2})/g, (_m, hex: string) =>
                    String.fromCharCode(Number.parseInt(hex, 16)),
                  ),
                'latin1',
              );
        return decodeCharset(charset.split('*')[0] ?? 'utf-8', bytes);
      } catch {
        return word;
      }
    });
}

function decodeCharset(charset: string, bytes: Buffer): string {
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export const MAX_HEADER_TEXT = 200;

/**
 * A safe header value (subject, display name) from untrusted text: encoded words decoded (repeatedly,
 * so nested tricks surface), every control character and line separator turned into a space, bidi
 * controls dropped, leftover `=?` broken so no client decodes it into something else, whitespace
 * collapsed, and the result cut to `max` characters (never inside a surrogate pair).
 */
export function sanitizeHeaderText(value: unknown, max = MAX_HEADER_TEXT): string {
  let text = String(value ?? '');
  for (let i = 0; i < 3; i += 1) {
    const decoded = decodeEncodedWords(text);
    if (decoded === text) break;
    text = decoded;
  }
  text = text
    .replace(UNICODE_BREAKS, ' ')
    .replace(/\p{Cc}/gu, ' ')
    .replace(BIDI_CONTROLS, '')
    .replace(/=\?/g, '= ?')
    .replace(/\s+/g, ' ')
    .trim();
  return truncate(text, max);
}

/** Cuts to at most `max` UTF-16 units, ending in "…" when cut, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - 1);
  if (cut > 0 && isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  return `${text.slice(0, cut)}…`;
}
