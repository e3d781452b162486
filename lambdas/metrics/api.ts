// GET /api/metrics?from=YYYY-MM-DD&to=YYYY-MM-DD[&team=][&format=csv], HTTP-agnostic: the API Gateway
// Lambda and the local HTTP server both call metricsApi and copy status, headers and body out.
// The one place metrics errors become HTTP statuses: 400 bad query (the zod message), 401 no actor,
// 403 not allowed. Anything else is thrown for the edge's own 500 handling (and its log).
import type { Actor, MetricsAccess } from './access';
import { toCsv } from './csv';
import type { MetricsReader } from './ports';
import { getMetrics, MetricsForbidden, MetricsQueryError, parseMetricsQuery } from './query';

export const METRICS_ROUTE = '/api/metrics';

export interface MetricsApiRequest {
  query: URLSearchParams | Record<string, string | string[] | undefined> | null | undefined;
  /** The signed-in actor (Cognito JWT on AWS, the local session locally); undefined when anonymous. */
  actor: Actor | undefined;
}

export interface MetricsApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface MetricsApiDeps {
  reader: MetricsReader;
  access: MetricsAccess;
}

const COMMON = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export async function metricsApi(req: MetricsApiRequest, deps: MetricsApiDeps): Promise<MetricsApiResponse> {
  if (!req.actor?.email?.trim()) return error(401, 'sign in to see the metrics');
  let query: ReturnType<typeof parseMetricsQuery>;
  try {
    query = parseMetricsQuery(req.query);
  } catch (err) {
    if (err instanceof MetricsQueryError) return error(400, err.message);
    throw err;
  }
  try {
    const result = await getMetrics(query, req.actor, deps);
    if (query.format === 'csv') {
      const name = `poise-metrics-${query.from}-${query.to}${query.team ? `-${slug(query.team)}` : ''}.csv`;
      return {
        status: 200,
        headers: {
          ...COMMON,
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${name}"`,
        },
        body: toCsv(result),
      };
    }
    return {
      status: 200,
      headers: { ...COMMON, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(result),
    };
  } catch (err) {
    if (err instanceof MetricsForbidden) return error(403, err.message);
    throw err;
  }
}

function error(status: number, message: string): MetricsApiResponse {
  return {
    status,
    headers: { ...COMMON, 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ error: message }),
  };
}

function slug(team: string): string {
  return team.replace(/[^\w.-]+/g, '_');
}
