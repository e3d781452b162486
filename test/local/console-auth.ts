// Console sign-in as the SPA does it against the local gateway (the same code path as Cognito's hosted
// UI): PKCE, GET /oauth2/authorize (form + CSRF cookie), POST the form, then POST /oauth2/token.
import { createHash, randomBytes } from 'node:crypto';

export const CLIENT_ID = 'poise-console';

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(48).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function authorizeUrl(base: string, over: Record<string, string | undefined> = {}): string {
  const params: Record<string, string | undefined> = {
    response_type: 'code',
    client_id: CLIENT_ID,
    redirect_uri: `${base}/console/`,
    state: 'st-1',
    code_challenge: pkce().challenge,
    code_challenge_method: 'S256',
    scope: 'openid email',
    ...over,
  };
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, v);
  return `${base}/oauth2/authorize?${q}`;
}

/** The sign-in form's hidden fields and the CSRF cookie that goes with them. */
export async function openForm(
  url: string,
): Promise<{ fields: Record<string, string>; cookie: string; res: Response }> {
  const res = await fetch(url, { redirect: 'manual' });
  const page = await res.text();
  const fields: Record<string, string> = {};
  for (const m of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    fields[unentity(m[1] as string)] = unentity(m[2] as string);
  }
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { fields, cookie, res };
}

export async function submitForm(
  base: string,
  form: { fields: Record<string, string>; cookie: string },
  creds: { email: string; password: string },
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${base}/oauth2/authorize`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: form.cookie,
      origin: base,
      ...headers,
    },
    body: new URLSearchParams({ ...form.fields, ...creds }).toString(),
  });
}

export function exchange(base: string, fields: Record<string, string>): Promise<Response> {
  return fetch(`${base}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: CLIENT_ID,
      ...fields,
    }).toString(),
  });
}

/** The whole flow; the ID token the console sends as its bearer. */
export async function signIn(base: string, user: { email: string; password: string }): Promise<string> {
  const { verifier, challenge } = pkce();
  const form = await openForm(authorizeUrl(base, { code_challenge: challenge }));
  const res = await submitForm(base, form, user);
  if (res.status !== 302) throw new Error(`sign-in failed: ${res.status}`);
  const code = new URL(res.headers.get('location') ?? '').searchParams.get('code') ?? '';
  const tokens = await exchange(base, { code, redirect_uri: `${base}/console/`, code_verifier: verifier });
  if (tokens.status !== 200) throw new Error(`token exchange failed: ${await tokens.text()}`);
  return ((await tokens.json()) as { id_token: string }).id_token;
}

/** The page's entity-escaped attribute values back to text (the `h` escaper's numeric entities). */
export function unentity(value: string): string {
  return value.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
}
