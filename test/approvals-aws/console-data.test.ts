// The console's data routes through the approvals Lambda's handler: GET /api/metrics from the daily
// counters (with a decision made through the API itself) and the admins' directory editor
// (GET/PUT /api/directory through the same store and validation as `poise directory import`).
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { describe, expect, it } from 'vitest';
import { DynamoDirectoryStore } from '../../lambdas/adapters/aws/dynamo-directory-store';
import { MAX_DIRECTORY_ENTRIES } from '../../lambdas/app/approvals-api';
import { Directory } from '../../lambdas/approvals/directory';
import { loadApprovalsConfig } from '../../lambdas/config';
import { awsApprovalsWiring } from '../../lambdas/handlers/approvals-deps';
import { CSV_HEADER, DynamoMetrics, messageCountPlan } from '../../lambdas/metrics';
import { getItem, type World, withDynaliteWorld } from '../lambdas/harness';
import { putHold } from './fixtures';
import { as, handlerCalls } from './http';
import { type Wired, wire } from './world';

let world: World;
let w: Wired;

withDynaliteWorld(async (w0) => {
  world = w0;
  w = await wire(world);
});

const { call, apiSend, apiPost } = handlerCalls(() => w.api);

const ADMIN = as('lead@seller.example', '[admins]');
const MIA = as('mia@seller.example'); // manager of sam and ren
const DAY = '2026-11-27';

async function count(rep: string, team: string | undefined, verdict: string, categories: string[] = []) {
  await new DynamoMetrics(world.clients.dynamodb, world.tableName).apply(
    { pk: `MSG#${rep}-${verdict}-${Math.random()}`, sk: 'MSG' },
    messageCountPlan({
      receivedAt: `${DAY}T09:00:00Z`,
      rep,
      team,
      verdict,
      categories,
      rules: categories.map((c) => `${c}.rule`),
    }),
  );
}

const metrics = (claims: Record<string, unknown> | undefined, query: Record<string, string>) =>
  call({ path: '/api/metrics', query, claims });

describe('GET /api/metrics', () => {
  it('answers the counters of the range, with the decision made through the API counted once', async () => {
    await count('sam@seller.example', 'emea', 'hold', ['quota_pressure']);
    await count('sam@seller.example', 'emea', 'pass');
    await count('ana@seller.example', 'apac', 'flag', ['unilateral_discount']);
    await putHold(world, { id: 'm1', heldAt: `${DAY}T09:00:00.000Z`, team: 'emea' });
    expect((await apiPost('/api/holds/m1/approve', {}, MIA)).status).toBe(200);
    expect((await apiPost('/api/holds/m1/approve', {}, MIA)).status).toBe(409);

    const res = await metrics(ADMIN, { from: DAY, to: DAY });

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    const body = JSON.parse(res.body);
    expect(body.totals).toMatchObject({ messages: 3, verdicts: { pass: 1, flag: 1, hold: 1 } });
    expect(body.categories).toEqual(
      expect.arrayContaining([
        { category: 'quota_pressure', count: 1 },
        { category: 'unilateral_discount', count: 1 },
      ]),
    );
    // Held at 09:00, decided at the world's 10:00.
    expect(body.decisions).toMatchObject({
      approved: 1,
      rejected: 0,
      timeToDecision: { count: 1, meanSeconds: 3600 },
    });
    expect(body.reps.map((r: { rep: string }) => r.rep).sort()).toEqual([
      'ana@seller.example',
      'sam@seller.example',
    ]);
  });

  it("shows a manager the aggregates and only their own reps' rows", async () => {
    await count('sam@seller.example', 'emea', 'flag');
    await count('ana@seller.example', 'apac', 'flag');

    const body = JSON.parse((await metrics(MIA, { from: DAY, to: DAY })).body);

    expect(body.totals.messages).toBe(2);
    expect(body.reps.map((r: { rep: string }) => r.rep)).toEqual(['sam@seller.example']);
  });

  it('exports the same numbers as CSV', async () => {
    await count('sam@seller.example', 'emea', 'hold', ['quota_pressure']);

    const res = await metrics(ADMIN, { from: DAY, to: DAY, format: 'csv' });

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="poise-metrics-${DAY}-${DAY}.csv"`);
    const lines = res.body.split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toContain('totals,,,,messages,1');
    expect(lines).toContain('category,,,,quota_pressure,1');
    expect(lines).toContain('rep,,sam@seller.example,emea,hold,1');
  });

  it('refuses the anonymous (401), reps and non-reviewers (403) and bad ranges (400) with {error, message}', async () => {
    const anonymous = await metrics(undefined, { from: DAY, to: DAY });
    expect(anonymous.status).toBe(401);

    const rep = await metrics(as('sam@seller.example'), { from: DAY, to: DAY });
    expect(rep.status).toBe(403);
    expect(JSON.parse(rep.body)).toEqual({ error: 'Forbidden', message: expect.any(String) });
    expect((await metrics(as('mia@seller.example', '[]'), { from: DAY, to: DAY })).status).toBe(403);

    const queries: Array<Record<string, string>> = [
      { from: '2026-11-28', to: DAY },
      { from: DAY },
      { from: DAY, to: DAY, sort: 'x' },
      { from: '2025-01-01', to: DAY },
    ];
    for (const query of queries) {
      const res = await metrics(ADMIN, query);
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(JSON.parse(res.body)).toEqual({ error: 'InvalidInput', message: expect.any(String) });
    }
    const bad = JSON.parse((await metrics(ADMIN, { from: '2026-11-28', to: DAY })).body);
    expect(bad.message).toBe('from: must not be after to');
  });

  it('answers an empty range with zeros, not an error', async () => {
    const body = JSON.parse((await metrics(ADMIN, { from: '2026-01-01', to: '2026-01-03' })).body);
    expect(body.days).toHaveLength(3);
    expect(body.totals).toMatchObject({ messages: 0, flagRate: null });
  });
});

const stored = () => new DynamoDirectoryStore(world.clients.dynamodb, world.tableName).entries();
const put = (body: unknown, claims = ADMIN, headers?: Record<string, string>) =>
  apiSend('PUT', '/api/directory', body, claims, headers);

const NEXT = {
  fallback: 'lead@seller.example',
  entries: [
    { email: 'lead@seller.example', role: 'admin' },
    { email: 'mia@seller.example', role: 'manager', team: 'emea' },
    { email: 'sam@seller.example', manager: 'mia@seller.example', team: 'emea' },
    { email: 'new@seller.example', manager: 'mia@seller.example', team: 'emea' },
  ],
};

describe('GET /api/directory', () => {
  it('gives admins the stored entries and the deployment fallback, in the import file form', async () => {
    const res = await call({ path: '/api/directory', claims: ADMIN });

    expect(res.status).toBe(200);
    const body = JSON.parse(res.body);
    expect(body.fallback).toBe('lead@seller.example');
    expect(body.entries).toHaveLength(6);
    expect(body.entries).toContainEqual({
      email: 'sam@seller.example',
      role: 'rep',
      manager: 'mia@seller.example',
      team: 'emea',
    });
    expect(body.entries).toContainEqual({ email: 'lead@seller.example', role: 'admin' });
  });

  it('is for admins only: a Cognito admin not in the directory may, a manager may not', async () => {
    expect((await call({ path: '/api/directory', claims: as('it@seller.example', '[admins]') })).status).toBe(
      200,
    );
    const manager = await call({ path: '/api/directory', claims: MIA });
    expect(manager.status).toBe(403);
    expect(JSON.parse(manager.body).error).toBe('Forbidden');
    expect((await call({ path: '/api/directory' })).status).toBe(401);
  });
});

describe('PUT /api/directory', () => {
  it('replaces the directory like the CLI: routes for the filter, stale people removed, audit-logged', async () => {
    const res = await put(NEXT);

    expect(res.status).toBe(200);
    // The sole admin has no approver route (nobody else could review their mail): 3 routes.
    expect(JSON.parse(res.body)).toMatchObject({ people: 4, routes: 3, fallback: 'lead@seller.example' });
    expect((await stored()).map((e) => e.email).sort()).toEqual([
      'lead@seller.example',
      'mia@seller.example',
      'new@seller.example',
      'sam@seller.example',
    ]);
    expect(await getItem(world, 'REP#new@seller.example', 'APPROVER')).toMatchObject({
      approver: 'mia@seller.example',
      team: 'emea',
    });
    expect(await getItem(world, 'REP#ana@seller.example', 'APPROVER')).toBeUndefined();
    const audit = w.logs.filter((l) => l.message === 'directory replaced');
    expect(audit).toEqual([
      {
        level: 'info',
        message: 'directory replaced',
        fields: {
          audit: 'directory-replaced',
          actor: 'lead@seller.example',
          people: 4,
          routes: 3,
          // bob, ana and ren: a person item and a route item each (lead never had a route item).
          deleted: 6,
        },
      },
    ]);
    expect(JSON.stringify(w.logs)).not.toContain('new@seller.example');
    const list = await call({ path: '/api/directory', claims: ADMIN });
    expect(JSON.parse(list.body).entries).toHaveLength(4);
  });

  it('takes back what GET gave, unchanged', async () => {
    const before = JSON.parse((await call({ path: '/api/directory', claims: ADMIN })).body);
    const res = await put(before);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ people: 6, entries: before.entries });
    expect(JSON.parse((await call({ path: '/api/directory', claims: ADMIN })).body)).toEqual(before);
  });

  it.each([
    [
      'a bad role names the entry and field',
      {
        entries: [
          { email: 'lead@seller.example', role: 'admin' },
          { email: 'x@seller.example', role: 'boss' },
        ],
      },
      'directory entries[1]: role: must be rep, manager or admin',
    ],
    [
      'a bad email',
      { entries: [{ email: 'not-an-email' }] },
      'directory entries[0]: email: not an email address',
    ],
    [
      'a manager not in the directory',
      { entries: [{ email: 'sam@seller.example', manager: 'ghost@seller.example' }] },
      'directory entries[0]: manager: ghost@seller.example is not in the directory',
    ],
    [
      'not the file form',
      { people: [] },
      'directory: expected an array of entries or {"fallback", "entries": [...]}',
    ],
    [
      'another global fallback',
      { fallback: 'mia@seller.example', entries: NEXT.entries },
      'fallback: set by the deployment (lead@seller.example); leave it out or send it unchanged',
    ],
  ])('refuses %s with 400 {error, message} and writes nothing', async (_name, body, message) => {
    const res = await put(body);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ error: 'InvalidInput', message });
    expect(await stored()).toHaveLength(6);
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await put('{"entries": [');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).message).toMatch(/^directory: not valid JSON/);
  });

  it('refuses more entries than one request can write in time', async () => {
    const entries = Array.from({ length: MAX_DIRECTORY_ENTRIES + 1 }, (_, i) => ({
      email: `r${i}@s.example`,
    }));
    const res = await put({ entries });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).message).toMatch(/^entries: at most 2000/);
    expect(await stored()).toHaveLength(6);
  });

  it('is for admins only (403) and keeps the CSRF rules: JSON and a bearer token', async () => {
    expect((await put(NEXT, MIA)).status).toBe(403);
    expect((await put(NEXT, ADMIN, { authorization: '' })).status).toBe(403);
    expect((await put(NEXT, ADMIN, { 'content-type': 'text/plain' })).status).toBe(400);
    expect((await put(NEXT, ADMIN, { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(
      400,
    );
    expect(await stored()).toHaveLength(6);
    expect(w.logs.filter((l) => l.message === 'directory replaced')).toEqual([]);
  });
});

describe('directory cache of a warm Lambda', () => {
  it('serves the replaced directory at once on the instance that replaced it', async () => {
    const config = loadApprovalsConfig({
      POISE_TABLE_NAME: world.tableName,
      POISE_NOTIFY_FROM: 'poise@seller.example',
      POISE_FALLBACK_APPROVER: 'lead@seller.example',
      POISE_PUBLIC_URL: 'https://poise.example.com',
      POISE_TOKEN_SECRET_ID: 'poise-token-keyring',
    });
    const wiring = awsApprovalsWiring(
      config,
      world.clients,
      new SecretsManagerClient({ region: 'us-east-1' }),
      {
        directoryCacheMs: 60_000,
      },
    );
    expect((await wiring.directory()).entry('ana@seller.example')).toBeDefined();

    await wiring.directoryStore.replace(Directory.fromFile(JSON.stringify(NEXT), 'json'), new Date());

    expect((await wiring.directory()).entry('ana@seller.example')).toBeUndefined();
    expect((await wiring.directory()).entry('new@seller.example')?.manager).toBe('mia@seller.example');
  });
});
