// Sign-in: OAuth 2.0 authorization code with PKCE (S256), against Cognito's hosted UI on AWS and the
// local gateway's endpoints locally. The ID token lives in sessionStorage (gone with the tab) and is
// sent as a bearer; no cookies, so no ambient CSRF on the API.
import { type AuthConfig, absolute } from './config';

const TOKEN_KEY = 'poise.session';
const PENDING_KEY = 'poise.pkce';

interface Session {
  idToken: string;
  /** Epoch ms. */
  expiresAt: number;
}

interface Pending {
  state: string;
  verifier: string;
  /** The hash route to return to after sign-in. */
  returnTo: string;
}

export class SignInError extends Error {
  override name = 'SignInError';
}

/** The console's own URL without query or hash: what the IdP redirects back to. */
export function redirectUri(): string {
  return location.origin + location.pathname;
}

export function currentSession(): Session | undefined {
  const raw = sessionStorage.getItem(TOKEN_KEY);
  if (!raw) return undefined;
  try {
    const s = JSON.parse(raw) as Session;
    // A minute of slack: a token about to expire would fail mid-action.
    if (typeof s.idToken === 'string' && s.expiresAt - 60_000 > Date.now()) return s;
  } catch {
    // fall through: a damaged entry is no session
  }
  sessionStorage.removeItem(TOKEN_KEY);
  return undefined;
}

export function clearSession(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** Sends the browser to the sign-in page; resolves never (the page unloads). */
export async function startSignIn(auth: AuthConfig): Promise<never> {
  const verifier = randomString(48);
  const state = randomString(24);
  const pending: Pending = {
    state,
    verifier,
    returnTo: location.hash.startsWith('#/') ? location.hash : '#/holds',
  };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = absolute(auth.authorizeUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: auth.clientId,
    redirect_uri: redirectUri(),
    scope: auth.scope,
    state,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
  return new Promise<never>(() => {});
}

/**
 * When the IdP sent us back (`?code=&state=` or `?error=`): checks the state, trades the code for
 * tokens and cleans the URL. Returns false when this load is not a sign-in return.
 */
export async function completeSignIn(auth: AuthConfig): Promise<boolean> {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  const error = params.get('error');
  if (!code && !error) return false;
  const pending = readPending();
  sessionStorage.removeItem(PENDING_KEY);
  history.replaceState(null, '', redirectUri() + (pending?.returnTo ?? '#/holds'));
  if (error) throw new SignInError(`sign-in failed: ${params.get('error_description') || error}`);
  if (!pending || params.get('state') !== pending.state) {
    throw new SignInError('sign-in failed: the answer does not belong to this sign-in (state mismatch)');
  }
  const res = await fetch(absolute(auth.tokenUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: auth.clientId,
      code: code as string,
      redirect_uri: redirectUri(),
      code_verifier: pending.verifier,
    }),
  });
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok || typeof body.id_token !== 'string') {
    const why = typeof body.error === 'string' ? body.error : `HTTP ${res.status}`;
    throw new SignInError(`sign-in failed: the token exchange was refused (${why})`);
  }
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : 3600;
  const session: Session = {
    idToken: body.id_token,
    expiresAt: Date.now() + expiresIn * 1000,
  };
  sessionStorage.setItem(TOKEN_KEY, JSON.stringify(session));
  return true;
}

export function signOut(auth: AuthConfig): void {
  clearSession();
  const url = absolute(auth.logoutUrl);
  url.searchParams.set('client_id', auth.clientId);
  url.searchParams.set('logout_uri', redirectUri());
  location.assign(url.toString());
}

function readPending(): Pending | undefined {
  try {
    const p = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as Pending | null;
    return p && typeof p.state === 'string' && typeof p.verifier === 'string' ? p : undefined;
  } catch {
    return undefined;
  }
}

function randomString(bytes: number): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
