// The console server: route table, security headers, escaping of every value.
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../lambdas/local/gateway';
import { CONTENT_SECURITY_POLICY, h, hostAllowed, json } from '../../lambdas/local/http';
import { Outbox } from '../../lambdas/local/outbox';
import { startTestGateway, tempDir } from './helpers';

const XSS = '<script>alert(1)</script>"\'><img src=x onerror=alert(2)>';

describe('HTTP console', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let gw: Gateway;
  let base: string;

  beforeAll(async () => {
    dir = await tempDir();
    gw = await startTestGateway(dir.path, {
      worker: false,
      routes: [
        { method: 'GET', path: '/api/holds/:id', handle: ({ params }) => json(200, { id: params.id }) },
      ],
      // A feature that needs the running stack (as approvals will: users, table, public URL).
      extensions: (ctx) => [
        {
          method: 'POST',
          path: '/api/me',
          handle: async ({ body }) => {
            const { username, password } = JSON.parse((await body()).toString());
            const ok = await ctx.users.verify(username, password);
            return json(ok ? 200 : 401, { ok, table: ctx.tableName, publicUrl: ctx.publicUrl });
          },
        },
      ],
    });
    base = `http://127.0.0.1:${gw.httpPort}`;
    // An outbox entry whose subject and addresses carry markup.
    const outbox = new Outbox(join(dir.path, 'outbox'));
    await outbox.add(
      Buffer.from('Subject: x\r\n\r\nbody'),
      {
        messageId: 'm1',
        api: 'ses:SendRawEmail',
        source: `"${XSS}"@seller.example`,
        destinations: ['a@buyer.example'],
        destinationSource: 'request',
        subject: XSS,
      },
      false,
    );
  });
  afterAll(async () => {
    await gw.stop();
    await dir.remove();
  });

  it('reports health as JSON: SMTP, queue depth and DLQ depth', async () => {
    const res = await fetch(`${base}/health`);

    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      smtp: { listening: true, port: gw.smtpPort },
      queue: { depth: 0, inFlight: 0, worker: 'paused' },
      dlq: { depth: 0 },
    });
  });

  it('escapes every value and sends a strict CSP with no inline script', async () => {
    const res = await fetch(`${base}/outbox`);
    const page = await res.text();

    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page).not.toContain('<script');
    expect(page).not.toContain('<img');
    expect(page).toContain('&#60;script&#62;alert(1)&#60;&#47;script&#62;');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline/);
  });

  it('serves an outbox message as inert text, sandboxed', async () => {
    const res = await fetch(`${base}/outbox/m1/raw`);

    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe('sandbox');
    expect(await res.text()).toBe('Subject: x\r\n\r\nbody');
  });

  it('lets later features add routes with path parameters', async () => {
    const res = await fetch(`${base}/api/holds/abc%2Fdef`);

    expect(await res.json()).toEqual({ id: 'abc/def' });
  });

  it('gives extensions the running stack', async () => {
    const post = (password: string) =>
      fetch(`${base}/api/me`, {
        method: 'POST',
        body: JSON.stringify({ username: gw.devCredentials.username, password }),
      });

    expect(await (await post(gw.devCredentials.password)).json()).toEqual({
      ok: true,
      table: gw.tableName,
      publicUrl: base,
    });
    expect((await post('wrong')).status).toBe(401);
  });

  it('refuses a foreign Host header on the loopback console (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: gw.httpPort,
          path: '/api/messages',
          headers: { host: 'evil.example:8025' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });

    expect(status).toBe(421);
    expect(hostAllowed(`localhost:${gw.httpPort}`, '127.0.0.1')).toBe(true);
    expect(hostAllowed('anything.example', '0.0.0.0')).toBe(true);
  });

  it('answers unknown paths with 404 and wrong methods with 405', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    const res = await fetch(`${base}/health`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
  });

  it('shows the message log page (empty before any mail)', async () => {
    const res = await fetch(`${base}/messages`);

    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/No messages yet/);
  });
});

describe('h (HTML template)', () => {
  it('escapes interpolated values and nests escaped fragments unchanged', () => {
    const inner = h`<b>${'<i>'}</b>`;
    expect(h`<p>${inner}${['&', '"']}</p>`.value).toBe('<p><b>&#60;i&#62;</b>&#38;&#34;</p>');
  });
});
