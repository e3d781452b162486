// PLACEHOLDER: replaced by the extraction work (issue 2 §2). Keeps the API stable for other modules.
import type { Readable } from 'node:stream';
import { simpleParser } from 'mailparser';
import type { ExtractedMail } from '../types';

export class UnscannableMailError extends Error {
  override name = 'UnscannableMailError';
}

export interface ExtractOptions {
  /** Bytes above which attachments are not buffered (they are counted, not kept). */
  maxAttachmentBytes?: number;
}

export async function extractMail(
  raw: Buffer | Readable,
  _opts: ExtractOptions = {},
): Promise<ExtractedMail> {
  const parsed = await simpleParser(raw);
  return {
    subject: parsed.subject ?? '',
    body: parsed.text ?? '',
    htmlOnly: !parsed.text && Boolean(parsed.html),
    to: [],
    cc: [],
    attachments: [],
    warnings: [],
  };
}
