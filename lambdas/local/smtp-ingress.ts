// Local SMTP ingress: STARTTLS, AUTH (after TLS only), SIZE, a recipient limit. Answers 250 only once
// the raw bytes are in the local S3 and the Submission with its full envelope is durable in the queue.
import { randomBytes } from 'node:crypto';
import { statfs } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { RAW_PREFIX } from '../shared/contract';
import { errorCode } from './fsutil';
import type { DiskQueue, Submission } from './queue';
import { SignInGuard } from './sign-in-guard';
import type { TlsMaterial } from './tls';
import type { UserStore } from './users';

export interface SmtpIngressOptions {
  host: string;
  port: number;
  hostname: string;
  tls: TlsMaterial;
  users: UserStore;
  queue: DiskQueue;
  s3: S3Client;
  bucket: string;
  maxMessageBytes: number;
  maxRecipients: number;
  /** Data dir and the free space to keep: below it mail gets 452 before anything is written. */
  disk: { dir: string; reserveBytes: number };
  /** Called after a Submission is durable (wakes the worker). */
  onQueued: (submission: Submission) => void;
  log: (line: string) => void;
  /** Locks a username after repeated wrong passwords (default: 5 within 15 minutes lock it for 15). */
  guard?: SignInGuard;
}

export interface SmtpIngress {
  port: number;
  /** Stops accepting, waits for messages being written, closes connections. */
  close(): Promise<void>;
}

type SmtpError = Error & { responseCode?: number };

export async function startSmtpIngress(opts: SmtpIngressOptions): Promise<SmtpIngress> {
  const accepting = new Set<Promise<unknown>>();
  const guard = opts.guard ?? new SignInGuard();
  async function authenticate(username: string, password: string): Promise<SmtpError | undefined> {
    const { wait, result } = await guard.attempt(username, () => opts.users.verify(username, password));
    if (wait) return smtpError(454, '4.7.0 Too many failed authentication attempts, try again later');
    return result ? undefined : smtpError(535, 'Error: authentication failed');
  }
  const server = new SMTPServer({
    name: opts.hostname,
    banner: 'Poise local gateway',
    key: opts.tls.key,
    cert: opts.tls.cert,
    size: opts.maxMessageBytes,
    rejectOversized: true,
    maxRecipients: opts.maxRecipients,
    authMethods: ['PLAIN', 'LOGIN'],
    // AUTH before STARTTLS is answered 538 by smtp-server; MAIL before AUTH gets 530.
    allowInsecureAuth: false,
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 3000,
    onAuth(auth, _session, cb) {
      authenticate(auth.username ?? '', auth.password ?? '').then(
        (err) => (err ? cb(err) : cb(null, { user: auth.username })),
        () => cb(smtpError(454, 'Temporary authentication failure')),
      );
    },
    onData(stream, session, cb) {
      const work = accept(stream, session, opts).then(
        (id) => cb(null, `OK: queued as ${id}`),
        (err: SmtpError) => cb(err),
      );
      accepting.add(work);
      work.finally(() => accepting.delete(work));
    },
  });
  server.on('error', (err) => opts.log(`smtp: ${err.message}`));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled([...accepting]);
      await closed;
    },
  };
}

async function accept(
  stream: SMTPServerDataStream,
  session: SMTPServerSession,
  opts: SmtpIngressOptions,
): Promise<string> {
  const raw = await collect(stream, opts.maxMessageBytes);
  // Oversize: smtp-server answers 552 itself (rejectOversized); nothing is stored.
  if (stream.sizeExceeded || !raw) throw smtpError(552, 'Error: message exceeds fixed maximum message size');
  // s3rver crashes the process on ENOSPC (an unhandled stream error): refuse before writing anything.
  // The message is written twice (S3 copy and spool), hence the factor.
  if ((await freeBytes(opts.disk.dir)) < opts.disk.reserveBytes + 2 * raw.length) {
    opts.log('smtp: disk nearly full, answering 452');
    throw smtpError(452, 'Error: insufficient system storage, try again later');
  }
  const id = newSubmissionId();
  const submission: Submission = {
    id,
    raw: { bucket: opts.bucket, key: `${RAW_PREFIX}${id}.eml` },
    envelope: {
      mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
      rcptTo: session.envelope.rcptTo.map((r) => r.address),
    },
    envelopeSource: 'smtp',
    receivedAt: new Date().toISOString(),
    ingress: 'local',
  };
  try {
    await opts.s3.send(
      new PutObjectCommand({
        Bucket: submission.raw.bucket,
        Key: submission.raw.key,
        Body: raw,
        ContentType: 'message/rfc822',
      }),
    );
    await opts.queue.enqueue(submission, raw);
  } catch (err) {
    opts.log(`smtp: could not store ${id}: ${err instanceof Error ? err.message : String(err)}`);
    throw storageError(err);
  }
  opts.onQueued(submission);
  return id;
}

/** The whole message, or undefined when it went over the limit (drained, not kept). */
async function collect(stream: SMTPServerDataStream, max: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  // A client that disconnects mid-DATA makes the iterator throw: nothing is queued.
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size <= max) chunks.push(chunk as Buffer);
  }
  return size <= max ? Buffer.concat(chunks) : undefined;
}

async function freeBytes(dir: string): Promise<number> {
  const fs = await statfs(dir);
  return Number(fs.bavail) * Number(fs.bsize);
}

/** Sortable, unique, safe as a file name and an S3 key. */
export function newSubmissionId(now = Date.now()): string {
  return `local-${now.toString(36).padStart(9, '0')}-${randomBytes(6).toString('hex')}`;
}

/** Full disk is 452 (insufficient storage); anything else while storing is 451 (try again later). */
export function storageError(err: unknown): SmtpError {
  const code = errorCode(err);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return smtpError(452, 'Error: insufficient system storage, try again later');
  }
  return smtpError(451, 'Error: local error in processing, try again later');
}

function smtpError(code: number, message: string): SmtpError {
  const err: SmtpError = new Error(message);
  err.responseCode = code;
  return err;
}
