// Calls the approvals Lambda's handler as API Gateway (HTTP API, payload v2) would: JWT claims on
// the request context for /api/*, the body base64-encoded, logs captured.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { ApprovalsApi } from '../../lambdas/app/approvals-api';
import { makeApprovalsHandler } from '../../lambdas/handlers/approvals-handler';
import { makeLogger } from '../../lambdas/handlers/powertools';
import { captureOutput, fakeContext } from '../lambdas/harness';

export interface Call {
  method?: string;
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
  claims?: Record<string, unknown>;
}

/** Cognito ID-token claims as the JWT authorizer passes them (groups flattened to "[a b]"). */
export const as = (email: string, groups = '[approvers]') => ({
  email,
  email_verified: 'true',
  'cognito:groups': groups,
});

export function handlerCalls(api: () => ApprovalsApi) {
  async function call(c: Call) {
    const out = captureOutput();
    try {
      const handler = makeApprovalsHandler({ api: api(), logger: makeLogger() });
      const event = {
        version: '2.0',
        routeKey: '$default',
        rawPath: c.path,
        rawQueryString: new URLSearchParams(c.query ?? {}).toString(),
        queryStringParameters: c.query,
        headers: c.headers ?? {},
        body: c.body === undefined ? undefined : Buffer.from(c.body).toString('base64'),
        isBase64Encoded: c.body !== undefined,
        requestContext: {
          http: {
            method: c.method ?? 'GET',
            path: c.path,
            protocol: 'HTTP/1.1',
            sourceIp: '198.51.100.7',
            userAgent: 't',
          },
          ...(c.claims ? { authorizer: { jwt: { claims: c.claims, scopes: null } } } : {}),
        },
      } as unknown as APIGatewayProxyEventV2;
      const res = await handler(event, fakeContext('poise-approvals'));
      return {
        status: res.statusCode ?? 0,
        headers: res.headers ?? {},
        body: String(res.body ?? ''),
        logs: out.logs,
      };
    } finally {
      out.restore();
    }
  }

  /** A console write: JSON with a bearer token, as the SPA sends it. */
  const apiSend = (
    method: 'POST' | 'PUT',
    path: string,
    body: unknown,
    claims: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) =>
    call({
      method,
      path,
      claims,
      headers: { 'content-type': 'application/json', authorization: 'Bearer eyJ.x.y', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  return {
    call,
    apiSend,
    apiPost: (
      path: string,
      body: unknown,
      claims: Record<string, unknown>,
      headers?: Record<string, string>,
    ) => apiSend('POST', path, body, claims, headers),
  };
}
