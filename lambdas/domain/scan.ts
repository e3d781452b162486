// The full domain path: raw bytes → the rep's text → findings → decision. Never throws for bad mail.
import type { Readable } from 'node:stream';
import { type DecideContext, decide, exemptionFor, holdFor } from './decide';
import { detect } from './detect';
import { extractMail } from './extract';
import type { Policy } from './policy';
import type { Decision, Envelope, ExtractedMail } from './types';

export interface ScanOptions {
  policy: Policy;
  envelope?: Envelope;
}

export interface ScanResult {
  decision: Decision;
  /** Absent when the message could not be parsed. */
  mail?: ExtractedMail;
}

export async function scanMessage(raw: Buffer | Readable, opts: ScanOptions): Promise<ScanResult> {
  const { policy, envelope } = opts;
  let mail: ExtractedMail;
  try {
    mail = await extractMail(raw);
  } catch (err) {
    return { decision: holdFor('unscannable', describe(err), policy) };
  }
  const ctx: DecideContext = {
    envelope,
    from: envelope?.mailFrom || mail.from?.address,
    recipients: envelope?.rcptTo ?? [...mail.to, ...mail.cc],
  };
  const exemption = exemptionFor(policy, ctx);
  if (exemption) {
    return { mail, decision: { ...decide([], policy, ctx), exemption } };
  }
  try {
    const findings = detect({ subject: mail.subject, body: mail.body }, policy);
    return { mail, decision: decide(findings, policy, ctx) };
  } catch (err) {
    // A detector bug must not let mail through unreviewed.
    return { mail, decision: holdFor('scanner_error', describe(err), policy) };
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
