// Local console users (the stand-in for the Cognito user pool): an admin and an approver, made on first
// start with one random password per data dir. Hashes in console-users.json, the password in
// console-credentials.json (both 0600) so `npm start` can print it.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { writeFileDurable } from './fsutil';
import { checkPassword, hashPassword, readJson } from './users';

export interface ConsoleUser {
  email: string;
  password: string;
  groups: string[];
}

interface StoredConsoleUser {
  email: string;
  groups: string[];
  salt: string;
  hash: string;
}

export const CONSOLE_USERS_FILE = 'console-users.json';
export const CONSOLE_CREDENTIALS_FILE = 'console-credentials.json';

/** The approver is filterEnvironment's fallback approver, so every local hold is theirs. */
const DEFAULT_USERS = [
  { email: 'admin@localhost.localdomain', groups: ['admins'] },
  { email: 'approver@localhost.localdomain', groups: ['approvers'] },
];

export class ConsoleUsers {
  private constructor(
    private readonly stored: StoredConsoleUser[],
    /** The users with their password, for the start banner and tests. */
    readonly users: ConsoleUser[],
  ) {}

  static async open(dataDir: string): Promise<ConsoleUsers> {
    const usersPath = join(dataDir, CONSOLE_USERS_FILE);
    const credsPath = join(dataDir, CONSOLE_CREDENTIALS_FILE);
    let stored = await readJson<{ users: StoredConsoleUser[] }>(usersPath);
    let creds = await readJson<{ password: string }>(credsPath);
    if (!stored || !creds) {
      creds = creds ?? { password: randomBytes(18).toString('base64url') };
      const password = creds.password;
      stored = {
        users: await Promise.all(
          DEFAULT_USERS.map(async (u) => ({ ...u, ...(await hashPassword(password)) })),
        ),
      };
      await writeFileDurable(credsPath, `${JSON.stringify(creds, null, 2)}\n`, 0o600);
      await writeFileDurable(usersPath, `${JSON.stringify(stored, null, 2)}\n`, 0o600);
    }
    const password = creds.password;
    return new ConsoleUsers(
      stored.users,
      stored.users.map((u) => ({ email: u.email, password, groups: [...u.groups] })),
    );
  }

  /** The user's email and groups when the password matches; timing-safe for unknown emails too. */
  async verify(email: string, password: string): Promise<{ email: string; groups: string[] } | undefined> {
    const wanted = email.trim().toLowerCase();
    const user = this.stored.find((u) => u.email === wanted);
    const ok = await checkPassword(user, password);
    return ok && user ? { email: user.email, groups: [...user.groups] } : undefined;
  }
}
