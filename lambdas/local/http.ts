// The local HTTP server: a small route table so later features (approvals /api/holds..., metrics
// /api/metrics) add routes without touching the server. Every response carries the security headers.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export interface RequestContext {
  req: IncomingMessage;
  url: URL;
  /** Values of `:name` segments in the route path. */
  params: Record<string, string>;
  /** The request body, capped (413 beyond `maxBodyBytes`). */
  body(): Promise<Buffer>;
}

export interface HttpResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface Route {
  method: Method;
  /**
   * `/api/holds/:id/approve`: literal segments and `:name` parameters; a last segment `*` matches the
   * rest of the path (`params['*']`, at least one character). Earlier routes win.
   */
  path: string;
  handle(ctx: RequestContext): Promise<HttpResponse> | HttpResponse;
}

/** No inline script or style anywhere; forms post only to us; never framed. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'; " +
  "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

const MAX_BODY_BYTES = 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(...routes: Route[]): this {
    for (const route of routes) {
      const names: string[] = [];
      const pattern = route.path
        .split('/')
        .map((seg, i, all) => {
          if (seg === '*' && i === all.length - 1) {
            names.push('*');
            return '(.+)';
          }
          if (!seg.startsWith(':')) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(seg.slice(1));
          return '([^/]+)';
        })
        .join('/');
      this.routes.push({ ...route, regex: new RegExp(`^${pattern}$`), names });
    }
    return this;
  }

  async dispatch(req: IncomingMessage): Promise<HttpResponse> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const matching = this.routes.filter((r) => r.regex.test(url.pathname));
    if (!matching.length) return json(404, { error: 'not found' });
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const route = matching.find((r) => r.method === method);
    if (!route) {
      return { ...json(405, { error: 'method not allowed' }), headers: { allow: allowed(matching) } };
    }
    const m = route.regex.exec(url.pathname) as RegExpExecArray;
    const params: Record<string, string> = {};
    try {
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? '');
      });
    } catch {
      return json(400, { error: 'bad path encoding' });
    }
    return route.handle({ req, url, params, body: () => readBody(req) });
  }
}

export async function startHttpServer(
  router: Router,
  host: string,
  port: number,
  log: (line: string) => void,
): Promise<{ port: number; server: Server; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    if (!hostAllowed(req.headers.host, host)) {
      // DNS rebinding: a web page must not reach the loopback console under its own name.
      return send(res, json(421, { error: 'unexpected Host header' }), false);
    }
    router
      .dispatch(req)
      .catch((err: unknown) => {
        if (err instanceof HttpError) return json(err.status, { error: err.message });
        log(
          `http: ${req.method} ${req.url?.split('?')[0]}: ${err instanceof Error ? err.message : String(err)}`,
        );
        return json(500, { error: 'internal error' });
      })
      .then((r) => send(res, r, req.method === 'HEAD'));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    server,
    close: async () => {
      const closed = once(server, 'close');
      server.close();
      server.closeIdleConnections();
      // Console requests are short; do not let a stuck client hold shutdown.
      const t = setTimeout(() => server.closeAllConnections(), 2000);
      await closed;
      clearTimeout(t);
    },
  };
}

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** On a loopback bind only loopback names are accepted; a wildcard or named bind accepts any. */
export function hostAllowed(hostHeader: string | undefined, bindHost: string): boolean {
  const isLoopbackBind = bindHost === '127.0.0.1' || bindHost === '::1' || bindHost === 'localhost';
  if (!isLoopbackBind) return true;
  if (!hostHeader) return false;
  const name = hostHeader.replace(/:\d+$/, '').toLowerCase();
  return LOOPBACK_NAMES.has(name);
}

function send(res: ServerResponse, r: HttpResponse, headOnly: boolean): void {
  const body = r.body ?? '';
  res.writeHead(r.status, {
    ...SECURITY_HEADERS,
    'content-length': String(Buffer.byteLength(body)),
    ...r.headers,
  });
  res.end(headOnly ? undefined : body);
}

export function json(status: number, value: unknown): HttpResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: `${JSON.stringify(value, null, 2)}\n`,
  };
}

export function html(status: number, page: SafeHtml): HttpResponse {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page.value };
}

export function redirect(location: string): HttpResponse {
  return { status: 302, headers: { location }, body: '' };
}

/** HTML that is already escaped. Only `h` and `raw` make one. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'`=/]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Tagged template: every interpolated value is escaped unless it is SafeHtml (arrays are joined). */
export function h(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += toHtml(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

function toHtml(v: unknown): string {
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(toHtml).join('');
  return escapeHtml(v);
}

function allowed(routes: CompiledRoute[]): string {
  return [...new Set(routes.map((r) => r.method))].join(', ');
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
