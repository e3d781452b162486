#!/usr/bin/env -S npx tsx
// `npm run demo`: sends the dev corpus through the running local gateway (SMTP, STARTTLS + AUTH with
// the dev credentials from the data dir), waits for the filter, and prints what happened to each.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import nodemailer from 'nodemailer';
import { DEFAULT_DATA_DIR, REPO_ROOT } from '../lambdas/local/settings';
import { readDevCredentials } from '../lambdas/local/users';
import { envelopeOf } from './envelope';
import { runMain } from './run-main';

interface LogEntry {
  id: string;
  status: string;
  verdict?: string;
  categories: string[];
}

const FINAL = new Set(['RELAYED', 'HELD']);
const WAIT_MS = 180_000;

async function main(argv: string[]): Promise<number> {
  const corpus = resolve(argv[0] ?? join(REPO_ROOT, '..', 'shared', 'corpus', 'dev'));
  const dataDir = process.env.POISE_DATA_DIR ? resolve(process.env.POISE_DATA_DIR) : DEFAULT_DATA_DIR;
  const host =
    process.env.POISE_BIND && process.env.POISE_BIND !== '0.0.0.0' ? process.env.POISE_BIND : '127.0.0.1';
  const smtpPort = Number(process.env.POISE_SMTP_PORT || 2525);
  const api = `http://${host}:${Number(process.env.POISE_HTTP_PORT || 8025)}`;

  try {
    await fetch(`${api}/health`);
  } catch {
    console.error(`demo: no gateway answers at ${api}. Start it first in another terminal: npm start`);
    return 1;
  }
  const creds = await readDevCredentials(dataDir);
  if (!creds) {
    console.error(
      `demo: no dev credentials in ${dataDir}; start the gateway once (npm start) or set POISE_SMTP_USER/PASS`,
    );
    return 1;
  }
  let files: string[];
  try {
    files = (await readdir(corpus)).filter((f) => f.endsWith('.eml')).sort();
  } catch {
    console.error(`demo: cannot read the corpus directory ${corpus}`);
    return 1;
  }

  console.log(
    `Sending ${files.length} messages from ${relative(process.cwd(), corpus)} to ${host}:${smtpPort} (STARTTLS, AUTH as ${creds.username})…`,
  );
  const transport = nodemailer.createTransport({
    host,
    port: smtpPort,
    requireTLS: true,
    // The gateway's certificate is self-signed, made on its first start.
    tls: { rejectUnauthorized: false },
    auth: { user: creds.username, pass: creds.password },
    pool: true,
    maxConnections: 2,
  });
  const ids = new Map<string, string>();
  const refused: string[] = [];
  try {
    await Promise.all(
      files.map(async (file) => {
        const raw = await readFile(join(corpus, file));
        try {
          const info = await transport.sendMail({ envelope: await envelopeOf(raw), raw });
          const id = /queued as (\S+)/.exec(info.response)?.[1];
          if (id) ids.set(file, id);
        } catch (err) {
          refused.push(`${file}: ${(err as Error).message}`);
        }
      }),
    );
  } finally {
    transport.close();
  }
  for (const line of refused) console.log(`  refused ${line}`);

  process.stdout.write(`Accepted ${ids.size}; waiting for the filter`);
  const until = Date.now() + WAIT_MS;
  let byId = new Map<string, LogEntry>();
  for (;;) {
    const res = await fetch(`${api}/api/messages?limit=1000`);
    const { messages } = (await res.json()) as { messages: LogEntry[] };
    byId = new Map(messages.map((m) => [m.id, m]));
    const done = [...ids.values()].filter((id) => FINAL.has(byId.get(id)?.status ?? '')).length;
    if (done === ids.size || Date.now() > until) break;
    process.stdout.write('.');
    await new Promise((r) => setTimeout(r, 500));
  }
  process.stdout.write('\n\n');

  const rows = files.map((file) => {
    const entry = byId.get(ids.get(file) ?? '');
    return {
      file,
      status: entry?.status ?? (ids.has(file) ? 'PENDING' : 'REFUSED'),
      verdict: entry?.verdict ?? '-',
      categories: entry?.categories.join(', ') ?? '',
    };
  });
  console.log(
    table(
      ['file', 'verdict', 'status', 'categories'],
      rows.map((r) => [r.file, r.verdict, r.status, r.categories]),
    ),
  );

  const count = (p: (r: (typeof rows)[number]) => boolean) => rows.filter(p).length;
  const summary = {
    sent: ids.size,
    relayed: count((r) => r.status === 'RELAYED'),
    flagged: count((r) => r.verdict === 'flag'),
    held: count((r) => r.status === 'HELD'),
    pending: count((r) => r.status !== 'RELAYED' && r.status !== 'HELD'),
  };
  console.log(`\n${table(Object.keys(summary), [Object.values(summary).map(String)])}`);
  console.log(
    `\nflagged = relayed with a coaching note to the rep; held = kept for a manager (notice in the outbox).`,
  );
  console.log(`Review the held mail: ${api}/console/ (sign-in printed by npm start)`);
  console.log(`Message log: ${api}/messages   Outbox: ${api}/outbox`);
  return summary.pending === 0 && refused.length === 0 ? 0 : 1;
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

runMain(main);
