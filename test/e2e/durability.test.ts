// Durability: a Submission answered 250 survives the gateway stopping or crashing before it is
// processed, and is processed exactly once after the next start.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../lambdas/local/aws-local';
import type { Gateway } from '../../lambdas/local/gateway';
import { REPO_ROOT } from '../../lambdas/local/settings';
import { readDevCredentials } from '../../lambdas/local/users';
import { client, drained, startSink, startTestGateway, tempDir, waitFor } from '../local/helpers';

const CLEAN = 'Hi Dana,\r\n\r\nAttached is the agenda for Tuesday.\r\n\r\nBest,\r\nRep\r\n';

async function messageRecords(gw: Gateway): Promise<number> {
  const db = new DynamoDBClient({
    endpoint: gw.endpoints.dynamodb,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  try {
    const res = await db.send(
      new ScanCommand({
        TableName: gw.tableName,
        FilterExpression: 'sk = :msg',
        ExpressionAttributeValues: { ':msg': { S: 'MSG' } },
      }),
    );
    return res.Count ?? 0;
  } finally {
    db.destroy();
  }
}

/** `npm start` as a child process (the real CLI), on free ports; resolves once the banner is printed. */
async function startChild(dataDir: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'bin/poise.ts'), 'start'], {
    cwd: REPO_ROOT,
    env: { ...process.env, POISE_DATA_DIR: dataDir, POISE_SMTP_PORT: '0', POISE_HTTP_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const smtpPort = await waitFor(
    'the start-up banner',
    () => {
      if (child.exitCode !== null) throw new Error(`child exited early: ${out}`);
      return /SMTP\s+127\.0\.0\.1:(\d+)/.exec(out)?.[1];
    },
    60_000,
  );
  return { child, smtpPort: Number(smtpPort), output: () => out };
}

describe('durability of accepted mail', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let sink: Awaited<ReturnType<typeof startSink>>;
  let child: ChildProcess | undefined;
  let gw: Gateway | undefined;

  beforeEach(async () => {
    dir = await tempDir();
    sink = await startSink();
  });
  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
    child = undefined;
    await gw?.stop();
    gw = undefined;
    await sink.close();
    await dir.remove();
  });

  it('processes a message accepted before a stop exactly once after the next start', async () => {
    const first = await startTestGateway(dir.path, { worker: false, upstreamSmtp: sink.url });
    const transport = client(first);
    await transport.sendMail({
      from: 'rep@seller.example',
      to: 'buyer@customer.example',
      bcc: 'b@partner.example',
      subject: 'Agenda',
      text: CLEAN,
    });
    transport.close();
    await first.stop();
    expect((await readdir(join(dir.path, 'queue'))).filter((n) => n.endsWith('.json'))).toHaveLength(1);

    gw = await startTestGateway(dir.path, { upstreamSmtp: sink.url });
    await drained(gw);
    await waitFor('upstream delivery', () => sink.messages.length === 1);
    // A redelivery would show up as a second copy: give it time to.
    await new Promise((r) => setTimeout(r, 500));

    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0]?.rcptTo).toEqual(['buyer@customer.example', 'b@partner.example']);
    expect(await messageRecords(gw)).toBe(1);
    expect((await gw.health()) as object).toMatchObject({ queue: { depth: 0 }, dlq: { depth: 0 } });
  });

  it('survives `npm start` being killed (SIGKILL) after 250: processed exactly once on restart', async () => {
    const started = await startChild(dir.path, { POISE_WORKER: 'paused', POISE_UPSTREAM_SMTP: sink.url });
    child = started.child;
    const creds = await readDevCredentials(dir.path, {});
    if (!creds) throw new Error('no dev credentials in the data dir');
    const transport = client({ smtpPort: started.smtpPort, devCredentials: creds });
    const info = await transport.sendMail({
      from: 'rep@seller.example',
      to: 'buyer@customer.example',
      subject: 'Agenda',
      text: CLEAN,
    });
    transport.close();
    expect(info.response).toMatch(/^250 /);

    child.kill('SIGKILL');
    await once(child, 'exit');

    gw = await startTestGateway(dir.path, { upstreamSmtp: sink.url });
    await drained(gw);
    await waitFor('upstream delivery', () => sink.messages.length === 1);
    await new Promise((r) => setTimeout(r, 500));
    expect(sink.messages).toHaveLength(1);
    expect(await messageRecords(gw)).toBe(1);
  }, 120_000);

  it('`npm start` prints where everything is and exits 0 on SIGTERM', async () => {
    const started = await startChild(dir.path, {});
    child = started.child;

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');

    const out = started.output();
    expect(code).toBe(0);
    expect(out).toMatch(/SMTP\s+127\.0\.0\.1:\d+\s+STARTTLS/);
    expect(out).toMatch(/password\s+\S{20,}/);
    expect(out).toMatch(/console\s+http:\/\/127\.0\.0\.1:\d+\/console\//);
    expect(out).toMatch(/sign in\s+admin@localhost\.localdomain \(admins\)\s+password \S{20,}/);
    expect(out).toMatch(/messages\s+http:\/\/127\.0\.0\.1:\d+\/messages/);
    expect(out).toMatch(/outbox\s+.*outbox\//);
    expect(out).toMatch(/npm run demo/);
    expect(out).toMatch(/SIGTERM: stopping/);
    expect(out).toMatch(/stopped/);
  }, 120_000);
});
