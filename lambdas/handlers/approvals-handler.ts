// Approvals Lambda: API Gateway HTTP API (payload v2) → the HTTP-agnostic approvals API and back.
// The caller's identity comes only from the JWT authorizer's claims, and only on /api/* routes;
// the link routes have no authorizer and authenticate by their token.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type { ApiActor, ApprovalsApi, HttpRequest } from '../app/approvals-api';
import { publish } from '../app/telemetry';

export type ApprovalsEvent = APIGatewayProxyEventV2 | APIGatewayProxyEventV2WithJWTAuthorizer;
export type ApprovalsHandler = (
  event: ApprovalsEvent,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

export function makeApprovalsHandler(deps: {
  api: ApprovalsApi;
  logger: Logger;
  /** Flushed after every request: the hold decisions it made (HoldsApproved, TimeToDecision...). */
  metrics?: Metrics;
}): ApprovalsHandler {
  return async (event, context) => {
    deps.logger.addContext(context);
    try {
      const res = await deps.api(toHttpRequest(event));
      return { statusCode: res.status, headers: res.headers, body: res.body, isBase64Encoded: false };
    } finally {
      // Most requests decide nothing: no empty-metrics warning for them.
      if (deps.metrics?.hasStoredMetrics()) publish(deps.metrics, deps.logger);
    }
  };
}

export function toHttpRequest(event: ApprovalsEvent): HttpRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  const body =
    event.body === undefined
      ? undefined
      : event.isBase64Encoded
        ? Buffer.from(event.body, 'base64').toString('utf8')
        : event.body;
  const path = event.rawPath;
  const isApi = path === '/api' || path.startsWith('/api/');
  return {
    method: event.requestContext.http.method.toUpperCase(),
    path,
    query: { ...(event.queryStringParameters ?? {}) },
    headers,
    body,
    actor: isApi ? actorFrom(event) : undefined,
  };
}

/** The signed-in caller from a Cognito ID token's claims, as the HTTP API JWT authorizer passes them. */
export function actorFrom(event: ApprovalsEvent): ApiActor | undefined {
  const claims = (event.requestContext as { authorizer?: { jwt?: { claims?: Record<string, unknown> } } })
    .authorizer?.jwt?.claims;
  if (!claims) return undefined;
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  // An unverified address could be anyone's: no actor.
  if (!email || String(claims.email_verified) === 'false') return undefined;
  return { email, groups: groupsFrom(claims['cognito:groups']) };
}

/** HTTP APIs flatten array claims to "[a b]"; tests and other issuers may send an array or JSON. */
function groupsFrom(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string' || !value.trim()) return [];
  const text = value.trim();
  if (text.startsWith('[') && text.includes('"')) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // fall through to the flattened form
    }
  }
  return text
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
}
