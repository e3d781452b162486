// End to end on the local gateway: the dev corpus through SMTP, then the metrics API's numbers equal
// what the message records in the log say, exactly (verdicts, categories, rules, per rep).
// (The route itself belongs to the local HTTP server; this calls the same metricsApi it will.)
import { readdir, readFile } from 'node:fs/promises';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envelopeOf } from '../../bin/envelope';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../lambdas/local/aws-local';
import type { Gateway } from '../../lambdas/local/gateway';
import { DynamoMetrics, type MetricsResult, metricsApi } from '../../lambdas/metrics';
import { client, drained, startTestGateway, tempDir } from '../local/helpers';

const CORPUS = new URL('../../../shared/corpus/dev/', import.meta.url);

describe('metrics on the local gateway', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let gw: Gateway;
  let db: DynamoDBClient;
  let sent = 0;
  const startDay = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    dir = await tempDir();
    gw = await startTestGateway(dir.path);
    db = new DynamoDBClient({
      endpoint: gw.endpoints.dynamodb,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
    });
    const files = (await readdir(CORPUS)).filter((f) => f.endsWith('.eml')).sort();
    const transport = client(gw);
    try {
      for (const file of files) {
        const raw = await readFile(new URL(file, CORPUS));
        await transport.sendMail({ envelope: await envelopeOf(raw), raw });
        sent++;
      }
    } finally {
      transport.close();
    }
    await drained(gw, 120_000);
  }, 180_000);

  afterAll(async () => {
    db?.destroy();
    await gw?.stop();
    await dir?.remove();
  });

  it('GET /api/metrics matches the verdicts, categories, rules and reps the log holds, exactly', async () => {
    // The test may read the whole log; the runtime never scans.
    const res = await db.send(
      new ScanCommand({
        TableName: gw.tableName,
        FilterExpression: 'sk = :msg',
        ExpressionAttributeValues: { ':msg': { S: 'MSG' } },
      }),
    );
    const records = (res.Items ?? []).map((i) => unmarshall(i));
    expect(records).toHaveLength(sent);

    const verdicts = { pass: 0, flag: 0, hold: 0 } as Record<string, number> & { flag: number; hold: number };
    const categories: Record<string, number> = {};
    const rules: Record<string, number> = {};
    const reps: Record<string, number> = {};
    for (const r of records) {
      verdicts[r.verdict] = (verdicts[r.verdict] ?? 0) + 1;
      for (const c of new Set<string>(r.categories ?? [])) categories[c] = (categories[c] ?? 0) + 1;
      for (const id of new Set<string>(r.rules ?? [])) rules[id] = (rules[id] ?? 0) + 1;
      if (r.sender) reps[String(r.sender).toLowerCase()] = (reps[String(r.sender).toLowerCase()] ?? 0) + 1;
    }
    expect(verdicts.flag + verdicts.hold).toBeGreaterThan(0); // the corpus exercises the detector

    const today = new Date().toISOString().slice(0, 10);
    const api = await metricsApi(
      { query: { from: startDay, to: today }, actor: { email: 'admin@seller.example', admin: true } },
      {
        reader: new DynamoMetrics(db, gw.tableName),
        access: { canView: () => true, canSeeRep: () => true },
      },
    );
    expect(api.status).toBe(200);
    const result = JSON.parse(api.body) as MetricsResult;

    expect(result.totals.messages).toBe(sent);
    expect(result.totals.verdicts).toEqual(verdicts);
    const nonZero = <T extends { count: number }>(list: T[]) => list.filter((x) => x.count > 0);
    expect(Object.fromEntries(nonZero(result.categories).map((c) => [c.category, c.count]))).toEqual(
      categories,
    );
    expect(Object.fromEntries(nonZero(result.rules).map((r) => [r.rule, r.count]))).toEqual(rules);
    expect(Object.fromEntries(result.reps.map((r) => [r.rep, r.messages]))).toEqual(reps);
  });
});
