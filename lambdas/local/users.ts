// Local SMTP users: scrypt hashes in <data>/users.json; the dev user's password is also kept in
// <data>/dev-credentials.json (mode 0600) so `npm start` can print it and `npm run demo` can use it.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { errorCode, writeFileDurable } from './fsutil';

const scryptAsync = promisify(scrypt) as (pw: string, salt: Buffer, len: number) => Promise<Buffer>;

export interface StoredUser {
  username: string;
  salt: string;
  hash: string;
}

export interface DevCredentials {
  username: string;
  password: string;
  /** Where they came from: generated on first start, or the POISE_SMTP_USER/PASS environment. */
  source: 'data-dir' | 'env';
}

export const USERS_FILE = 'users.json';
export const DEV_CREDENTIALS_FILE = 'dev-credentials.json';
const DEV_USER = 'dev';

export class UserStore {
  private constructor(private readonly users: StoredUser[]) {}

  /**
   * Loads users from the data dir, creating the dev user with a random password on first start.
   * With `override` (POISE_SMTP_USER/PASS) that user is the only one accepted and nothing is written.
   */
  static async open(dataDir: string, override?: { username: string; password: string }) {
    if (override) {
      const user = await hashUser(override.username, override.password);
      return { store: new UserStore([user]), dev: { ...override, source: 'env' as const } };
    }
    const devPath = join(dataDir, DEV_CREDENTIALS_FILE);
    const usersPath = join(dataDir, USERS_FILE);
    let users = await readJson<{ users: StoredUser[] }>(usersPath);
    let dev = await readJson<{ username: string; password: string }>(devPath);
    if (!users || !dev) {
      dev = dev ?? { username: DEV_USER, password: randomBytes(18).toString('base64url') };
      const devUser = await hashUser(dev.username, dev.password);
      users = { users: [...(users?.users ?? []).filter((u) => u.username !== dev?.username), devUser] };
      await writeFileDurable(devPath, `${JSON.stringify(dev, null, 2)}\n`, 0o600);
      await writeFileDurable(usersPath, `${JSON.stringify(users, null, 2)}\n`, 0o600);
    }
    return { store: new UserStore(users.users), dev: { ...dev, source: 'data-dir' as const } };
  }

  async verify(username: string, password: string): Promise<boolean> {
    return checkPassword(
      this.users.find((u) => u.username === username),
      password,
    );
  }
}

/** Timing-safe; hashes even for an unknown user so timing does not reveal which names exist. */
export async function checkPassword(
  user: { salt: string; hash: string } | undefined,
  password: string,
): Promise<boolean> {
  const salt = Buffer.from(user?.salt ?? 'AAAAAAAAAAAAAAAAAAAAAA', 'base64');
  const actual = await scryptAsync(password, salt, 32);
  const expected = user ? Buffer.from(user.hash, 'base64') : randomBytes(32);
  return Boolean(user) && timingSafeEqual(actual, expected);
}

/** A random salt and the scrypt hash of `password`, both base64. */
export async function hashPassword(password: string): Promise<{ salt: string; hash: string }> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, 32);
  return { salt: salt.toString('base64'), hash: hash.toString('base64') };
}

/** Credentials for clients (demo, tests): env override first, then the data dir. */
export async function readDevCredentials(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<DevCredentials | undefined> {
  if (env.POISE_SMTP_USER && env.POISE_SMTP_PASS) {
    return { username: env.POISE_SMTP_USER, password: env.POISE_SMTP_PASS, source: 'env' };
  }
  const dev = await readJson<{ username: string; password: string }>(join(dataDir, DEV_CREDENTIALS_FILE));
  return dev ? { ...dev, source: 'data-dir' } : undefined;
}

async function hashUser(username: string, password: string): Promise<StoredUser> {
  return { username, ...(await hashPassword(password)) };
}

export async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined;
    throw err;
  }
}
