// SMTP ingress against a gateway whose worker is paused, so what was queued can be inspected.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../lambdas/local/gateway';
import { storageError } from '../../lambdas/local/smtp-ingress';
import { client, RawSmtp, startTestGateway, tempDir } from './helpers';

const MAX_BYTES = 32 * 1024;

describe('SMTP ingress', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let gw: Gateway;

  beforeAll(async () => {
    dir = await tempDir();
    gw = await startTestGateway(dir.path, { worker: false, maxMessageBytes: MAX_BYTES, maxRecipients: 3 });
  });
  afterAll(async () => {
    await gw.stop();
    await dir.remove();
  });

  const queued = async () => {
    const names = (await readdir(join(dir.path, 'queue'))).filter((n) => n.endsWith('.json'));
    return Promise.all(
      names.map(async (n) => JSON.parse(await readFile(join(dir.path, 'queue', n), 'utf8')).submission),
    );
  };
  const queuedIds = async () => new Set((await queued()).map((s: { id: string }) => s.id));

  it('accepts over STARTTLS + AUTH and queues the full envelope, Bcc included, with the raw bytes', async () => {
    const transport = client(gw);
    const info = await transport.sendMail({
      from: 'rep@seller.example',
      to: 'a@buyer.example',
      cc: 'c@buyer.example',
      bcc: 'hidden@other.example',
      subject: 'Agenda',
      text: 'See you Tuesday.',
    });
    transport.close();

    const id = /queued as (\S+)/.exec(info.response)?.[1];
    const submission = (await queued()).find((s: { id: string }) => s.id === id);
    expect(info.response).toMatch(/^250 /);
    expect(submission).toMatchObject({
      envelope: {
        mailFrom: 'rep@seller.example',
        rcptTo: ['a@buyer.example', 'c@buyer.example', 'hidden@other.example'],
      },
      raw: { bucket: gw.bucket, key: `raw/${id}.eml` },
      ingress: 'local',
      envelopeSource: 'smtp',
    });
    const raw = await readFile(join(dir.path, 'spool', `${id}.eml`), 'utf8');
    expect(raw).toMatch(/See you Tuesday/);
    expect(raw).not.toMatch(/^Bcc:/m);
  });

  it('announces SIZE and STARTTLS, and refuses AUTH before STARTTLS', async () => {
    const smtp = await RawSmtp.connect(gw.smtpPort);
    try {
      const ehlo = await smtp.command('EHLO test.example');
      expect(ehlo).toMatch(new RegExp(`250[ -]SIZE ${MAX_BYTES}\r\n`));
      expect(ehlo).toMatch(/250[ -]STARTTLS/);

      expect(await smtp.command('AUTH PLAIN AGRldgBwYXNz')).toMatch(/^538 /);
      expect(await smtp.command('MAIL FROM:<rep@seller.example>')).toMatch(/^530 /);
    } finally {
      smtp.destroy();
    }
  });

  it('refuses a wrong password with 535', async () => {
    const transport = client(gw, { username: gw.devCredentials.username, password: 'wrong', source: 'env' });
    await expect(
      transport.sendMail({ from: 'rep@seller.example', to: 'a@buyer.example', text: 'x' }),
    ).rejects.toMatchObject({ responseCode: 535 });
    transport.close();
  });

  it('answers malformed commands with 5xx and keeps the session usable', async () => {
    const smtp = await RawSmtp.connect(gw.smtpPort);
    try {
      expect(await smtp.command('HELLO?')).toMatch(/^50\d /);
      expect(await smtp.command('EHLO')).toMatch(/^501 /);
      expect(await smtp.command('EHLO test.example')).toMatch(/^250[ -]/);
    } finally {
      smtp.destroy();
    }
  });

  it('refuses recipients beyond the limit with 452; the envelope holds only the accepted ones', async () => {
    const transport = client(gw);
    const info = await transport.sendMail({
      from: 'rep@seller.example',
      to: ['r1@buyer.example', 'r2@buyer.example', 'r3@buyer.example', 'r4@buyer.example'],
      text: 'x',
    });
    transport.close();

    expect(info.rejected).toEqual(['r4@buyer.example']);
    expect(String(info.rejectedErrors?.[0]?.message)).toMatch(/452 Error: too many recipients/);
    const id = /queued as (\S+)/.exec(info.response)?.[1];
    const submission = (await queued()).find((s: { id: string }) => s.id === id);
    expect(submission.envelope.rcptTo).toEqual(['r1@buyer.example', 'r2@buyer.example', 'r3@buyer.example']);
  });

  it('rejects an oversize message with 552 and queues nothing', async () => {
    const before = await queuedIds();
    const transport = client(gw);
    await expect(
      transport.sendMail({
        from: 'rep@seller.example',
        to: 'a@buyer.example',
        text: 'x'.repeat(MAX_BYTES * 2),
      }),
    ).rejects.toMatchObject({ responseCode: 552 });
    transport.close();
    expect(await queuedIds()).toEqual(before);
  });

  it('accepts non-MIME garbage (the filter holds it as unscannable)', async () => {
    const transport = client(gw);
    const garbage = Buffer.from([0, 1, 2, 255, 254, 13, 10, 0x80, 0x81, 13, 10]);
    const info = await transport.sendMail({
      envelope: { from: 'rep@seller.example', to: ['a@buyer.example'] },
      raw: garbage,
    });
    transport.close();
    const id = /queued as (\S+)/.exec(info.response)?.[1];
    expect((await readFile(join(dir.path, 'spool', `${id}.eml`))).subarray(0, 4)).toEqual(
      garbage.subarray(0, 4),
    );
  });

  it('queues nothing when the client disconnects in the middle of DATA', async () => {
    const before = await queuedIds();
    // AUTH needs TLS, so this speaks SMTP by hand over STARTTLS and drops the socket mid-DATA.
    const tls = await import('node:tls');
    const net = await import('node:net');
    const socket = net.connect(gw.smtpPort, '127.0.0.1');
    const read = async (s: NodeJS.ReadableStream & { once: typeof socket.once }) =>
      new Promise<string>((resolve) => s.once('data', (d: Buffer) => resolve(d.toString())));
    await read(socket);
    socket.write('EHLO test.example\r\n');
    await read(socket);
    socket.write('STARTTLS\r\n');
    await read(socket);
    const secure = tls.connect({ socket, rejectUnauthorized: false });
    await new Promise((r) => secure.once('secureConnect', r));
    const creds = Buffer.from(`\0${gw.devCredentials.username}\0${gw.devCredentials.password}`).toString(
      'base64',
    );
    const steps = [
      'EHLO test.example',
      `AUTH PLAIN ${creds}`,
      'MAIL FROM:<rep@seller.example>',
      'RCPT TO:<a@buyer.example>',
      'DATA',
    ];
    for (const line of steps) {
      secure.write(`${line}\r\n`);
      let reply = await read(secure);
      while (!/^\d{3} /m.test(reply)) reply += await read(secure);
      expect(reply).toMatch(/^(250|235|354)/m);
    }
    secure.write('Subject: half\r\n\r\nthe first half of a message');
    await new Promise((r) => setTimeout(r, 100));
    secure.destroy();
    await new Promise((r) => setTimeout(r, 300));

    expect(await queuedIds()).toEqual(before);
  });

  it('answers 451 and keeps nothing when the queue cannot be written', async () => {
    const queueDir = join(dir.path, 'queue');
    const saved = await queued();
    const spooled = await readdir(join(dir.path, 'spool'));
    await rm(queueDir, { recursive: true });
    await writeFile(queueDir, 'not a directory'); // every write under queue/ now fails (even as root)
    try {
      const transport = client(gw);
      await expect(
        transport.sendMail({ from: 'rep@seller.example', to: 'a@buyer.example', text: 'x' }),
      ).rejects.toMatchObject({ responseCode: 451 });
      transport.close();
      expect(await readdir(join(dir.path, 'spool'))).toEqual(spooled);
    } finally {
      // Put the earlier entries back for the tests that follow.
      await rm(queueDir);
      await mkdir(queueDir);
      for (const s of saved) {
        await writeFile(
          join(queueDir, `${s.id}.json`),
          JSON.stringify({ submission: s, receiveCount: 0, sentAt: 0, notBefore: 0, errors: [] }),
        );
      }
    }
  });

  it('answers 452 without writing anything when the disk is nearly full', async () => {
    // A reserve larger than any disk: every message would go below it.
    const full = await startTestGateway(join(dir.path, 'full'), {
      worker: false,
      diskReserveBytes: Number.MAX_SAFE_INTEGER,
    });
    try {
      const transport = client(full);
      await expect(
        transport.sendMail({ from: 'rep@seller.example', to: 'a@buyer.example', text: 'x' }),
      ).rejects.toMatchObject({ responseCode: 452 });
      transport.close();
      expect(await readdir(join(dir.path, 'full', 'queue'))).toEqual([]);
      expect(await readdir(join(dir.path, 'full', 'spool'))).toEqual([]);
    } finally {
      await full.stop();
    }
  });

  it('maps a full disk to 452 and other storage errors to 451', () => {
    const enospc = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    const eio = Object.assign(new Error('i/o error'), { code: 'EIO' });

    expect(storageError(enospc).responseCode).toBe(452);
    expect(storageError(eio).responseCode).toBe(451);
  });
});
