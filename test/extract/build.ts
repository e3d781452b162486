// Builds raw test messages. Bodies are given as text and encoded here, so each test shows the
// words that matter and the wire format is exercised for real.
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';

export interface RawPart {
  contentType?: string;
  charset?: string;
  /** Content-Transfer-Encoding; the body bytes are encoded accordingly. */
  cte?: '7bit' | '8bit' | 'quoted-printable' | 'base64';
  /** Extra Content-Type parameters, e.g. `format=flowed`. */
  params?: string;
  body: Buffer | string;
}

export interface RawOptions extends RawPart {
  subject?: string;
  from?: string;
  to?: string;
  headers?: string[];
}

/** A single-part message with exact control over charset and transfer encoding. */
export function rawMessage(opts: RawOptions): Buffer {
  const head = [
    `From: ${opts.from ?? 'Dana Rep <dana@seller.example>'}`,
    `To: ${opts.to ?? 'Buyer <buyer@customer.example>'}`,
    `Subject: ${opts.subject ?? 'Proposal'}`,
    'Date: Tue, 05 May 2026 10:12:00 +0000',
    'Message-ID: <test-1@seller.example>',
    'MIME-Version: 1.0',
    ...(opts.headers ?? []),
    ...partHeaders(opts),
  ];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), encodeBody(opts)]);
}

/** multipart/alternative (or another multipart) made of raw parts. */
export function rawMultipart(subtype: string, parts: RawPart[], opts: Omit<RawOptions, 'body'> = {}): Buffer {
  const boundary = '----=_Part_poise_test';
  const chunks: Buffer[] = [];
  for (const p of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n${partHeaders(p).join('\r\n')}\r\n\r\n`), encodeBody(p));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return rawMessage({
    ...opts,
    contentType: `multipart/${subtype}`,
    params: `boundary="${boundary}"`,
    cte: '7bit',
    body: Buffer.concat(chunks),
    charset: '',
  });
}

function partHeaders(p: RawPart): string[] {
  const type = p.contentType ?? 'text/plain';
  const charset = p.charset === '' ? '' : `; charset=${p.charset ?? 'utf-8'}`;
  return [
    `Content-Type: ${type}${charset}${p.params ? `; ${p.params}` : ''}`,
    `Content-Transfer-Encoding: ${p.cte ?? '8bit'}`,
  ];
}

function encodeBody(p: RawPart): Buffer {
  const bytes = Buffer.isBuffer(p.body) ? p.body : Buffer.from(p.body.replace(/\r?\n/g, '\r\n'), 'utf8');
  if (p.cte === 'base64')
    return Buffer.from(`${(bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n')}\r\n`);
  if (p.cte === 'quoted-printable') return Buffer.from(quotedPrintable(bytes));
  return bytes;
}

/** Quoted-printable over the bytes' lines (CRLF or LF), soft breaks within 76 columns. */
export function quotedPrintable(bytes: Buffer): string {
  const lines: string[] = [];
  for (const line of bytes.toString('latin1').split(/\r?\n/)) {
    let out = '';
    let width = 0;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] as string;
      const code = ch.charCodeAt(0);
      // A space or tab ending a line would be lost in transport: encoded too.
      const trailing = i === line.length - 1 && code === 32;
      const enc =
        code > 126 || code === 61 || code < 32 || trailing
          ? `=${code.toString(16).toUpperCase().padStart(2, '0')}`
          : ch;
      if (width + enc.length > 73) {
        out += '=\r\n';
        width = 0;
      }
      out += enc;
      width += enc.length;
    }
    lines.push(out);
  }
  return lines.join('\r\n');
}

/** A message built by nodemailer, for attachments and realistic multipart structure. */
export function composed(mail: Mail.Options): Promise<Buffer> {
  return new MailComposer({
    from: 'Dana Rep <dana@seller.example>',
    to: 'Buyer <buyer@customer.example>',
    subject: 'Proposal',
    ...mail,
  })
    .compile()
    .build();
}
