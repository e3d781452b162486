// Local sign-in for the console: the same authorization-code + PKCE path as Cognito's hosted UI
// (/oauth2/authorize, /oauth2/token, /logout), so the console SPA runs unchanged against either.
// ID tokens are ES256 JWTs with Cognito's claims, signed with a key kept in the data dir; the local
// edge verifies them on /api/* and turns the claims into the actor with the AWS handler's own code.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import {
  type CryptoKey,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from 'jose';
import type { ApiActor } from '../app/approvals-api';
import { type ApprovalsEvent, actorFrom } from '../handlers/approvals-handler';
import { layout } from './console';
import type { ConsoleUsers } from './console-users';
import { writeFileDurable } from './fsutil';
import {
  type HttpResponse,
  h,
  html,
  json,
  type RequestContext,
  type Route,
  redirect,
  type SafeHtml,
} from './http';
import { SignInGuard, waitText } from './sign-in-guard';
import { readJson } from './users';

export const CLIENT_ID = 'poise-console';
export const SIGNING_KEY_FILE = 'oauth-signing-key.json';
const CODE_TTL_MS = 5 * 60_000;
const TOKEN_TTL_SECONDS = 3600;
const CSRF_COOKIE = 'poise_oauth_csrf';
const ALG = 'ES256';
// RFC 7636: 43-128 characters of [A-Za-z0-9-._~]; S256 challenges are 43 base64url characters.
const VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;
const CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

interface AuthorizeParams {
  clientId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  scope: string;
  nonce: string;
}

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  nonce: string;
  email: string;
  groups: string[];
  expiresAt: number;
}

export interface OAuthServer {
  routes: Route[];
  /** The actor of a request to /api/*: undefined without a bearer, 'invalid' for a bad token. */
  actorOf(authorization: string | undefined): Promise<ApiActor | undefined | 'invalid'>;
  /** Signs an ID token as /oauth2/token would (tests). */
  idToken(user: { email: string; groups: string[] }, opts?: { expiresInSeconds?: number }): Promise<string>;
}

export interface OAuthOptions {
  dataDir: string;
  /** Issuer and the only origin redirect and logout URIs may point at. */
  publicUrl: string;
  users: ConsoleUsers;
  now?: () => Date;
  /** Locks an account after repeated wrong passwords (default: 5 within 15 minutes lock it for 15). */
  guard?: SignInGuard;
}

export async function startOAuth(opts: OAuthOptions): Promise<OAuthServer> {
  const now = opts.now ?? (() => new Date());
  const issuer = opts.publicUrl.replace(/\/+$/, '');
  const origin = new URL(issuer).origin;
  const { privateKey, publicKey, kid } = await loadOrCreateSigningKey(join(opts.dataDir, SIGNING_KEY_FILE));
  // Binds the form's CSRF field to the cookie; a fresh secret per start only costs an open form.
  const csrfSecret = randomBytes(32);
  const codes = new Map<string, IssuedCode>();
  const guard = opts.guard ?? new SignInGuard();

  const csrfFor = (cookie: string) =>
    createHmac('sha256', csrfSecret).update(cookie).digest().toString('base64url');

  async function sign(payload: JWTPayload, audience: string | undefined, ttl: number): Promise<string> {
    const iat = Math.floor(now().getTime() / 1000);
    const jwt = new SignJWT(payload)
      .setProtectedHeader({ alg: ALG, kid, typ: 'JWT' })
      .setIssuer(issuer)
      .setIssuedAt(iat)
      .setExpirationTime(iat + ttl)
      .setJti(randomBytes(12).toString('base64url'));
    if (audience) jwt.setAudience(audience);
    return jwt.sign(privateKey);
  }

  function idToken(
    user: { email: string; groups: string[] },
    o: { expiresInSeconds?: number; nonce?: string } = {},
  ) {
    return sign(
      {
        sub: subjectOf(user.email),
        email: user.email,
        email_verified: true,
        'cognito:groups': user.groups,
        'cognito:username': user.email,
        token_use: 'id',
        auth_time: Math.floor(now().getTime() / 1000),
        ...(o.nonce ? { nonce: o.nonce } : {}),
      },
      CLIENT_ID,
      o.expiresInSeconds ?? TOKEN_TTL_SECONDS,
    );
  }

  /** The parameters of an authorize request, or why it is refused (never redirected to an unknown URI). */
  function authorizeParams(get: (name: string) => string | null): AuthorizeParams | string {
    if (get('client_id') !== CLIENT_ID) return 'unknown client_id';
    const redirectUri = get('redirect_uri') ?? '';
    if (!consoleUri(redirectUri, origin)) return `redirect_uri must be under ${origin}/console/`;
    if (get('response_type') !== 'code') return 'response_type must be code';
    if (get('code_challenge_method') !== 'S256') return 'code_challenge_method must be S256';
    const codeChallenge = get('code_challenge') ?? '';
    if (!CHALLENGE.test(codeChallenge)) return 'code_challenge must be a base64url SHA-256';
    const scope = get('scope') ?? 'openid email';
    if (!scope.split(' ').includes('openid')) return 'scope must include openid';
    const state = get('state') ?? '';
    const nonce = get('nonce') ?? '';
    if (state.length > 1024 || nonce.length > 256) return 'state or nonce too long';
    return { clientId: CLIENT_ID, redirectUri, state, codeChallenge, scope, nonce };
  }

  function signInForm(p: AuthorizeParams, error?: string, status = error ? 401 : 200): HttpResponse {
    const cookie = randomBytes(24).toString('base64url');
    const res = html(status, signInPage(p, csrfFor(cookie), error));
    res.headers = {
      ...res.headers,
      'set-cookie': `${CSRF_COOKIE}=${cookie}; HttpOnly; Secure; SameSite=Strict; Path=/oauth2; Max-Age=900`,
      // Under no-referrer a browser posts the form with `Origin: null`; same-origin keeps the real one.
      'referrer-policy': 'same-origin',
    };
    return res;
  }

  async function authorizePost(ctx: RequestContext): Promise<HttpResponse> {
    const requestOrigin = ctx.req.headers.origin;
    if (requestOrigin && requestOrigin !== origin) return badRequest('cross-origin form');
    const form = await formBody(ctx);
    if (!form) return badRequest('not the sign-in form');
    const params = authorizeParams((n) => form.get(n));
    if (typeof params === 'string') return badRequest(params);
    const cookie = cookieValue(ctx.req.headers.cookie, CSRF_COOKIE);
    if (!cookie || !sameText(form.get('csrf') ?? '', csrfFor(cookie))) {
      return signInForm(params, 'Your sign-in form expired. Please sign in again.');
    }
    const email = form.get('email') ?? '';
    const { wait, result: user } = await guard.attempt(email, () =>
      opts.users.verify(email, form.get('password') ?? ''),
    );
    if (wait) {
      return signInForm(
        params,
        `Too many failed sign-ins for this account. Try again in ${waitText(wait)}.`,
        429,
      );
    }
    if (!user) return signInForm(params, 'Wrong email or password.');
    const code = randomBytes(32).toString('base64url');
    sweepCodes();
    codes.set(code, {
      clientId: params.clientId,
      redirectUri: params.redirectUri,
      codeChallenge: params.codeChallenge,
      nonce: params.nonce,
      email: user.email,
      groups: user.groups,
      expiresAt: now().getTime() + CODE_TTL_MS,
    });
    const target = new URL(params.redirectUri);
    target.searchParams.set('code', code);
    if (params.state) target.searchParams.set('state', params.state);
    const res = redirect(target.toString());
    res.headers = { ...res.headers, 'set-cookie': clearCookie() };
    return res;
  }

  async function token(ctx: RequestContext): Promise<HttpResponse> {
    const form = await formBody(ctx);
    if (!form) return oauthError(400, 'invalid_request', 'send application/x-www-form-urlencoded');
    if (form.get('grant_type') !== 'authorization_code') {
      return oauthError(400, 'unsupported_grant_type', 'only authorization_code');
    }
    const code = form.get('code') ?? '';
    const issued = codes.get(code);
    // Single use: gone after the first attempt, whether it succeeds or not.
    codes.delete(code);
    if (!issued || issued.expiresAt <= now().getTime()) {
      return oauthError(400, 'invalid_grant', 'unknown, used or expired code');
    }
    if (form.get('client_id') !== issued.clientId || form.get('redirect_uri') !== issued.redirectUri) {
      return oauthError(400, 'invalid_grant', 'code was issued to another client or redirect_uri');
    }
    const verifier = form.get('code_verifier') ?? '';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (!VERIFIER.test(verifier) || !sameText(challenge, issued.codeChallenge)) {
      return oauthError(400, 'invalid_grant', 'code_verifier does not match the challenge');
    }
    const user = { email: issued.email, groups: issued.groups };
    const body = {
      id_token: await idToken(user, { nonce: issued.nonce }),
      // Like Cognito's: no audience, so the edge (which wants an ID token) refuses it on /api/*.
      access_token: await sign(
        {
          sub: subjectOf(user.email),
          client_id: CLIENT_ID,
          scope: 'openid email',
          token_use: 'access',
          'cognito:groups': user.groups,
        },
        undefined,
        TOKEN_TTL_SECONDS,
      ),
      token_type: 'Bearer',
      expires_in: TOKEN_TTL_SECONDS,
    };
    const res = json(200, body);
    res.headers = { ...res.headers, pragma: 'no-cache' };
    return res;
  }

  function sweepCodes(): void {
    const t = now().getTime();
    for (const [code, issued] of codes) if (issued.expiresAt <= t) codes.delete(code);
  }

  const routes: Route[] = [
    {
      method: 'GET',
      path: '/oauth2/authorize',
      handle: ({ url }) => {
        const params = authorizeParams((n) => url.searchParams.get(n));
        return typeof params === 'string' ? badRequest(params) : signInForm(params);
      },
    },
    { method: 'POST', path: '/oauth2/authorize', handle: authorizePost },
    { method: 'POST', path: '/oauth2/token', handle: token },
    {
      method: 'GET',
      path: '/logout',
      handle: ({ url }) => {
        if (url.searchParams.get('client_id') !== CLIENT_ID) return badRequest('unknown client_id');
        const target = url.searchParams.get('logout_uri') ?? '';
        if (!sameOrigin(target, origin)) return badRequest(`logout_uri must be on ${origin}`);
        const res = redirect(target);
        res.headers = { ...res.headers, 'set-cookie': clearCookie() };
        return res;
      },
    },
    {
      method: 'GET',
      path: '/console/config.json',
      handle: () =>
        json(200, {
          apiUrl: '',
          environment: 'local',
          auth: {
            authorizeUrl: '/oauth2/authorize',
            tokenUrl: '/oauth2/token',
            logoutUrl: '/logout',
            clientId: CLIENT_ID,
            scope: 'openid email',
          },
        }),
    },
  ];

  return {
    routes,
    idToken: (user, o) => idToken(user, o),
    async actorOf(authorization) {
      if (authorization === undefined || authorization === '') return undefined;
      const m = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization);
      if (!m) return 'invalid';
      let claims: JWTPayload;
      try {
        ({ payload: claims } = await jwtVerify(m[1] as string, publicKey, {
          issuer,
          audience: CLIENT_ID,
          algorithms: [ALG],
          requiredClaims: ['exp', 'iat', 'email'],
          currentDate: now(),
        }));
      } catch {
        return 'invalid';
      }
      if (claims.token_use !== 'id') return 'invalid';
      // The claims as API Gateway's JWT authorizer hands them over: one mapping for both edges.
      const event = { requestContext: { authorizer: { jwt: { claims } } } } as unknown as ApprovalsEvent;
      return actorFrom(event) ?? 'invalid';
    },
  };
}

async function loadOrCreateSigningKey(
  path: string,
): Promise<{ privateKey: CryptoKey; publicKey: CryptoKey; kid: string }> {
  let jwk = await readJson<JWK>(path);
  if (!jwk) {
    const pair = await generateKeyPair(ALG, { extractable: true });
    jwk = { ...(await exportJWK(pair.privateKey)), alg: ALG, kid: randomBytes(8).toString('hex') };
    await writeFileDurable(path, `${JSON.stringify(jwk)}\n`, 0o600);
  }
  const { d: _private, ...pub } = jwk;
  return {
    privateKey: (await importJWK(jwk, ALG)) as CryptoKey,
    publicKey: (await importJWK(pub, ALG)) as CryptoKey,
    kid: jwk.kid ?? 'local',
  };
}

/** A stable opaque subject per email (Cognito's sub is a UUID; nothing reads it as an address). */
function subjectOf(email: string): string {
  return createHash('sha256').update(`poise-local:${email}`).digest('hex').slice(0, 32);
}

function consoleUri(uri: string, origin: string): boolean {
  try {
    const u = new URL(uri);
    return u.origin === origin && u.pathname.startsWith('/console/') && !u.hash && !u.username;
  } catch {
    return false;
  }
}

function sameOrigin(uri: string, origin: string): boolean {
  try {
    const u = new URL(uri);
    return u.origin === origin && !u.username;
  } catch {
    return false;
  }
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

/** The urlencoded form of a POST; undefined for any other content type (read nothing then). */
async function formBody(ctx: RequestContext): Promise<URLSearchParams | undefined> {
  if (!/^application\/x-www-form-urlencoded(\s*;|$)/i.test(ctx.req.headers['content-type'] ?? '')) {
    return undefined;
  }
  return new URLSearchParams((await ctx.body()).toString('utf8'));
}

function clearCookie(): string {
  return `${CSRF_COOKIE}=; HttpOnly; Secure; SameSite=Strict; Path=/oauth2; Max-Age=0`;
}

function oauthError(status: number, error: string, description: string): HttpResponse {
  return json(status, { error, error_description: description });
}

function badRequest(why: string): HttpResponse {
  return html(
    400,
    page(
      'Sign-in request refused',
      h`<p>${why}.</p><p><a href="/console/">Open the console</a> to start again.</p>`,
    ),
  );
}

function signInPage(p: AuthorizeParams, csrf: string, error?: string) {
  const hidden = [
    ['response_type', 'code'],
    ['client_id', p.clientId],
    ['redirect_uri', p.redirectUri],
    ['state', p.state],
    ['code_challenge', p.codeChallenge],
    ['code_challenge_method', 'S256'],
    ['scope', p.scope],
    ['nonce', p.nonce],
    ['csrf', csrf],
  ].map(([name, value]) => h`<input type="hidden" name="${name}" value="${value}">`);
  return page(
    'Sign in',
    h`${error ? h`<p class="error" role="alert">${error}</p>` : ''}
<form method="post" action="/oauth2/authorize">
<p><label for="email">Email</label><br><input id="email" name="email" type="email" autocomplete="username" required autofocus></p>
<p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
${hidden}<p><button type="submit">Sign in</button></p></form>
<p class="muted">Local users and their password are printed by <code>npm start</code> (stored in the data dir, console-credentials.json).</p>`,
  );
}

function page(title: string, content: SafeHtml): SafeHtml {
  return layout(title, content, { section: 'local sign-in', nav: false });
}
