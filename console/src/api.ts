// The /api client: bearer ID token on every call, JSON in and out, errors as ApiError with the
// server's `{error, message}`. A 401 means the session is gone: back to sign-in.
import { clearSession, currentSession } from './auth';

export type HoldStatus = 'HELD' | 'APPROVED' | 'REJECTED' | 'EXPIRED' | 'RELEASED';

export interface HoldSummary {
  id: string;
  status: HoldStatus;
  /** Absent on holds stored before subjects were kept. */
  subject?: string;
  rep: string;
  approver: string;
  team?: string;
  heldAt: string;
  deadline: string;
  reason: string;
  categories: string[];
  recipientCount: number;
  decidedBy?: string;
  decidedAt?: string;
  decidedVia?: string;
  note?: string;
  expiredAt?: string;
  releasedAt?: string;
}

export interface Finding {
  rule: string;
  category: string;
  severity?: string;
  field: 'subject' | 'body';
  excerpt: string;
  start: number;
  end: number;
  why: string;
  suggestion: string;
}

export interface HoldDetail {
  hold: HoldSummary;
  view: {
    subject?: string;
    body?: string;
    rep: { address: string; name?: string };
    recipients: string[];
    findings: Finding[];
    attachments?: Array<{ filename?: string; contentType: string; size: number }>;
    reason: string;
  };
}

export interface Me {
  email: string;
  groups: string[];
  admin: boolean;
  approver: boolean;
  role?: string;
  team?: string;
}

// The server's own answer type (type-only: nothing of the server is bundled), so a change to the
// /api/metrics shape fails the console's type check instead of its charts.
export type { MetricsResult as Metrics, VerdictCounts } from '../../lambdas/metrics/query';

export interface DirectoryEntry {
  email: string;
  role: 'rep' | 'manager' | 'admin';
  manager?: string;
  team?: string;
  fallback?: string;
}

export interface DirectoryFile {
  fallback?: string;
  entries: DirectoryEntry[];
}

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Api {
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PUT', path: string, body: unknown): Promise<T>;
  /** The raw response (CSV downloads). */
  fetchRaw(path: string): Promise<Response>;
}

export function makeApi(apiUrl: string, onUnauthorized: () => void): Api {
  async function call(method: string, path: string, body?: unknown): Promise<Response> {
    const session = currentSession();
    if (!session) {
      onUnauthorized();
      throw new ApiError(401, 'Unauthorized', 'sign in first');
    }
    const headers: Record<string, string> = { authorization: `Bearer ${session.idToken}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(apiUrl + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch {
      throw new ApiError(0, 'NetworkError', 'the server could not be reached');
    }
    if (res.status === 401) {
      clearSession();
      onUnauthorized();
      throw new ApiError(401, 'Unauthorized', 'your session ended: sign in again');
    }
    if (!res.ok) {
      const err = (await res.json().catch(() => ({}))) as { error?: unknown; message?: unknown };
      const code = typeof err.error === 'string' ? err.error : `HTTP ${res.status}`;
      const message = typeof err.message === 'string' ? err.message : code;
      throw new ApiError(res.status, code, message);
    }
    return res;
  }
  return {
    get: async <T>(path: string) => (await (await call('GET', path)).json()) as T,
    send: async <T>(method: 'POST' | 'PUT', path: string, body: unknown) =>
      (await (await call(method, path, body)).json()) as T,
    fetchRaw: (path) => call('GET', path),
  };
}

export interface HoldPage {
  holds: HoldSummary[];
  /** Pass back for the next page; absent on the last one. */
  cursor?: string;
}

/** One page of holds with a status, by deadline: `asc` soonest first, `desc` latest first. */
export function holdsPage(
  api: Api,
  status: string,
  opts: { order?: 'asc' | 'desc'; cursor?: string; limit?: number } = {},
): Promise<HoldPage> {
  const q = new URLSearchParams({ status, limit: String(opts.limit ?? 500) });
  if (opts.order) q.set('order', opts.order);
  if (opts.cursor) q.set('cursor', opts.cursor);
  return api.get<HoldPage>(`/api/holds?${q}`);
}

/** Every hold with a status, page by page (the API pages at 500); stops at `max` to keep a phone responsive. */
export async function listHolds(api: Api, status: string, max = 2000): Promise<HoldSummary[]> {
  const holds: HoldSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await holdsPage(api, status, { cursor });
    holds.push(...page.holds);
    cursor = page.cursor;
  } while (cursor && holds.length < max);
  return holds;
}
