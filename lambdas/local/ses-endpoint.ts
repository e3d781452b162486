// A small SES stand-in on 127.0.0.1: the v1 Query API (SendRawEmail, SendEmail) and the v2 REST
// SendEmail (Raw or Simple content). Unlike aws-ses-v2-local it keeps the exact bytes and the full
// destination list (Bcc exists only there). Signatures are not checked: it only listens on loopback.
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Outbox, OutboxRecord } from './outbox';

/** SES quotas the stand-in enforces so the relay code meets them locally as it would on AWS. */
export const SES_LIMITS = {
  v1RawBytes: 10 * 1024 * 1024,
  v2RawBytes: 40 * 1024 * 1024,
  destinationsPerCall: 50,
};
const MAX_REQUEST_BYTES = 64 * 1024 * 1024;
const XMLNS = 'http://ses.amazonaws.com/doc/2010-12-01/';

export interface SesEndpointOptions {
  outbox: Outbox;
  relayEnabled: boolean;
  /** Called after a message is durably in the outbox (the relayer picks it up). */
  onStored?: (record: OutboxRecord) => void;
  log?: (line: string) => void;
}

export interface SesEndpoint {
  endpoint: string;
  close(): Promise<void>;
}

class SesError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export async function startSesEndpoint(opts: SesEndpointOptions): Promise<SesEndpoint> {
  const server = createServer((req, res) => {
    handle(req, res, opts).catch((err: unknown) => {
      const e = err instanceof SesError ? err : new SesError('InternalFailure', 'internal error', 500);
      if (!(err instanceof SesError)) opts.log?.(`ses: internal error: ${String(err)}`);
      const v2 = (req.url ?? '').startsWith('/v2/');
      if (res.headersSent) return res.destroy();
      if (v2) {
        res.writeHead(e.status, { 'content-type': 'application/json', 'x-amzn-ErrorType': e.code });
        res.end(JSON.stringify({ message: e.message }));
      } else {
        res.writeHead(e.status, { 'content-type': 'text/xml' });
        res.end(
          `<ErrorResponse xmlns="${XMLNS}"><Error><Type>${e.status < 500 ? 'Sender' : 'Receiver'}</Type>` +
            `<Code>${xml(e.code)}</Code><Message>${xml(e.message)}</Message></Error>` +
            `<RequestId>${randomUUID()}</RequestId></ErrorResponse>`,
        );
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, opts: SesEndpointOptions): Promise<void> {
  const body = await readBody(req);
  const path = (req.url ?? '/').split('?')[0];
  if (req.method === 'POST' && path === '/v2/email/outbound-emails') {
    const messageId = await sendV2(JSON.parse(body.toString('utf8')), opts);
    res.writeHead(200, { 'content-type': 'application/json', 'x-amzn-RequestId': randomUUID() });
    res.end(JSON.stringify({ MessageId: messageId }));
    return;
  }
  if (req.method !== 'POST' || path !== '/')
    throw new SesError('UnknownOperation', `${req.method} ${path}`, 404);
  const params = new URLSearchParams(body.toString('utf8'));
  const action = params.get('Action');
  let messageId: string;
  if (action === 'SendRawEmail') messageId = await sendRawV1(params, opts);
  else if (action === 'SendEmail') messageId = await sendEmailV1(params, opts);
  else throw new SesError('InvalidAction', `Action ${action ?? '(none)'} is not supported by the local SES`);
  res.writeHead(200, { 'content-type': 'text/xml' });
  res.end(
    `<${action}Response xmlns="${XMLNS}"><${action}Result><MessageId>${xml(messageId)}</MessageId></${action}Result>` +
      `<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${action}Response>`,
  );
}

async function sendRawV1(params: URLSearchParams, opts: SesEndpointOptions): Promise<string> {
  const data = params.get('RawMessage.Data');
  if (!data) throw new SesError('ValidationError', 'RawMessage.Data is required');
  const raw = Buffer.from(data, 'base64');
  if (raw.length > SES_LIMITS.v1RawBytes) {
    throw new SesError('MessageRejected', `Message length is more than ${SES_LIMITS.v1RawBytes} bytes long`);
  }
  return store(
    raw,
    'ses:SendRawEmail',
    params.get('Source') ?? undefined,
    members(params, 'Destinations'),
    opts,
  );
}

async function sendEmailV1(params: URLSearchParams, opts: SesEndpointOptions): Promise<string> {
  const source = params.get('Source');
  if (!source) throw new SesError('ValidationError', 'Source is required');
  const to = members(params, 'Destination.ToAddresses');
  const cc = members(params, 'Destination.CcAddresses');
  const bcc = members(params, 'Destination.BccAddresses');
  const raw = await compose({
    from: source,
    to,
    cc,
    replyTo: members(params, 'ReplyToAddresses'),
    subject: params.get('Message.Subject.Data') ?? '',
    text: params.get('Message.Body.Text.Data') ?? undefined,
    html: params.get('Message.Body.Html.Data') ?? undefined,
  });
  return store(raw, 'ses:SendEmail', source, [...to, ...cc, ...bcc], opts);
}

interface V2Request {
  FromEmailAddress?: string;
  Destination?: { ToAddresses?: string[]; CcAddresses?: string[]; BccAddresses?: string[] };
  ReplyToAddresses?: string[];
  Content?: {
    Raw?: { Data?: string };
    Simple?: { Subject?: { Data?: string }; Body?: { Text?: { Data?: string }; Html?: { Data?: string } } };
  };
}

async function sendV2(req: V2Request, opts: SesEndpointOptions): Promise<string> {
  const d = req.Destination ?? {};
  const destinations = [...(d.ToAddresses ?? []), ...(d.CcAddresses ?? []), ...(d.BccAddresses ?? [])];
  if (req.Content?.Raw?.Data) {
    const raw = Buffer.from(req.Content.Raw.Data, 'base64');
    if (raw.length > SES_LIMITS.v2RawBytes) {
      throw new SesError(
        'MessageRejected',
        `Message length is more than ${SES_LIMITS.v2RawBytes} bytes long`,
      );
    }
    return store(raw, 'sesv2:SendEmail', req.FromEmailAddress, destinations, opts);
  }
  const simple = req.Content?.Simple;
  if (!simple) throw new SesError('BadRequestException', 'Content.Raw or Content.Simple is required');
  if (!req.FromEmailAddress) throw new SesError('BadRequestException', 'FromEmailAddress is required');
  const raw = await compose({
    from: req.FromEmailAddress,
    to: d.ToAddresses ?? [],
    cc: d.CcAddresses ?? [],
    replyTo: req.ReplyToAddresses ?? [],
    subject: simple.Subject?.Data ?? '',
    text: simple.Body?.Text?.Data,
    html: simple.Body?.Html?.Data,
  });
  return store(raw, 'sesv2:SendEmail', req.FromEmailAddress, destinations, opts);
}

async function store(
  raw: Buffer,
  api: string,
  source: string | undefined,
  requested: string[],
  opts: SesEndpointOptions,
): Promise<string> {
  if (requested.length > SES_LIMITS.destinationsPerCall) {
    throw new SesError('InvalidParameterValue', `Recipient count exceeds ${SES_LIMITS.destinationsPerCall}`);
  }
  const headers = await headerInfo(raw);
  // As SES does: no Destinations means the header recipients; no Source means the From header.
  const destinations = requested.length ? requested : headers.recipients;
  const from = source ?? headers.from;
  if (!from) throw new SesError('MessageRejected', 'Missing Source and From header');
  if (!destinations.length) throw new SesError('MessageRejected', 'Missing final destination');
  // SES-like id: hex timestamp + uuid, safe as a file name.
  const messageId = `${Date.now().toString(16).padStart(16, '0')}-${randomUUID()}-${randomBytes(3).toString('hex')}`;
  const record = await opts.outbox.add(
    raw,
    {
      messageId,
      api,
      source: from,
      destinations,
      destinationSource: requested.length ? 'request' : 'headers',
      subject: headers.subject,
    },
    opts.relayEnabled,
  );
  opts.onStored?.(record);
  return messageId;
}

/** Subject, From and recipients from the header block only: the body is never parsed here. */
async function headerInfo(raw: Buffer): Promise<{ subject: string; from?: string; recipients: string[] }> {
  const end = headerEnd(raw);
  const parsed = await simpleParser(Buffer.concat([raw.subarray(0, end), Buffer.from('\r\n\r\n')]));
  const addrs = (v: unknown): string[] => {
    const list = Array.isArray(v) ? v : v ? [v] : [];
    return list.flatMap((a: { value?: Array<{ address?: string }> }) =>
      (a.value ?? []).map((x) => x.address ?? '').filter(Boolean),
    );
  };
  return {
    subject: parsed.subject ?? '',
    from: addrs(parsed.from)[0],
    recipients: [...addrs(parsed.to), ...addrs(parsed.cc), ...addrs(parsed.bcc)],
  };
}

function headerEnd(raw: Buffer): number {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  const candidates = [crlf, lf].filter((i) => i >= 0);
  return candidates.length ? Math.min(...candidates) : raw.length;
}

function compose(mail: {
  from: string;
  to: string[];
  cc: string[];
  replyTo: string[];
  subject: string;
  text?: string;
  html?: string;
}): Promise<Buffer> {
  return new MailComposer({
    from: mail.from,
    to: mail.to,
    cc: mail.cc.length ? mail.cc : undefined,
    replyTo: mail.replyTo.length ? mail.replyTo : undefined,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
  })
    .compile()
    .build();
}

/** `Prefix.member.N` values in N order (the Query protocol's list encoding). */
function members(params: URLSearchParams, prefix: string): string[] {
  const re = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.member\\.(\\d+)$`);
  const found: Array<[number, string]> = [];
  for (const [k, v] of params) {
    const m = re.exec(k);
    if (m) found.push([Number(m[1]), v]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) throw new SesError('RequestEntityTooLarge', 'request too large', 413);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function xml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
