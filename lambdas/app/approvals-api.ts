// The approvals HTTP surface as one function from a plain request to a plain response, so the
// approvals Lambda (API Gateway HTTP API, payload v2) and the local gateway's HTTP server mount the
// same code. Two kinds of route:
//  - /api/*: the console, for a signed-in actor (identity from the edge: JWT claims on AWS). POSTs
//    and PUTs need a JSON content type and a bearer Authorization header (no cookies, so no ambient
//    CSRF). Holds and metrics for reviewers, the approver directory for admins.
//  - /approve|reject|view/<token>: the mail links, authenticated by the token alone. GET only shows a
//    page; POST (from that page: same origin, form-encoded, the token repeated in the body) acts.

import type { HoldItem, HoldPage, ListOptions, ListOrder } from '../adapters/aws/dynamo-hold-store';
import {
  type ApprovalPorts,
  actInConsole,
  actInConsoleBulk,
  actOnLink,
  openLink,
} from '../approvals/actions';
import type { Actor, Directory } from '../approvals/directory';
import { DirectoryError, Forbidden, HoldNotFound, httpStatusFor, InvalidInput } from '../approvals/errors';
import { HOLD_STATUSES, type HoldStatus } from '../approvals/hold';
import type { HoldView } from '../approvals/notifications';
import { confirmationPage, errorPage, PAGE_HEADERS, parseDecisionForm, resultPage } from '../approvals/pages';
import { type Keyring, parseActionPath } from '../approvals/tokens';
import { directoryMetricsAccess } from '../metrics/access';
import { METRICS_ROUTE, metricsApi } from '../metrics/api';
import type { MetricsReader } from '../metrics/ports';
import { parseDirectoryImport } from './directory-import';

/** Cognito groups (and the local users' roles) the console knows. */
export const GROUPS = { approvers: 'approvers', admins: 'admins' } as const;

export interface ApiActor {
  email: string;
  groups: readonly string[];
}

export interface HttpRequest {
  method: string;
  /** Without query string; without the public URL's base path. */
  path: string;
  query: Readonly<Record<string, string | undefined>>;
  /** Lower-case names. */
  headers: Readonly<Record<string, string | undefined>>;
  body?: string;
  /** The signed-in caller, set by the edge for /api/* only (never from the request itself). */
  actor?: ApiActor;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ApprovalsHoldStore {
  get(id: string): Promise<HoldItem | undefined>;
  write: ApprovalPorts<HoldItem>['holds']['write'];
  listByStatus(status: HoldStatus, opts: ListOptions): Promise<HoldPage>;
}

/** The stored approver directory, for the admins' editor. */
export interface DirectoryAdminStore {
  /** The directory as stored now (not the cached copy that authorizes requests). */
  load(): Promise<Directory>;
  /** Replaces the stored directory, like `poise directory import`; later directory() calls see it. */
  replace(directory: Directory, at: Date): Promise<{ people: number; routes: number; deleted: number }>;
}

export interface ApprovalsApiDeps {
  holds: ApprovalsHoldStore;
  directory(): Promise<Directory>;
  directoryStore: DirectoryAdminStore;
  /** The daily counters behind GET /api/metrics. */
  metrics: MetricsReader;
  keyring(): Promise<Keyring>;
  relay: ApprovalPorts<HoldItem>['relay'];
  notifyRejected: ApprovalPorts<HoldItem>['notifyRejected'];
  /** The hold with the rep's text re-extracted, for pages and the detail view. */
  view(hold: HoldItem): Promise<HoldView>;
  now(): Date;
  /** POISE_PUBLIC_URL: its origin is the only one a link POST may come from. */
  publicUrl: string;
  /** Where the console is, linked from the view page. @default publicUrl */
  consoleUrl?: string;
  log: {
    info(message: string, fields?: Record<string, unknown>): void;
    warn(message: string, fields?: Record<string, unknown>): void;
    error(message: string, fields?: Record<string, unknown>): void;
  };
}

export type ApprovalsApi = (req: HttpRequest) => Promise<HttpResponse>;

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};
const MAX_BODY = 64 * 1024;
/** A directory of about 2,000 people; larger ones go through `poise directory import`. */
const MAX_DIRECTORY_BODY = 512 * 1024;
/** Each person is two sequential writes: this many stay well inside the 29 s API limit. */
export const MAX_DIRECTORY_ENTRIES = 2000;
const DIRECTORY_ROUTE = '/api/directory';

/** asc for the queue (soonest deadline first), desc for the history (latest decision first). */
const LIST_ORDERS: readonly ListOrder[] = ['asc', 'desc'];

const HOLD_ROUTE = /^\/api\/holds\/([\w.@:+=-]{1,200})$/;
const DECIDE_ROUTE = /^\/api\/holds\/([\w.@:+=-]{1,200})\/(approve|reject)$/;

export function makeApprovalsApi(deps: ApprovalsApiDeps): ApprovalsApi {
  const ports = async (): Promise<ApprovalPorts<HoldItem>> => ({
    holds: deps.holds,
    directory: await deps.directory(),
    keyring: await deps.keyring(),
    now: deps.now,
    relay: deps.relay,
    notifyRejected: deps.notifyRejected,
  });
  const publicOrigin = new URL(deps.publicUrl).origin;

  // ---- /api/* ----------------------------------------------------------------------------------

  async function api(req: HttpRequest): Promise<HttpResponse> {
    const actor = req.actor;
    if (!actor?.email) return json(401, { error: 'Unauthorized', message: 'sign in first' });
    const who: Actor = { email: actor.email, admin: actor.groups.includes(GROUPS.admins) };
    const { method, path } = req;

    if (method === 'GET' && path === '/api/me') {
      const directory = await deps.directory();
      const entry = directory.entry(actor.email);
      return json(200, {
        email: actor.email.toLowerCase(),
        groups: actor.groups,
        admin: directory.isAdmin(who),
        approver: isReviewer(actor),
        role: entry?.role,
        team: entry?.team,
      });
    }
    // Everything else is for reviewers only; per-hold checks follow (Directory.authorize).
    if (!isReviewer(actor)) throw new Forbidden('you are not an approver');
    if (method === 'POST' || method === 'PUT') checkApiPost(req);

    if (method === 'GET' && path === METRICS_ROUTE) return metrics(req, who);
    if (path === DIRECTORY_ROUTE && (method === 'GET' || method === 'PUT')) {
      if (!(await deps.directory()).isAdmin(who)) throw new Forbidden('the directory is for admins');
      return method === 'GET' ? getDirectory() : putDirectory(req, who);
    }
    if (method === 'GET' && path === '/api/holds') return listHolds(req, who);
    const one = HOLD_ROUTE.exec(path);
    if (method === 'GET' && one) return holdDetail(one[1] as string, who);
    if (method === 'POST' && path === '/api/holds/bulk') {
      const body = parseJson(req.body);
      const action = body.action;
      if (action !== 'approve' && action !== 'reject') throw new InvalidInput('action: approve or reject');
      const ids = body.ids;
      if (!Array.isArray(ids) || ids.length === 0 || !ids.every((i) => typeof i === 'string')) {
        throw new InvalidInput('ids: a non-empty list of hold ids');
      }
      const results = await actInConsoleBulk(ids, action, who, noteOf(body), await ports());
      deps.log.info('bulk decision', { action, count: results.length, actor: who.email });
      return json(200, { results });
    }
    const decide = DECIDE_ROUTE.exec(path);
    if (method === 'POST' && decide) {
      const [, id, action] = decide as unknown as [string, string, 'approve' | 'reject'];
      const body = parseJson(req.body);
      const result = await actInConsole(id, action, who, noteOf(body), await ports());
      logDecision(result, action, 'console');
      return json(200, {
        hold: summary(result.hold),
        relayPending: result.relayError !== undefined,
        repNotified: action === 'reject' ? result.notifyError === undefined : undefined,
      });
    }
    return json(404, { error: 'NotFound', message: 'no such route' });
  }

  async function listHolds(req: HttpRequest, who: Actor): Promise<HttpResponse> {
    const status = (req.query.status ?? 'held').toUpperCase();
    if (!(HOLD_STATUSES as readonly string[]).includes(status)) {
      throw new InvalidInput(`status: one of ${HOLD_STATUSES.map((s) => s.toLowerCase()).join(', ')}`);
    }
    const limit = Number(req.query.limit ?? 100);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new InvalidInput('limit: 1 to 500');
    const order = req.query.order ?? 'asc';
    if (!(LIST_ORDERS as readonly string[]).includes(order)) throw new InvalidInput('order: asc or desc');
    const page = await deps.holds.listByStatus(status as HoldStatus, {
      limit,
      cursor: req.query.cursor,
      order: order as ListOrder,
    });
    const directory = await deps.directory();
    const rep = req.query.rep?.trim().toLowerCase();
    const holds = directory.visible(who, page.holds).filter((h) => !rep || h.rep.toLowerCase() === rep);
    return json(200, { holds: holds.map(summary), cursor: page.cursor });
  }

  async function holdDetail(id: string, who: Actor): Promise<HttpResponse> {
    const hold = await deps.holds.get(id);
    if (!hold) throw new HoldNotFound(`no hold ${id}`);
    (await deps.directory()).authorize(who, hold);
    const view = await deps.view(hold);
    return json(200, {
      hold: summary(hold),
      view: {
        subject: view.subject,
        body: view.body,
        rep: view.rep,
        recipients: view.recipients,
        findings: view.findings,
        attachments: view.attachments,
        reason: view.reason,
      },
    });
  }

  async function metrics(req: HttpRequest, who: Actor): Promise<HttpResponse> {
    const res = await metricsApi(
      { query: req.query, actor: who },
      { reader: deps.metrics, access: directoryMetricsAccess(await deps.directory()) },
    );
    if (res.status < 400) return res;
    // The same {error, message} answer and refusal log as every other /api route.
    const message = (JSON.parse(res.body) as { error: string }).error;
    throw res.status === 403 ? new Forbidden(message) : new InvalidInput(message);
  }

  async function getDirectory(): Promise<HttpResponse> {
    const stored = await deps.directoryStore.load();
    return json(200, { fallback: stored.globalFallback, entries: stored.entries() });
  }

  async function putDirectory(req: HttpRequest, who: Actor): Promise<HttpResponse> {
    // The deployment's global fallback wins over a file's, as in the CLI; the console is told so
    // rather than having its edit ignored.
    const fallback = (await deps.directory()).globalFallback;
    let parsed: ReturnType<typeof parseDirectoryImport>;
    try {
      parsed = parseDirectoryImport(req.body ?? '', 'json', { fallback });
    } catch (err) {
      if (err instanceof DirectoryError) throw new InvalidInput(err.message);
      throw err;
    }
    if (parsed.fileFallback && parsed.fileFallback !== fallback) {
      throw new InvalidInput(
        `fallback: set by the deployment (${fallback}); leave it out or send it unchanged`,
      );
    }
    const count = parsed.directory.entries().length;
    if (count > MAX_DIRECTORY_ENTRIES) {
      throw new InvalidInput(
        `entries: at most ${MAX_DIRECTORY_ENTRIES} here; import larger directories with poise directory import`,
      );
    }
    const summary = await deps.directoryStore.replace(parsed.directory, deps.now());
    // Audit: who replaced the directory and how big it is, never its contents.
    deps.log.info('directory replaced', {
      audit: 'directory-replaced',
      actor: who.email,
      people: summary.people,
      routes: summary.routes,
      deleted: summary.deleted,
    });
    return json(200, {
      fallback,
      entries: parsed.directory.entries(),
      people: summary.people,
      routes: summary.routes,
      deleted: summary.deleted,
    });
  }

  function checkApiPost(req: HttpRequest): void {
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/json(\s*;|$)/i.test(type)) throw new InvalidInput('send application/json');
    if (!/^Bearer \S+/.test(req.headers.authorization ?? ''))
      throw new Forbidden('a bearer token is required');
  }

  // ---- mail links --------------------------------------------------------------------------------

  async function link(req: HttpRequest, action: 'approve' | 'reject' | 'view', token: string) {
    const p = await ports();
    if (req.method === 'GET' || req.method === 'HEAD') {
      const { hold } = await openLink(action, token, p);
      const html = confirmationPage({
        action,
        view: await deps.view(hold),
        status: hold.status,
        decidedBy: hold.decidedBy,
        formAction: req.path,
        token,
        consoleUrl: deps.consoleUrl ?? deps.publicUrl,
      });
      return page(200, html);
    }
    if (req.method !== 'POST' || action === 'view') {
      return page(405, errorPage(new InvalidInput('use the button on the page')).html, 'GET');
    }
    checkLinkPost(req, token);
    const form = parseDecisionForm(req.body ?? '');
    const result = await actOnLink(action, token, form.note, p);
    logDecision(result, action, 'link');
    return page(200, resultPage(result.hold.status, { relayPending: result.relayError !== undefined }));
  }

  function checkLinkPost(req: HttpRequest, token: string): void {
    // Only the confirmation page posts here: same origin (when the browser says), form-encoded, and
    // the token repeated in the body, which a cross-site form could not know.
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    // The page's `Referrer-Policy: no-referrer` makes browsers send `Origin: null` on its own form
    // POST; Sec-Fetch-Site (which no page can set) still tells same-origin from cross-site.
    const opaqueButSameOrigin = origin === 'null' && site === 'same-origin';
    if (origin && origin !== publicOrigin && !opaqueButSameOrigin) throw new Forbidden('cross-origin form');
    if (site && site !== 'same-origin' && site !== 'none') throw new Forbidden('cross-site form');
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/x-www-form-urlencoded(\s*;|$)/i.test(type)) throw new InvalidInput('not our form');
    if (parseDecisionForm(req.body ?? '').token !== token) throw new InvalidInput('not our form');
  }

  function logDecision(
    result: { hold: HoldItem; relayError?: unknown; notifyError?: unknown },
    action: string,
    via: string,
  ): void {
    const fields = { holdId: result.hold.id, action, via, status: result.hold.status };
    if (result.relayError) {
      deps.log.error('approved, relay failed: the sweeper retries it', {
        ...fields,
        error: nameOf(result.relayError),
      });
    } else if (result.notifyError) {
      deps.log.error('rejected, rep notice failed', { ...fields, error: nameOf(result.notifyError) });
    } else deps.log.info('decided', fields);
  }

  return async (req) => {
    const isApi = req.path === '/api' || req.path.startsWith('/api/');
    const linkRoute = isApi ? undefined : parseActionPath(req.path);
    try {
      const limit = req.path === DIRECTORY_ROUTE ? MAX_DIRECTORY_BODY : MAX_BODY;
      if (req.body && req.body.length > limit) throw new InvalidInput('request too large');
      if (isApi) return await api(req);
      if (linkRoute) return await link(req, linkRoute.action, linkRoute.token);
      return page(404, errorPage(new HoldNotFound('no such page')).html);
    } catch (err) {
      const status = httpStatusFor(err);
      if (status === undefined) {
        deps.log.error('request failed', { route: routeName(req.path), error: nameOf(err) });
      } else {
        deps.log.info('request refused', { route: routeName(req.path), status, error: nameOf(err) });
      }
      if (isApi) {
        return status === undefined
          ? json(500, { error: 'InternalError', message: 'something went wrong' })
          : json(status, { error: (err as Error).name, message: (err as Error).message });
      }
      const shown = errorPage(err);
      return page(shown.status, shown.html);
    }
  };
}

function isReviewer(actor: ApiActor): boolean {
  return actor.groups.includes(GROUPS.approvers) || actor.groups.includes(GROUPS.admins);
}

/**
 * The list row and the decision answer: facts, no message text beyond the findings' excerpts and the
 * subject (sanitized by the filter; absent on older holds).
 */
export function summary(hold: HoldItem) {
  return {
    id: hold.id,
    status: hold.status,
    subject: hold.subject,
    rep: hold.rep,
    approver: hold.approver,
    team: hold.team,
    heldAt: hold.heldAt,
    deadline: hold.deadline,
    reason: hold.reason,
    categories: [...new Set(hold.findings.map((f) => f.category))],
    recipientCount: hold.envelope.rcptTo.length,
    decidedBy: hold.decidedBy,
    decidedAt: hold.decidedAt,
    decidedVia: hold.decidedVia,
    note: hold.note,
    expiredAt: hold.expiredAt,
    releasedAt: hold.releasedAt,
  };
}

function parseJson(body: string | undefined): Record<string, unknown> {
  try {
    const value = JSON.parse(body || '{}') as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new InvalidInput('the body must be a JSON object');
}

function noteOf(body: Record<string, unknown>): string | undefined {
  if (body.note === undefined || body.note === null) return undefined;
  if (typeof body.note !== 'string') throw new InvalidInput('note: a string');
  return body.note;
}

function json(status: number, value: unknown): HttpResponse {
  return { status, headers: { ...JSON_HEADERS }, body: JSON.stringify(value) };
}

function page(status: number, html: string, allow?: string): HttpResponse {
  return { status, headers: { ...PAGE_HEADERS, ...(allow ? { allow } : {}) }, body: html };
}

/** The route without ids or tokens, for logs (a token in a log is a usable link). */
function routeName(path: string): string {
  return path
    .replace(/^\/(approve|reject|view)\/.*/, '/$1/{token}')
    .replace(/^\/api\/holds\/(?!bulk$)[^/]+/, '/api/holds/{id}');
}

function nameOf(err: unknown): string {
  return err instanceof Error ? err.name : 'Unknown';
}
