// Shared helpers for the local-stack and end-to-end tests: temp data dirs, an upstream SMTP sink,
// SMTP clients, and bounded waiting.
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { ConsoleUsers } from '../../lambdas/local/console-users';
import { type Gateway, type GatewayOptions, startGateway } from '../../lambdas/local/gateway';
import { Router, startHttpServer } from '../../lambdas/local/http';
import { type OAuthOptions, startOAuth } from '../../lambdas/local/oauth';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

export async function tempDir(prefix = 'poise-test-'): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Starts a gateway on free ports with quiet logs; the caller stops it. */
/**
 * The local sign-in alone on an HTTP server, with a fresh data dir and its console users; `user` is the
 * approver. `options` may set a clock or a lockout guard.
 */
export async function startTestOAuth(options: Pick<OAuthOptions, 'now' | 'guard'> = {}) {
  const dir = await tempDir();
  const users = await ConsoleUsers.open(dir.path);
  const user = users.users[1] as { email: string; password: string };
  const router = new Router();
  const server = await startHttpServer(router, '127.0.0.1', 0, () => {});
  const base = `http://127.0.0.1:${server.port}`;
  const oauth = await startOAuth({ dataDir: dir.path, publicUrl: base, users, ...options });
  router.add(...oauth.routes);
  return {
    dir,
    base,
    user,
    oauth,
    async close() {
      await server.close();
      await dir.remove();
    },
  };
}

export function startTestGateway(dataDir: string, options: Partial<GatewayOptions> = {}): Promise<Gateway> {
  const lines: string[] = [];
  return startGateway({
    dataDir,
    smtpPort: 0,
    httpPort: 0,
    log: (line) => lines.push(line),
    workerTuning: { pollMs: 50, baseDelayMs: 50, maxDelayMs: 200 },
    upstreamTuning: { baseDelayMs: 50, maxDelayMs: 200 },
    ...options,
  });
}

export interface SinkMessage {
  mailFrom: string;
  rcptTo: string[];
  raw: Buffer;
}

/** An upstream SMTP server that records what it receives (plain SMTP, no auth, like a dev relay). */
export async function startSink(opts: { failFirst?: number; failCode?: number } = {}) {
  const messages: SinkMessage[] = [];
  let failures = opts.failFirst ?? 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    disableReverseLookup: true,
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (failures > 0) {
          failures--;
          const err: Error & { responseCode?: number } = new Error('refused by the test sink');
          err.responseCode = opts.failCode ?? 451;
          return cb(err);
        }
        messages.push({
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        });
        cb();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** nodemailer over STARTTLS + AUTH, accepting the gateway's self-signed certificate. */
export function client(gw: Pick<Gateway, 'smtpPort' | 'devCredentials'>, auth = gw.devCredentials) {
  return nodemailer.createTransport({
    host: '127.0.0.1',
    port: gw.smtpPort,
    secure: false,
    requireTLS: true,
    tls: { rejectUnauthorized: false },
    auth: { user: auth.username, pass: auth.password },
  });
}

/** Sends `raw` to the envelope over SMTP (STARTTLS + AUTH); the gateway's Submission id from its 250 reply. */
export async function submitRaw(
  gw: Gateway,
  envelope: { from: string; to: string[] },
  raw: Buffer,
): Promise<string> {
  const transport = client(gw);
  try {
    const info = await transport.sendMail({ envelope, raw });
    return /queued as (\S+)/.exec(info.response)?.[1] ?? '';
  } finally {
    transport.close();
  }
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

/** Waits until the queue is empty and nothing is in flight. */
export function drained(gw: Gateway, timeoutMs = 20_000) {
  return waitFor(
    'the queue to drain',
    async () => {
      const h = (await gw.health()) as { queue: { depth: number; inFlight: number } };
      return h.queue.depth === 0 && h.queue.inFlight === 0;
    },
    timeoutMs,
  );
}

/** A raw SMTP conversation for the cases nodemailer will not produce (bad commands, disconnects). */
export class RawSmtp {
  private buffer = '';
  private waiters: Array<() => void> = [];

  private constructor(private readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => {
      this.buffer += d;
      for (const w of this.waiters.splice(0)) w();
    });
  }

  static async connect(port: number): Promise<RawSmtp> {
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    const c = new RawSmtp(socket);
    await c.reply();
    return c;
  }

  /** The next complete reply (multi-line replies end with `NNN ` ). */
  async reply(timeoutMs = 5000): Promise<string> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const m = /^(?:\d{3}-.*\r\n)*\d{3}(?: .*)?\r\n/.exec(this.buffer);
      if (m) {
        this.buffer = this.buffer.slice(m[0].length);
        return m[0];
      }
      if (Date.now() > until) throw new Error(`no SMTP reply; buffer: ${JSON.stringify(this.buffer)}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 50);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async command(line: string): Promise<string> {
    this.socket.write(`${line}\r\n`);
    return this.reply();
  }

  write(data: string): void {
    this.socket.write(data);
  }

  destroy(): void {
    this.socket.destroy();
  }
}
