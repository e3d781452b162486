// Runtime configuration, fetched from ./config.json next to index.html: the same build runs locally
// (written by the gateway) and on AWS (written by the stack next to the assets).

export interface AuthConfig {
  authorizeUrl: string;
  tokenUrl: string;
  logoutUrl: string;
  clientId: string;
  scope: string;
}

export interface ConsoleConfig {
  /** Base of the /api routes; '' means this origin. */
  apiUrl: string;
  environment: 'local' | 'aws';
  auth: AuthConfig;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export async function loadConfig(): Promise<ConsoleConfig> {
  let res: Response;
  try {
    res = await fetch('./config.json', { cache: 'no-store', credentials: 'same-origin' });
  } catch {
    throw new ConfigError('could not load config.json');
  }
  if (!res.ok) throw new ConfigError(`config.json: HTTP ${res.status}`);
  return parseConfig(await res.json().catch(() => undefined));
}

export function parseConfig(value: unknown): ConsoleConfig {
  const v = value as Partial<ConsoleConfig> | undefined;
  const auth = v?.auth as Partial<AuthConfig> | undefined;
  const str = (x: unknown, name: string): string => {
    if (typeof x !== 'string') throw new ConfigError(`config.json: ${name} must be a string`);
    return x;
  };
  if (!v || typeof v !== 'object' || !auth || typeof auth !== 'object') {
    throw new ConfigError('config.json: expected {apiUrl, environment, auth}');
  }
  const environment = v.environment === 'aws' ? 'aws' : 'local';
  return {
    apiUrl: str(v.apiUrl ?? '', 'apiUrl').replace(/\/+$/, ''),
    environment,
    auth: {
      authorizeUrl: str(auth.authorizeUrl, 'auth.authorizeUrl'),
      tokenUrl: str(auth.tokenUrl, 'auth.tokenUrl'),
      logoutUrl: str(auth.logoutUrl, 'auth.logoutUrl'),
      clientId: str(auth.clientId, 'auth.clientId'),
      scope: str(auth.scope ?? 'openid email', 'auth.scope'),
    },
  };
}

/** Config URLs may be relative to the console's origin. */
export function absolute(url: string): URL {
  return new URL(url, location.href);
}
