// How a message goes out through SES: recipients in chunks of 50, headers SES refuses removed from the
// top-level header section only (body bytes are never touched).

/** SES accepts at most 50 destinations per call. */
export const SES_MAX_DESTINATIONS = 50;

/**
 * Fields SES refuses to see more than once in the header section
 * (docs.aws.amazon.com/ses/latest/dg/header-fields.html). Lower-case.
 */
const SINGLE_INSTANCE = new Set(
  [
    'Accept-Language',
    'acceptLanguage',
    'Archived-At',
    'Auto-Submitted',
    'Bounces-to',
    'Comments',
    'Content-Alternative',
    'Content-Base',
    'Content-Class',
    'Content-Description',
    'Content-Disposition',
    'Content-Duration',
    'Content-ID',
    'Content-Language',
    'Content-Length',
    'Content-Location',
    'Content-MD5',
    'Content-Transfer-Encoding',
    'Content-Type',
    'Date',
    'Delivered-To',
    'Disposition-Notification-Options',
    'Disposition-Notification-To',
    'Errors-To',
    'From',
    'Importance',
    'In-Reply-To',
    'Keywords',
    'List-Archive',
    'List-Help',
    'List-Id',
    'List-Owner',
    'List-Post',
    'List-Subscribe',
    'List-Unsubscribe',
    'List-Unsubscribe-Post',
    'Message-Context',
    'Message-ID',
    'MIME-Version',
    'Organization',
    'Original-From',
    'Original-Message-ID',
    'Original-Recipient',
    'Original-Subject',
    'Precedence',
    'Priority',
    'References',
    'Reply-To',
    'Return-Path',
    'Return-Receipt-To',
    'Sender',
    'Solicitation',
    'Sensitivity',
    'Subject',
    'Thread-Index',
    'Thread-Topic',
    'User-Agent',
    'VBR-Info',
  ].map((h) => h.toLowerCase()),
);

/**
 * Always removed: SES adds its own DKIM signature (a second one is refused) and rewrites Message-ID and
 * Date, which breaks the sender's signatures anyway. A Bcc header must never reach the To/Cc recipients.
 */
const ALWAYS_REMOVED = new Set(['dkim-signature', 'domainkey-signature', 'bcc']);

export interface PreparedRaw {
  raw: Buffer;
  /** Names of the header fields removed (for the log; values are never logged). */
  removed: string[];
}

/** Removes header fields SES would refuse; returns the input buffer itself when nothing changes. */
export function prepareForSes(raw: Buffer): PreparedRaw {
  const headerEnd = findHeaderEnd(raw);
  // latin1 maps bytes 1:1, so unchanged fields are written back byte for byte.
  const headerText = raw.subarray(0, headerEnd).toString('latin1');
  const fields = splitFields(headerText);
  const seen = new Set<string>();
  const removed: string[] = [];
  const kept: string[] = [];
  for (const field of fields) {
    const name = field.name.toLowerCase();
    const duplicate = SINGLE_INSTANCE.has(name) && seen.has(name);
    if (ALWAYS_REMOVED.has(name) || duplicate) {
      removed.push(field.name);
      continue;
    }
    if (name) seen.add(name);
    kept.push(field.text);
  }
  if (removed.length === 0) return { raw, removed };
  return {
    raw: Buffer.concat([Buffer.from(kept.join(''), 'latin1'), raw.subarray(headerEnd)]),
    removed,
  };
}

/** Envelope recipients, deduplicated (case-insensitively), in chunks SES accepts. */
export function chunkRecipients(rcptTo: string[], size = SES_MAX_DESTINATIONS): string[][] {
  const seen = new Set<string>();
  const unique = rcptTo.filter((r) => {
    const k = r.trim().toLowerCase();
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += size) chunks.push(unique.slice(i, i + size));
  return chunks;
}

/** Index just past the header section, including the line break that ends the last field. */
function findHeaderEnd(raw: Buffer): number {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  if (crlf === -1 && lf === -1) return raw.length;
  if (lf === -1 || (crlf !== -1 && crlf < lf)) return crlf + 2;
  return lf + 1;
}

interface Field {
  name: string;
  /** The whole field with its continuation lines and line breaks. */
  text: string;
}

function splitFields(headerText: string): Field[] {
  const lines = headerText.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const fields: Field[] = [];
  for (const line of lines) {
    const last = fields.at(-1);
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
      last.text += line;
      continue;
    }
    const colon = line.indexOf(':');
    fields.push({ name: colon > 0 ? line.slice(0, colon).trim() : '', text: line });
  }
  return fields;
}
