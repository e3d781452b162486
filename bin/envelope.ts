// The SMTP envelope a mail client would use for a raw message: From, and To + Cc + Bcc.
// Shared by `npm run demo` and the tests that send the corpus through the local gateway.
import { simpleParser } from 'mailparser';

export async function envelopeOf(raw: Buffer): Promise<{ from: string; to: string[] }> {
  const parsed = await simpleParser(raw, {
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipImageLinks: true,
  });
  const addrs = (v: unknown): string[] =>
    (Array.isArray(v) ? v : v ? [v] : []).flatMap((a: { value?: Array<{ address?: string }> }) =>
      (a.value ?? []).map((x) => x.address ?? '').filter(Boolean),
    );
  const to = [...addrs(parsed.to), ...addrs(parsed.cc), ...addrs(parsed.bcc)];
  return { from: addrs(parsed.from)[0] ?? '', to: to.length ? to : ['undisclosed@recipients.example'] };
}
