// Local console sign-in: the authorization-code + PKCE path of Cognito's hosted UI, the ID token's
// claims, and the edge's checks on /api/* (signature, issuer, audience, expiry).
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeJwt, generateKeyPair, importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleUsers } from '../../lambdas/local/console-users';
import type { Gateway } from '../../lambdas/local/gateway';
import { startOAuth } from '../../lambdas/local/oauth';
import { authorizeUrl, CLIENT_ID, exchange, openForm, pkce, signIn, submitForm } from './console-auth';
import { startTestGateway, startTestOAuth, tempDir } from './helpers';

const XSS = '"><script>alert(1)</script>';

describe('local sign-in on the gateway', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let dist: Awaited<ReturnType<typeof tempDir>>;
  let gw: Gateway;
  let base: string;
  let admin: { email: string; password: string };
  let approver: { email: string; password: string };

  beforeAll(async () => {
    dir = await tempDir();
    dist = await tempDir('poise-dist-');
    await mkdir(join(dist.path, 'assets'));
    await writeFile(join(dist.path, 'index.html'), '<!doctype html><title>console</title>');
    await writeFile(join(dist.path, 'assets', 'app-1a2b.js'), 'console.log(1)');
    await writeFile(join(dist.path, 'assets', 'app-1a2b.css'), 'body{}');
    await writeFile(join(dir.path, 'secret.txt'), 'not for the web');
    gw = await startTestGateway(dir.path, { worker: false, consoleDir: dist.path, sweepIntervalMs: 0 });
    base = `http://127.0.0.1:${gw.httpPort}`;
    const find = (email: string) => {
      const u = gw.consoleUsers.find((x) => x.email === email);
      if (!u) throw new Error(`no ${email}`);
      return u;
    };
    admin = find('admin@localhost.localdomain');
    approver = find('approver@localhost.localdomain');
  });
  afterAll(async () => {
    await gw?.stop();
    await dir?.remove();
    await dist?.remove();
  });

  it('makes an admin and an approver with one random password, kept 0600 in the data dir', async () => {
    expect(gw.consoleUsers.map((u) => [u.email, u.groups])).toEqual([
      ['admin@localhost.localdomain', ['admins']],
      ['approver@localhost.localdomain', ['approvers']],
    ]);
    expect(admin.password).toMatch(/^[\w-]{20,}$/);
    for (const file of ['console-users.json', 'console-credentials.json', 'oauth-signing-key.json']) {
      expect(((await stat(join(dir.path, file))).mode & 0o777).toString(8)).toBe('600');
    }
    // Only hashes in the users file.
    expect(await readFile(join(dir.path, 'console-users.json'), 'utf8')).not.toContain(admin.password);
  });

  it('serves the console configuration for the hosted-UI contract', async () => {
    const res = await fetch(`${base}/console/config.json`);
    expect(await res.json()).toEqual({
      apiUrl: '',
      environment: 'local',
      auth: {
        authorizeUrl: '/oauth2/authorize',
        tokenUrl: '/oauth2/token',
        logoutUrl: '/logout',
        clientId: 'poise-console',
        scope: 'openid email',
      },
    });
  });

  it('shows an escaped sign-in form with a strict CSP and an HttpOnly, Secure, SameSite=Strict CSRF cookie', async () => {
    const form = await openForm(authorizeUrl(base, { state: XSS }));
    const page = await fetch(authorizeUrl(base, { state: XSS })).then((r) => r.text());

    expect(form.res.status).toBe(200);
    expect(form.res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(form.res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(form.res.headers.get('set-cookie')).toMatch(
      /^poise_oauth_csrf=[\w-]+; HttpOnly; Secure; SameSite=Strict; Path=\/oauth2/,
    );
    expect(page).not.toContain('<script>');
    expect(page).not.toMatch(/\sstyle=/);
    expect(form.fields.state).toBe(XSS);
    expect(form.fields.csrf).toMatch(/^[\w-]{43}$/);
  });

  it.each([
    ['another origin', { redirect_uri: 'https://evil.example/console/' }],
    ['another path', { redirect_uri: 'REPLACE/messages' }],
    ['another client', { client_id: 'other' }],
    ['no PKCE', { code_challenge: undefined }],
    ['plain PKCE', { code_challenge_method: 'plain' }],
    ['implicit flow', { response_type: 'token' }],
  ])('refuses an authorize request with %s (400, no redirect)', async (_, over) => {
    const o: Record<string, string | undefined> = { ...over };
    if (o.redirect_uri?.startsWith('REPLACE')) o.redirect_uri = o.redirect_uri.replace('REPLACE', base);
    const res = await fetch(authorizeUrl(base, o), { redirect: 'manual' });

    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
  });

  it('signs in with the code flow: a redirect with code and state, tokens with Cognito claims, the actor on /api/me', async () => {
    const { verifier, challenge } = pkce();
    const form = await openForm(authorizeUrl(base, { code_challenge: challenge, state: 'abc 123' }));
    const res = await submitForm(base, form, admin);

    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${base}/console/`);
    expect(location.searchParams.get('state')).toBe('abc 123');
    const code = location.searchParams.get('code') ?? '';
    expect(code).toMatch(/^[\w-]{43}$/);

    const tokens = await exchange(base, { code, redirect_uri: `${base}/console/`, code_verifier: verifier });
    expect(tokens.status).toBe(200);
    expect(tokens.headers.get('cache-control')).toBe('no-store');
    const body = (await tokens.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const claims = decodeJwt(body.id_token as string);
    expect(claims).toMatchObject({
      iss: base,
      aud: CLIENT_ID,
      email: 'admin@localhost.localdomain',
      email_verified: true,
      'cognito:groups': ['admins'],
      token_use: 'id',
    });
    expect((claims.exp as number) - (claims.iat as number)).toBe(3600);

    const me = await fetch(`${base}/api/me`, { headers: { authorization: `Bearer ${body.id_token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: 'admin@localhost.localdomain', groups: ['admins'] });
    // The access token is not what the API takes (no audience, no email), as with Cognito.
    const withAccess = await fetch(`${base}/api/me`, {
      headers: { authorization: `Bearer ${body.access_token}` },
    });
    expect(withAccess.status).toBe(401);
  });

  it('shows the form again on a wrong password, with no code', async () => {
    const form = await openForm(authorizeUrl(base));
    const res = await submitForm(base, form, { email: approver.email, password: `${approver.password}x` });

    expect(res.status).toBe(401);
    expect(res.headers.get('location')).toBeNull();
    const page = await res.text();
    expect(page).toContain('Wrong email or password.');
    expect(page).toContain('name="password"');
  });

  it('refuses a form without its CSRF cookie, or posted from another origin', async () => {
    const form = await openForm(authorizeUrl(base));
    const noCookie = await submitForm(base, { ...form, cookie: '' }, approver);
    expect(noCookie.status).toBe(401);
    expect(noCookie.headers.get('location')).toBeNull();

    const otherCookie = (await openForm(authorizeUrl(base))).cookie;
    const swapped = await submitForm(base, { ...form, cookie: otherCookie }, approver);
    expect(swapped.headers.get('location')).toBeNull();

    const crossSite = await submitForm(base, form, approver, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(400);
    expect(crossSite.headers.get('location')).toBeNull();
  });

  it('binds the code to its PKCE challenge and redirect_uri, and takes it once', async () => {
    const codeFor = async () => {
      const p = pkce();
      const form = await openForm(authorizeUrl(base, { code_challenge: p.challenge }));
      const res = await submitForm(base, form, approver);
      return { ...p, code: new URL(res.headers.get('location') ?? '').searchParams.get('code') ?? '' };
    };
    const redirect_uri = `${base}/console/`;

    const a = await codeFor();
    const mismatch = await exchange(base, { code: a.code, redirect_uri, code_verifier: pkce().verifier });
    expect(mismatch.status).toBe(400);
    expect(await mismatch.json()).toMatchObject({ error: 'invalid_grant' });
    // A failed attempt used the code up.
    const after = await exchange(base, { code: a.code, redirect_uri, code_verifier: a.verifier });
    expect(after.status).toBe(400);

    const b = await codeFor();
    const first = await exchange(base, { code: b.code, redirect_uri, code_verifier: b.verifier });
    expect(first.status).toBe(200);
    const replay = await exchange(base, { code: b.code, redirect_uri, code_verifier: b.verifier });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: 'invalid_grant' });

    const c = await codeFor();
    const otherUri = await exchange(base, {
      code: c.code,
      redirect_uri: `${base}/console/other`,
      code_verifier: c.verifier,
    });
    expect(await otherUri.json()).toMatchObject({ error: 'invalid_grant' });

    const d = await codeFor();
    const otherClient = await exchange(base, {
      code: d.code,
      redirect_uri,
      code_verifier: d.verifier,
      client_id: 'someone-else',
    });
    expect(await otherClient.json()).toMatchObject({ error: 'invalid_grant' });

    const wrongGrant = await exchange(base, { grant_type: 'password', username: 'a', password: 'b' });
    expect(await wrongGrant.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('refuses a forged, tampered or foreign token on /api/* with 401', async () => {
    const good = await signIn(base, approver);
    const [h, p, s] = good.split('.') as [string, string, string];
    const claims = decodeJwt(good);
    const other = await generateKeyPair('ES256');
    const forged = await new SignJWT({ ...claims, 'cognito:groups': ['admins'] })
      .setProtectedHeader({ alg: 'ES256' })
      .sign(other.privateKey);
    const elevated = Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['admins'] })).toString(
      'base64url',
    );
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${p}.`;

    for (const token of [forged, `${h}.${elevated}.${s}`, none, 'not-a-jwt']) {
      const res = await fetch(`${base}/api/holds`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status, token.slice(0, 20)).toBe(401);
    }
    const anonymous = await fetch(`${base}/api/holds`);
    expect(anonymous.status).toBe(401);
    const ok = await fetch(`${base}/api/holds`, { headers: { authorization: `Bearer ${good}` } });
    expect(ok.status).toBe(200);
  });

  it('refuses an expired token, or one for another audience, signed with the real key (401)', async () => {
    const jwk = JSON.parse(await readFile(join(dir.path, 'oauth-signing-key.json'), 'utf8'));
    const key = await importJWK(jwk, 'ES256');
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      email: approver.email,
      email_verified: true,
      'cognito:groups': ['approvers'],
      token_use: 'id',
    };
    const make = (o: { iat: number; exp: number; aud: string; iss?: string }) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid: jwk.kid })
        .setIssuer(o.iss ?? base)
        .setAudience(o.aud)
        .setIssuedAt(o.iat)
        .setExpirationTime(o.exp)
        .sign(key);
    const valid = await make({ iat: now, exp: now + 600, aud: CLIENT_ID });
    const expired = await make({ iat: now - 7200, exp: now - 3600, aud: CLIENT_ID });
    const otherAudience = await make({ iat: now, exp: now + 600, aud: 'another-client' });
    const otherIssuer = await make({ iat: now, exp: now + 600, aud: CLIENT_ID, iss: 'https://evil.example' });
    const me = (t: string) => fetch(`${base}/api/me`, { headers: { authorization: `Bearer ${t}` } });

    expect((await me(valid)).status).toBe(200);
    expect((await me(expired)).status).toBe(401);
    expect((await me(otherAudience)).status).toBe(401);
    expect((await me(otherIssuer)).status).toBe(401);
  });

  it('logs out to a same-origin URI only, clearing the cookie', async () => {
    const res = await fetch(
      `${base}/logout?client_id=${CLIENT_ID}&logout_uri=${encodeURIComponent(`${base}/console/`)}`,
      { redirect: 'manual' },
    );
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(`${base}/console/`);
    expect(res.headers.get('set-cookie')).toMatch(/^poise_oauth_csrf=; .*Max-Age=0/);

    const away = await fetch(
      `${base}/logout?client_id=${CLIENT_ID}&logout_uri=${encodeURIComponent('https://evil.example/')}`,
      { redirect: 'manual' },
    );
    expect(away.status).toBe(400);
    expect(away.headers.get('location')).toBeNull();
  });

  it('serves the built console: index, assets with their types, 404 for missing files and traversal', async () => {
    const root = await fetch(`${base}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/console/');

    const index = await fetch(`${base}/console/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<title>console</title>');

    const js = await fetch(`${base}/console/assets/app-1a2b.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    expect((await fetch(`${base}/console/assets/app-1a2b.css`)).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await fetch(`${base}/console/assets/missing.js`)).status).toBe(404);
    for (const path of [
      '/console/assets/..%2F..%2Fsecret.txt',
      '/console/%2e%2e/secret.txt',
      '/console/..%5csecret.txt',
      '/console/assets/%2Fetc%2Fpasswd',
    ]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('not for the web');
    }
    // Kept as they were.
    for (const path of ['/messages', '/outbox', '/health']) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(200);
    }
  });
});

describe('local sign-in, with a clock', () => {
  let local: Awaited<ReturnType<typeof startTestOAuth>>;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let oauth: Awaited<ReturnType<typeof startOAuth>>;
  let base: string;
  let user: { email: string; password: string };
  let t = Date.parse('2026-11-27T10:00:00Z');

  beforeAll(async () => {
    local = await startTestOAuth({ now: () => new Date(t) });
    ({ dir, oauth, base, user } = local);
  });
  afterAll(async () => {
    await local?.close();
  });

  it('refuses a code older than 5 minutes', async () => {
    const p = pkce();
    const form = await openForm(authorizeUrl(base, { code_challenge: p.challenge }));
    const res = await submitForm(base, form, user);
    const code = new URL(res.headers.get('location') ?? '').searchParams.get('code') ?? '';
    t += 5 * 60_000 + 1;

    const late = await exchange(base, { code, redirect_uri: `${base}/console/`, code_verifier: p.verifier });
    expect(late.status).toBe(400);
    expect(await late.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('takes a token until it expires, then not; nor one for another audience or issuer', async () => {
    const token = await oauth.idToken({ email: user.email, groups: ['approvers'] });
    expect(await oauth.actorOf(`Bearer ${token}`)).toEqual({ email: user.email, groups: ['approvers'] });
    t += 3600_000 + 1000;
    expect(await oauth.actorOf(`Bearer ${token}`)).toBe('invalid');

    const fresh = await oauth.idToken({ email: user.email, groups: ['approvers'] });
    const restarted = await startOAuth({
      dataDir: dir.path,
      publicUrl: 'http://127.0.0.1:1',
      users: await ConsoleUsers.open(dir.path),
      now: () => new Date(t),
    });
    // Same key (kept in the data dir) but another issuer.
    expect(await restarted.actorOf(`Bearer ${fresh}`)).toBe('invalid');
    expect(await oauth.actorOf('Basic abc')).toBe('invalid');
    expect(await oauth.actorOf(undefined)).toBeUndefined();
  });
});
