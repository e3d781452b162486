import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  httpStatusFor,
  TokenExpired,
  TokenForged,
  TokenMalformed,
  TokenWrongAction,
  TokenWrongApprover,
} from '../../lambdas/approvals/errors';
import {
  actionLink,
  buildActionLinks,
  generateKeyring,
  parseActionPath,
  parseKeyring,
  requireToken,
  retireKey,
  rotateKeyring,
  serializeKeyring,
  signToken,
  verifyToken,
} from '../../lambdas/approvals/tokens';

const NOW = Date.parse('2026-11-27T09:00:00Z');
const LATER = NOW + 48 * 3600_000;
const keyring = generateKeyring('k1');
const base = { holdId: 'sub-123', approver: 'Manager@Example.com', expiresAt: LATER };

function errorOf(result: ReturnType<typeof verifyToken>) {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('signToken / verifyToken', () => {
  it('round-trips the claims, approver lower-cased', () => {
    const token = signToken({ ...base, action: 'approve' }, keyring);
    const result = verifyToken(token, keyring, {
      action: 'approve',
      approvers: ['manager@example.com'],
      now: NOW,
    });
    expect(result).toEqual({
      ok: true,
      claims: expect.objectContaining({
        holdId: 'sub-123',
        action: 'approve',
        approver: 'manager@example.com',
        expiresAt: LATER,
        kid: 'k1',
      }),
    });
  });

  it('is compact and URL-safe', () => {
    const token = signToken({ ...base, action: 'reject' }, keyring);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(token.length).toBeLessThan(250);
  });

  it('gives two tokens for the same input different nonces', () => {
    expect(signToken({ ...base, action: 'approve' }, keyring)).not.toBe(
      signToken({ ...base, action: 'approve' }, keyring),
    );
  });

  it.each([
    ['a number', 42],
    ['an empty string', ''],
    ['no dot', 'abcdef'],
    ['a short signature', 'eyJ2IjoxfQ.abc'],
    ['non-base64url characters', `ab+/.${'A'.repeat(43)}`],
    ['three parts', `a.b.${'A'.repeat(43)}`],
  ])('fails malformed for %s', (_label, token) => {
    expect(errorOf(verifyToken(token, keyring, { action: 'approve', now: NOW }))).toBeInstanceOf(
      TokenMalformed,
    );
  });

  it('fails forged when the payload is altered (another hold id)', () => {
    const token = signToken({ ...base, action: 'approve' }, keyring);
    const [payload, sig] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload as string, 'base64url').toString());
    claims.h = 'sub-999';
    const tampered = `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${sig}`;
    expect(errorOf(verifyToken(tampered, keyring, { action: 'approve', now: NOW }))).toBeInstanceOf(
      TokenForged,
    );
  });

  it('fails forged when the action is swapped to reject', () => {
    const token = signToken({ ...base, action: 'view' }, keyring);
    const [payload, sig] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload as string, 'base64url').toString());
    claims.a = 'approve';
    const tampered = `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${sig}`;
    expect(errorOf(verifyToken(tampered, keyring, { action: 'approve', now: NOW }))).toBeInstanceOf(
      TokenForged,
    );
  });

  it('fails forged when signed with a key not in the keyring', () => {
    const token = signToken({ ...base, action: 'approve' }, generateKeyring('k1'));
    expect(errorOf(verifyToken(token, keyring, { action: 'approve', now: NOW }))).toBeInstanceOf(TokenForged);
  });

  it('fails forged for any flipped signature character (property)', () => {
    const token = signToken({ ...base, action: 'approve' }, keyring);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    fc.assert(
      fc.property(fc.nat(42), fc.constantFrom(...alphabet), (pos, ch) => {
        const i = token.length - 43 + pos;
        fc.pre(token[i] !== ch);
        const bad = token.slice(0, i) + ch + token.slice(i + 1);
        expect(errorOf(verifyToken(bad, keyring, { action: 'approve', now: NOW }))).toBeInstanceOf(
          TokenForged,
        );
      }),
    );
  });

  it('fails expired at and after expiresAt, not a millisecond before', () => {
    const token = signToken({ ...base, action: 'approve' }, keyring);
    expect(verifyToken(token, keyring, { action: 'approve', now: LATER - 1 }).ok).toBe(true);
    const err = errorOf(verifyToken(token, keyring, { action: 'approve', now: LATER }));
    expect(err).toBeInstanceOf(TokenExpired);
    expect((err as TokenExpired).expiresAt).toBe(LATER);
    expect(httpStatusFor(err)).toBe(410);
  });

  it('fails wrong action for an approve token posted to reject', () => {
    const token = signToken({ ...base, action: 'approve' }, keyring);
    const err = errorOf(verifyToken(token, keyring, { action: 'reject', now: NOW }));
    expect(err).toBeInstanceOf(TokenWrongAction);
  });

  it('accepts any of several expected actions (the view page accepts view)', () => {
    const token = signToken({ ...base, action: 'view' }, keyring);
    expect(verifyToken(token, keyring, { action: ['view', 'approve'], now: NOW }).ok).toBe(true);
  });

  it('fails wrong approver when the token holder may no longer act', () => {
    const token = signToken({ ...base, action: 'approve' }, keyring);
    const err = errorOf(
      verifyToken(token, keyring, { action: 'approve', approvers: ['other@example.com'], now: NOW }),
    );
    expect(err).toBeInstanceOf(TokenWrongApprover);
    expect(httpStatusFor(err)).toBe(403);
  });

  it('verifies again when replayed: single use is the state machine’s job', () => {
    const token = signToken({ ...base, action: 'approve' }, keyring);
    expect(verifyToken(token, keyring, { action: 'approve', now: NOW }).ok).toBe(true);
    expect(verifyToken(token, keyring, { action: 'approve', now: NOW }).ok).toBe(true);
  });

  it('requireToken throws the named error', () => {
    expect(() => requireToken('nope', keyring, { action: 'approve', now: NOW })).toThrow(TokenMalformed);
  });

  it('refuses to sign an oversized hold id', () => {
    expect(() => signToken({ ...base, holdId: 'x'.repeat(600), action: 'approve' }, keyring)).toThrow();
  });
});

describe('key rotation', () => {
  it('verifies tokens of the old key after rotation, signs with the new one', () => {
    const old = generateKeyring('k1');
    const oldToken = signToken({ ...base, action: 'approve' }, old);
    const rotated = rotateKeyring(old, 'k2');
    const newToken = signToken({ ...base, action: 'approve' }, rotated);
    const oldResult = verifyToken(oldToken, rotated, { action: 'approve', now: NOW });
    const newResult = verifyToken(newToken, rotated, { action: 'approve', now: NOW });
    expect(oldResult.ok && oldResult.claims.kid).toBe('k1');
    expect(newResult.ok && newResult.claims.kid).toBe('k2');
  });

  it('fails forged once the old key is retired', () => {
    const old = generateKeyring('k1');
    const oldToken = signToken({ ...base, action: 'approve' }, old);
    const retired = retireKey(rotateKeyring(old, 'k2'), 'k1');
    expect(errorOf(verifyToken(oldToken, retired, { action: 'approve', now: NOW }))).toBeInstanceOf(
      TokenForged,
    );
  });

  it('fails forged when the payload names a different key than the one that signed', () => {
    const ring = rotateKeyring(generateKeyring('k1'), 'k2');
    const token = signToken({ ...base, action: 'approve' }, ring);
    const payload = JSON.parse(Buffer.from(token.split('.')[0] as string, 'base64url').toString());
    payload.k = 'k1';
    const p = Buffer.from(JSON.stringify(payload)).toString('base64url');
    // Re-sign the edited payload with k2 itself: valid HMAC, lying key id.
    const sig = createHmac('sha256', ring.keys.get('k2') as Buffer)
      .update('poise-token.v1.')
      .update(p)
      .digest('base64url');
    expect(errorOf(verifyToken(`${p}.${sig}`, ring, { action: 'approve', now: NOW }))).toBeInstanceOf(
      TokenForged,
    );
  });

  it('round-trips through the secret format and rejects weak keys', () => {
    const ring = rotateKeyring(generateKeyring('k1'), 'k2');
    const back = parseKeyring(serializeKeyring(ring));
    expect(back.current).toBe('k2');
    expect([...back.keys.keys()]).toEqual(['k1', 'k2']);
    expect(() => parseKeyring('{"current":"a","keys":{"a":"c2hvcnQ"}}')).toThrow(/shorter than 32 bytes/);
    expect(() => parseKeyring('{"current":"b","keys":{}}')).toThrow(/not in keys/);
    expect(() => parseKeyring('nope')).toThrow(/not JSON/);
  });
});

describe('links', () => {
  it('builds /approve, /reject and /view links under the public URL', () => {
    const links = buildActionLinks('https://poise.example.com/base/', base, keyring);
    expect(links.approve).toMatch(/^https:\/\/poise\.example\.com\/base\/approve\/[\w-]+\.[\w-]{43}$/);
    const path = new URL(links.reject).pathname.replace('/base', '');
    const parsed = parseActionPath(path);
    expect(parsed?.action).toBe('reject');
    expect(verifyToken(parsed?.token, keyring, { action: 'reject', now: NOW }).ok).toBe(true);
  });

  it('refuses a non-http public URL', () => {
    expect(() => actionLink('javascript:alert(1)', 'approve', 'a.b')).toThrow(/http/);
  });

  it.each(['/approve/', '/delete/a.b', '/approve/a.b/extra', '/approve/<x>.y'])(
    'does not parse %s as an action path',
    (path) => {
      expect(parseActionPath(path)).toBeUndefined();
    },
  );
});
