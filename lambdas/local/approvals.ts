// The approvals flow on the local gateway: the same API as the approvals Lambda (console /api/* and the
// mail links /approve|reject|view/<token>), the same wiring over the local endpoints, the keyring file
// from the data dir, and the sweeper on a timer instead of an EventBridge schedule.
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { makeAwsClients } from '../adapters/aws/clients';
import { type HttpRequest, makeApprovalsApi } from '../app/approvals-api';
import { runSweep, type SweepSummary } from '../app/sweep';
import { loadApprovalsConfig } from '../config';
import { approvalsApiDeps, awsApprovalsWiring, logFields, sweepDeps } from '../handlers/approvals-deps';
import { makeLogger } from '../handlers/powertools';
import { ENV } from '../shared/contract';
import { fileKeyring } from './file-keyring';
import { type HttpResponse, json, type Method, type RequestContext, type Route } from './http';
import type { OAuthServer } from './oauth';

export interface LocalApprovals {
  routes: Route[];
  /** One sweeper run (reminders, expiry, re-relays), as the timer does it. */
  sweep(): Promise<SweepSummary>;
  close(): void;
}

const METHODS: Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

export function localApprovals(opts: {
  /** The filter's environment (endpoints, POISE_*): the approvals read the same settings. */
  env: Record<string, string>;
  oauth: Pick<OAuthServer, 'actorOf'>;
  now?: () => Date;
}): LocalApprovals {
  const keyFile = opts.env[ENV.tokenKeyFile];
  if (!keyFile) throw new Error(`${ENV.tokenKeyFile} is not set`);
  const now = opts.now ?? (() => new Date());
  // The keyring comes from the file; the secret id is only what the config wants to see.
  const config = loadApprovalsConfig({ ...process.env, ...opts.env, [ENV.tokenSecretId]: keyFile });
  const clients = makeAwsClients({ ...process.env, ...opts.env });
  const secrets = new SecretsManagerClient({});
  const wiring = awsApprovalsWiring(config, clients, secrets, { now, keyring: fileKeyring(keyFile) });
  const api = makeApprovalsApi(approvalsApiDeps(config, wiring, logFields(makeLogger()), now));
  const sweepWith = sweepDeps(config, wiring, now);

  async function handle(ctx: RequestContext, isApi: boolean): Promise<HttpResponse> {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(ctx.req.headers)) {
      if (typeof value === 'string') headers[name] = value;
      else if (Array.isArray(value)) headers[name] = value.join(', ');
    }
    let actor: HttpRequest['actor'];
    if (isApi) {
      const found = await opts.oauth.actorOf(headers.authorization);
      // A bad or expired token is refused here, as API Gateway's JWT authorizer does.
      if (found === 'invalid') return json(401, { message: 'Unauthorized' });
      actor = found;
    }
    const body = ctx.req.method === 'GET' || ctx.req.method === 'HEAD' ? undefined : await ctx.body();
    const res = await api({
      method: (ctx.req.method ?? 'GET').toUpperCase(),
      path: ctx.url.pathname,
      query: Object.fromEntries(ctx.url.searchParams),
      headers,
      body: body?.length ? body.toString('utf8') : undefined,
      actor,
    });
    return { status: res.status, headers: res.headers, body: res.body };
  }

  const routes: Route[] = [
    ...METHODS.map((method): Route => ({ method, path: '/api/*', handle: (ctx) => handle(ctx, true) })),
    ...(['approve', 'reject', 'view'] as const).flatMap((action) =>
      (['GET', 'POST'] as const).map(
        (method): Route => ({ method, path: `/${action}/:token`, handle: (ctx) => handle(ctx, false) }),
      ),
    ),
  ];

  return {
    routes,
    sweep: () => runSweep(sweepWith),
    close: () => {
      for (const c of Object.values(clients)) c.destroy();
      secrets.destroy();
    },
  };
}
