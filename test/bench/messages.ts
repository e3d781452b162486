// Synthetic messages for the benchmark, generated deterministically (seeded PRNG, no files).
import type Mail from 'nodemailer/lib/mailer';
import { composed } from '../extract/build';

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Ordinary business sentences with nothing to find (the gate test checks none is analysed). */
export const NEUTRAL_SENTENCES = [
  'Thanks for walking me through the rollout plan for the regional offices yesterday.',
  'Our onboarding team can start the data migration in the second week of the month.',
  'The integration with your ERP uses the standard REST connector, so no custom work is needed.',
  'I have attached the security summary and the completed questionnaire for your IT lead.',
  'Training for the dispatch team can run on site or remotely, whichever suits the shift pattern.',
  'The renewal covers the same number of seats and storage as this year.',
  'Let me know if procurement needs anything else from our side before the review.',
  'We measured a drop in manual data entry of about forty percent during the pilot.',
  'If it helps, I can set up a sandbox with a copy of last month\u2019s data.',
  'Your account manager will send the agenda for the kickoff call by Thursday.',
  'Lead times on the replacement parts are holding at two weeks from the order date.',
  'The reporting module exports to CSV and PDF, and schedules can be set per team.',
];

function paragraphs(rand: () => number, bytes: number): string {
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const para = Array.from(
      { length: 3 + Math.floor(rand() * 3) },
      () => NEUTRAL_SENTENCES[Math.floor(rand() * NEUTRAL_SENTENCES.length)],
    ).join(' ');
    out.push(para);
    size += para.length + 2;
  }
  return out.join('\n\n');
}

function compose(mail: Mail.Options): Promise<Buffer> {
  return composed({
    to: 'Pat Buyer <pat@customer.example>',
    date: new Date('2026-05-05T10:12:00Z'),
    messageId: '<bench@seller.example>',
    ...mail,
  });
}

const signature = '\n\nBest,\nDana\n\n-- \nDana Rep\nAccount Executive | Seller Inc\n+1 (312) 555-0199\n';

/** ~3 KB: a short Gmail-style reply, text and HTML alternatives, quoted thread below. */
export function small(): Promise<Buffer> {
  const rand = prng(3);
  const own = paragraphs(rand, 600);
  const quoted = paragraphs(rand, 700)
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
  const text = `Hi Pat,\n\n${own}${signature}\nOn Mon, May 4, 2026 at 9:00 AM Pat Buyer <pat@customer.example> wrote:\n\n${quoted}\n`;
  const html = `<div dir="ltr"><p>Hi Pat,</p>${own
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join(
      '',
    )}</div><div class="gmail_quote"><div class="gmail_attr">On Mon, May 4, 2026 Pat wrote:</div><blockquote class="gmail_quote">${quoted}</blockquote></div>`;
  return compose({ subject: 'Re: Rollout plan', text, html });
}

/** ~15 KB of the rep's own text in one text/plain body: what the detector gets to read. */
export function medium(): Promise<Buffer> {
  const rand = prng(15);
  return compose({
    subject: 'Pilot results and next steps',
    text: `Hi Pat,\n\n${paragraphs(rand, 15_000)}${signature}`,
  });
}

/** ~220 KB HTML-only newsletter-style mail: tables, inline styles, a quoted reply at the end. */
export function largeHtml(): Promise<Buffer> {
  const rand = prng(220);
  const rows: string[] = [];
  let size = 0;
  while (size < 200_000) {
    const cell = NEUTRAL_SENTENCES[Math.floor(rand() * NEUTRAL_SENTENCES.length)] ?? '';
    const row = `<tr><td style="padding:8px 12px;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;border-bottom:1px solid #eeeeee">${cell}</td><td style="padding:8px;font-family:Arial,sans-serif;font-size:14px;text-align:right"><a href="https://seller.example/item/${rows.length}" style="color:#0563C1">Details</a></td></tr>`;
    rows.push(row);
    size += row.length;
  }
  const html = `<html><head><style>td{padding:0}</style></head><body><p>Hi Pat,</p><p>${paragraphs(rand, 1500)}</p><table width="100%" cellpadding="0" cellspacing="0">${rows.join('\n')}</table><p>Dana</p><div class="gmail_quote"><blockquote type="cite">${paragraphs(rand, 8000)}</blockquote></div></body></html>`;
  return compose({ subject: 'Product catalogue for the autumn order', html });
}

function randomBytes(seed: number, length: number): Buffer {
  const rand = prng(seed);
  const out = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i += 4)
    out.writeUInt32LE(Math.floor(rand() * 0x100000000), Math.min(i, length - 4));
  return out;
}

/** A short note plus attachments whose base64 makes the raw message about `totalBytes`. */
export function withAttachments(totalBytes: number, parts: number): Promise<Buffer> {
  const rand = prng(totalBytes);
  const decoded = Math.floor((totalBytes * 3) / 4 / parts);
  return compose({
    subject: 'Signed order forms and site photos',
    text: `Hi Pat,\n\n${paragraphs(rand, 1200)}${signature}`,
    attachments: Array.from({ length: parts }, (_, i) => ({
      filename: `attachment-${i + 1}.pdf`,
      contentType: 'application/pdf',
      content: randomBytes(totalBytes + i, decoded),
    })),
  });
}
