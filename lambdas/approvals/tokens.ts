// Signed action tokens carried by the Approve / Reject / View links in the approver's email.
//
// Format: base64url(JSON claims) + "." + base64url(HMAC-SHA256(key, "poise-token.v1." + payload)).
// The signature is checked against every active key before the payload is parsed, so rotation is
// "add a new current key, keep the old one until its tokens have expired, then drop it".
//
// A token is NOT single-use by itself: a replayed token verifies again. Single use comes from the hold
// state machine — acting is a conditional write HELD → APPROVED|REJECTED, so a second click or a
// replay finds the hold no longer HELD and changes nothing (see hold.ts).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import {
  type TokenError,
  TokenExpired,
  TokenForged,
  TokenMalformed,
  TokenWrongAction,
  TokenWrongApprover,
} from './errors';

export const TOKEN_ACTIONS = ['approve', 'reject', 'view'] as const;
export type TokenAction = (typeof TOKEN_ACTIONS)[number];

export interface TokenClaims {
  /** The held message's id (the Submission id). */
  holdId: string;
  action: TokenAction;
  /** Lower-cased email of the approver the link was sent to. */
  approver: string;
  /** Epoch milliseconds; the token is refused from this instant on. */
  expiresAt: number;
  /** Random, so two links for the same hold and action differ (and can be told apart in logs). */
  nonce: string;
  /** Id of the key that signed it. */
  kid: string;
}

export interface Keyring {
  /** Key id used for signing. */
  current: string;
  /** Every active key, the current one included. Tokens signed by a key not here are forged. */
  keys: ReadonlyMap<string, Buffer>;
}

const SIGNING_PREFIX = 'poise-token.v1.';
const MAX_TOKEN_LENGTH = 2048;
const MIN_KEY_BYTES = 32;
const SIGNATURE_CHARS = 43; // base64url of 32 bytes, unpadded
const TOKEN_SHAPE = new RegExp(`^[A-Za-z0-9_-]{1,${MAX_TOKEN_LENGTH}}\\.[A-Za-z0-9_-]{${SIGNATURE_CHARS}}$`);

const keyringFileSchema = z.object({
  current: z.string().min(1),
  keys: z.record(z.string().min(1), z.string().min(1)),
});

// What Secrets Manager can generate itself (`generateStringKey` puts one random string beside the
// template's fields): `{"current":"k1","k1":"<64 random base64url characters>"}`.
const flatKeyringSchema = z
  .object({ current: z.string().min(1) })
  .catchall(z.string().min(1))
  .transform(({ current, ...keys }) => ({ current, keys }));

/**
 * Parses the keyring secret (Secrets Manager on AWS, a file in the data dir locally):
 * `{"current":"k2","keys":{"k1":"<base64url>","k2":"<base64url>"}}`, each key at least 32 bytes;
 * also the flat form Secrets Manager generates, `{"current":"k1","k1":"<base64url>"}`.
 */
export function parseKeyring(text: string): Keyring {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('token keyring: not JSON');
  }
  const nested = keyringFileSchema.safeParse(raw);
  const parsed =
    nested.success || (raw as { keys?: unknown } | null)?.keys !== undefined
      ? nested
      : flatKeyringSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`token keyring: ${z.prettifyError(parsed.error)}`);
  const keys = new Map<string, Buffer>();
  for (const [kid, encoded] of Object.entries(parsed.data.keys)) {
    const key = Buffer.from(encoded, 'base64url');
    if (key.length < MIN_KEY_BYTES) throw new Error(`token keyring: key ${kid} is shorter than 32 bytes`);
    keys.set(kid, key);
  }
  if (!keys.has(parsed.data.current)) {
    throw new Error(`token keyring: current key ${parsed.data.current} is not in keys`);
  }
  return { current: parsed.data.current, keys };
}

/** Serializes a keyring in the format parseKeyring reads. */
export function serializeKeyring(keyring: Keyring): string {
  const keys: Record<string, string> = {};
  for (const [kid, key] of keyring.keys) keys[kid] = key.toString('base64url');
  return JSON.stringify({ current: keyring.current, keys });
}

/** A fresh single-key keyring (the local gateway writes one to its data dir on first start). */
export function generateKeyring(kid = 'k1'): Keyring {
  return { current: kid, keys: new Map([[kid, randomBytes(32)]]) };
}

/** Adds a new current key; older keys stay active until `retireKey`. */
export function rotateKeyring(keyring: Keyring, kid: string, key: Buffer = randomBytes(32)): Keyring {
  if (keyring.keys.has(kid)) throw new Error(`token keyring: key id ${kid} already exists`);
  if (key.length < MIN_KEY_BYTES) throw new Error('token keyring: key is shorter than 32 bytes');
  return { current: kid, keys: new Map([...keyring.keys, [kid, key]]) };
}

export function retireKey(keyring: Keyring, kid: string): Keyring {
  if (kid === keyring.current) throw new Error('token keyring: cannot retire the current key');
  const keys = new Map(keyring.keys);
  keys.delete(kid);
  return { current: keyring.current, keys };
}

export interface SignInput {
  holdId: string;
  action: TokenAction;
  approver: string;
  expiresAt: number | Date;
}

const wireSchema = z.strictObject({
  v: z.literal(1),
  k: z.string().min(1).max(64),
  h: z.string().min(1).max(512),
  a: z.enum(TOKEN_ACTIONS),
  p: z.string().min(3).max(320),
  e: z.number().int().positive(),
  n: z.string().min(8).max(64),
});

export function signToken(
  input: SignInput,
  keyring: Keyring,
  nonce = randomBytes(12).toString('base64url'),
): string {
  const key = keyring.keys.get(keyring.current);
  if (!key) throw new Error(`token keyring: current key ${keyring.current} is missing`);
  const wire: z.infer<typeof wireSchema> = {
    v: 1,
    k: keyring.current,
    h: input.holdId,
    a: input.action,
    p: input.approver.trim().toLowerCase(),
    e: typeof input.expiresAt === 'number' ? input.expiresAt : input.expiresAt.getTime(),
    n: nonce,
  };
  // Fail at signing rather than mint a token verify would call malformed.
  wireSchema.parse(wire);
  const payload = Buffer.from(JSON.stringify(wire)).toString('base64url');
  if (payload.length > MAX_TOKEN_LENGTH) throw new Error('token too long: hold id or approver is oversized');
  return `${payload}.${sign(key, payload).toString('base64url')}`;
}

export interface VerifyExpectations {
  /** The action of the route being served; a token for another action is TokenWrongAction. */
  action: TokenAction | readonly TokenAction[];
  /**
   * Who may still act on the hold (e.g. its approver and the fallback approver it was escalated to).
   * Omit only where the caller authorizes the token's approver itself (Directory.authorize).
   */
  approvers?: readonly string[];
  now?: number | Date;
}

export type VerifyResult = { ok: true; claims: TokenClaims } | { ok: false; error: TokenError };

/** Checks shape, signature, expiry, action and approver, in that order; never throws. */
export function verifyToken(token: unknown, keyring: Keyring, expect: VerifyExpectations): VerifyResult {
  if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) {
    return { ok: false, error: new TokenMalformed('not a token') };
  }
  const [payload = '', signature = ''] = token.split('.');
  // Compared as canonical base64url text, so no second spelling of the same signature verifies.
  const given = Buffer.from(signature, 'latin1');
  // Every active key is tried, and every comparison made, before the payload is trusted or parsed.
  let signedBy: string | undefined;
  for (const [kid, key] of keyring.keys) {
    if (
      timingSafeEqual(Buffer.from(sign(key, payload).toString('base64url'), 'latin1'), given) &&
      signedBy === undefined
    )
      signedBy = kid;
  }
  if (signedBy === undefined) return { ok: false, error: new TokenForged('signature does not match') };

  let wire: z.infer<typeof wireSchema>;
  try {
    wire = wireSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return { ok: false, error: new TokenMalformed('payload is not a valid token') };
  }
  if (wire.k !== signedBy) return { ok: false, error: new TokenForged('key id does not match signature') };

  const claims: TokenClaims = {
    holdId: wire.h,
    action: wire.a,
    approver: wire.p,
    expiresAt: wire.e,
    nonce: wire.n,
    kid: wire.k,
  };
  const now = expect.now === undefined ? Date.now() : Number(expect.now);
  if (now >= claims.expiresAt) return { ok: false, error: new TokenExpired(claims.expiresAt) };
  const actions: readonly TokenAction[] = typeof expect.action === 'string' ? [expect.action] : expect.action;
  if (!actions.includes(claims.action)) {
    return {
      ok: false,
      error: new TokenWrongAction(`token is for ${claims.action}, not ${actions.join('|')}`),
    };
  }
  if (expect.approvers && !expect.approvers.some((a) => a.trim().toLowerCase() === claims.approver)) {
    return {
      ok: false,
      error: new TokenWrongApprover('token was issued to someone who may not act on this hold'),
    };
  }
  return { ok: true, claims };
}

/** verifyToken for edges that map thrown domain errors: returns the claims or throws the TokenError. */
export function requireToken(token: unknown, keyring: Keyring, expect: VerifyExpectations): TokenClaims {
  const result = verifyToken(token, keyring, expect);
  if (!result.ok) throw result.error;
  return result.claims;
}

function sign(key: Buffer, payload: string): Buffer {
  return createHmac('sha256', key).update(SIGNING_PREFIX).update(payload).digest();
}

// ---- Links -----------------------------------------------------------------------------------

/**
 * Path of an action link: `/approve/<token>`, `/reject/<token>`, `/view/<token>`.
 * GET on it must only render a confirmation page (mail scanners prefetch links); the POST from that
 * page acts. Both edges (API Gateway routes and the local HTTP server) serve the same paths.
 */
export const ACTION_LINK_PATTERN = /^\/(approve|reject|view)\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\/?$/;

export function actionLink(publicUrl: string, action: TokenAction, token: string): string {
  const base = new URL(publicUrl);
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new Error(`public URL must be http(s): ${publicUrl}`);
  }
  return `${base.origin}${base.pathname.replace(/\/+$/, '')}/${action}/${token}`;
}

/** Splits a request path (without the public URL's base path) into action and token, or undefined. */
export function parseActionPath(path: string): { action: TokenAction; token: string } | undefined {
  const m = ACTION_LINK_PATTERN.exec(path);
  if (!m) return undefined;
  return { action: m[1] as TokenAction, token: m[2] as string };
}

export interface ActionLinks {
  approve: string;
  reject: string;
  view: string;
}

/** The three links for one approver of one hold, each with its own token, valid until `expiresAt`. */
export function buildActionLinks(
  publicUrl: string,
  input: Omit<SignInput, 'action'>,
  keyring: Keyring,
): ActionLinks {
  const link = (action: TokenAction) =>
    actionLink(publicUrl, action, signToken({ ...input, action }, keyring));
  return { approve: link('approve'), reject: link('reject'), view: link('view') };
}
