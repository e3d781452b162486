// The lockout after repeated wrong passwords: in the guard itself, on the console's sign-in form and
// on SMTP AUTH, each with a short lock so the tests can wait it out.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../lambdas/local/gateway';
import { SignInGuard, waitText } from '../../lambdas/local/sign-in-guard';
import { authorizeUrl, openForm, submitForm } from './console-auth';
import { client, startTestGateway, startTestOAuth, tempDir } from './helpers';

describe('SignInGuard', () => {
  it('locks an account on its third wrong password, whatever the case of the name, until the lock runs out', async () => {
    const guard = new SignInGuard({ maxFailures: 3, lockSeconds: 1 });
    await guard.failed('Dana@Seller.example');
    await guard.failed('dana@seller.example ');
    expect(await guard.lockedFor('dana@seller.example')).toBe(0);
    await guard.failed('DANA@seller.example');
    const wait = await guard.lockedFor('dana@seller.example');
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(1000);
    expect(await guard.lockedFor('pat@seller.example')).toBe(0);
    await sleep(1100);
    expect(await guard.lockedFor('dana@seller.example')).toBe(0);
  });

  it('starts counting again after a right password', async () => {
    const guard = new SignInGuard({ maxFailures: 3 });
    await guard.failed('dana');
    await guard.failed('dana');
    await guard.succeeded('dana');
    await guard.failed('dana');
    await guard.failed('dana');
    expect(await guard.lockedFor('dana')).toBe(0);
  });

  it('refuses a nonsense limit', () => {
    expect(() => new SignInGuard({ maxFailures: 0 })).toThrow(/maxFailures/);
  });

  it('says the wait in whole minutes, rounded up', () => {
    expect(waitText(1)).toBe('1 minute');
    expect(waitText(60_001)).toBe('2 minutes');
    expect(waitText(15 * 60_000)).toBe('15 minutes');
  });
});

describe('console sign-in lockout', () => {
  let local: Awaited<ReturnType<typeof startTestOAuth>>;

  beforeAll(async () => {
    local = await startTestOAuth({ guard: new SignInGuard({ maxFailures: 2, lockSeconds: 1 }) });
  });
  afterAll(async () => {
    await local?.close();
  });

  const attempt = async (password: string) =>
    submitForm(local.base, await openForm(authorizeUrl(local.base)), { email: local.user.email, password });

  it('refuses even the right password with 429 while locked, then signs in once the lock runs out', async () => {
    expect((await attempt('wrong-1')).status).toBe(401);
    expect((await attempt('wrong-2')).status).toBe(401);

    const locked = await attempt(local.user.password);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('location')).toBeNull();
    expect(await locked.text()).toContain(
      'Too many failed sign-ins for this account. Try again in 1 minute.',
    );

    await sleep(1100);
    const ok = await attempt(local.user.password);
    expect(ok.status).toBe(302);
    expect(new URL(ok.headers.get('location') ?? '').searchParams.get('code')).toBeTruthy();
  });
});

describe('SMTP AUTH lockout', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let gw: Gateway;

  beforeAll(async () => {
    dir = await tempDir();
    gw = await startTestGateway(dir.path, {
      worker: false,
      signInLockout: { maxFailures: 2, lockSeconds: 1 },
    });
  });
  afterAll(async () => {
    await gw?.stop();
    await dir?.remove();
  });

  const send = (password: string) => {
    const transport = client(gw, { username: gw.devCredentials.username, password, source: 'env' });
    return transport
      .sendMail({ from: 'rep@seller.example', to: 'a@buyer.example', text: 'x' })
      .finally(() => transport.close());
  };

  it('answers 454 to the right password while the user is locked, and accepts it after', async () => {
    await expect(send('wrong-1')).rejects.toMatchObject({ responseCode: 535 });
    await expect(send('wrong-2')).rejects.toMatchObject({ responseCode: 535 });
    await expect(send(gw.devCredentials.password)).rejects.toMatchObject({ responseCode: 454 });
    await sleep(1100);
    await expect(send(gw.devCredentials.password)).resolves.toMatchObject({ accepted: ['a@buyer.example'] });
  });
});
