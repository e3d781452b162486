// Failed sign-ins per account, for the local console and SMTP AUTH: after a run of wrong passwords the
// account is locked for a while, as Cognito's own lockout does on AWS. In memory: a restart forgets.
import { RateLimiterMemory } from 'rate-limiter-flexible';

export interface SignInGuardOptions {
  /** Wrong passwords within `windowSeconds` that lock the account. @default 5 */
  maxFailures?: number;
  /** @default 900 */
  windowSeconds?: number;
  /** @default 900 */
  lockSeconds?: number;
}

export class SignInGuard {
  private readonly limiter: RateLimiterMemory;
  private readonly allowed: number;

  constructor(opts: SignInGuardOptions = {}) {
    const maxFailures = opts.maxFailures ?? 5;
    if (!Number.isInteger(maxFailures) || maxFailures < 1)
      throw new Error('maxFailures must be a positive integer');
    // The failure that goes past `allowed` locks the account.
    this.allowed = maxFailures - 1;
    this.limiter = new RateLimiterMemory({
      points: this.allowed,
      duration: opts.windowSeconds ?? 900,
      blockDuration: opts.lockSeconds ?? 900,
    });
  }

  /**
   * One sign-in: refused while the account is locked (`wait` ms, `verify` not called, so a locked account
   * learns nothing from a right password); otherwise `verify`'s answer, a falsy one counted as a failure.
   */
  async attempt<T>(account: string, verify: () => Promise<T>): Promise<{ wait: number; result?: T }> {
    const wait = await this.lockedFor(account);
    if (wait) return { wait };
    const result = await verify();
    await (result ? this.succeeded(account) : this.failed(account));
    return { wait: 0, result };
  }

  /** Milliseconds until the account may try again; 0 when it is not locked. */
  async lockedFor(account: string): Promise<number> {
    const res = await this.limiter.get(key(account));
    return res && res.consumedPoints > this.allowed ? Math.max(res.msBeforeNext, 1) : 0;
  }

  async failed(account: string): Promise<void> {
    // consume() rejects once the account is over the limit; the lock is what counts.
    await this.limiter.consume(key(account)).catch(() => undefined);
  }

  async succeeded(account: string): Promise<void> {
    await this.limiter.delete(key(account));
  }
}

const key = (account: string) => account.trim().toLowerCase();

/** "3 minutes", "1 minute": the wait, rounded up. */
export function waitText(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
