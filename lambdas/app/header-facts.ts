// Facts from a stored message's header section only (the body is never read): recipients for the
// envelope fallback, the subject for notices about messages too large to scan.
import { simpleParser } from 'mailparser';
import type { RawRef, RawStore } from '../ports';

/** Enough for any realistic header section. */
const HEADER_BYTES = 256 * 1024;

export interface HeaderFacts {
  /** To and Cc addresses (groups flattened), deduplicated. */
  recipients: string[];
  from?: string;
  subject?: string;
}

export async function readHeaderFacts(ref: RawRef, rawStore: RawStore): Promise<HeaderFacts> {
  const start = await rawStore.readStart(ref, HEADER_BYTES);
  const crlf = start.indexOf('\r\n\r\n');
  const lf = start.indexOf('\n\n');
  const end = crlf !== -1 ? crlf + 4 : lf !== -1 ? lf + 2 : start.length;
  const parsed = await simpleParser(start.subarray(0, end), { skipHtmlToText: true, skipTextToHtml: true });
  const addresses = [parsed.to, parsed.cc]
    .flatMap((a) => (a ? (Array.isArray(a) ? a : [a]) : []))
    .flatMap((a) => flatten(a.value));
  return {
    recipients: [...new Set(addresses)],
    from: parsed.from?.value[0]?.address,
    subject: parsed.subject,
  };
}

type AddressLike = { address?: string; group?: AddressLike[] };

function flatten(list: AddressLike[]): string[] {
  return list.flatMap((a) => (a.group ? flatten(a.group) : a.address ? [a.address] : []));
}
