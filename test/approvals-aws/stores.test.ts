// The hold and directory stores against dynalite (through the harness's mocked client).
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoApproverDirectory } from '../../lambdas/adapters/aws/dynamo-approver-directory';
import { DynamoDirectoryStore } from '../../lambdas/adapters/aws/dynamo-directory-store';
import { DynamoHoldStore, type HoldItem } from '../../lambdas/adapters/aws/dynamo-hold-store';
import { Directory } from '../../lambdas/approvals/directory';
import { HoldConflict, InvalidInput } from '../../lambdas/approvals/errors';
import { type HoldStatus, transition } from '../../lambdas/approvals/hold';
import { DynamoMetrics } from '../../lambdas/metrics';
import { getItem, type World, withDynaliteWorld } from '../lambdas/harness';
import { putHold } from './fixtures';

let world: World;
let holds: DynamoHoldStore;

withDynaliteWorld(async (w0) => {
  world = w0;
  holds = new DynamoHoldStore(world.clients.dynamodb, world.tableName);
});

const NOW = new Date('2026-11-27T10:00:00Z');

describe('DynamoHoldStore.write', () => {
  it("counts a decision from the hold's facts on the update, without reading the hold again", async () => {
    const hold = await putHold(world, { id: 'h-count', team: 'emea', heldAt: '2026-11-27T08:00:00.000Z' });
    const sent: string[] = [];
    const client = world.clients.dynamodb;
    const spy = {
      send: (command: { constructor: { name: string } }) => {
        sent.push(command.constructor.name);
        return client.send(command as never);
      },
    } as unknown as DynamoDBClient;
    const metrics = new DynamoMetrics(client, world.tableName);
    const store = new DynamoHoldStore(spy, world.tableName, { counters: metrics });

    await store.write(transition(hold, { type: 'approve', by: 'mia@seller.example', via: 'console' }, NOW));

    expect(sent).toEqual(['UpdateItemCommand', 'PutItemCommand']);
    const rows = await metrics.day('2026-11-27');
    const team = rows.find((r) => r.scope === 'TEAM#emea');
    expect(team?.counters['DECISION#approved']).toBe(1);
  });

  it('moves the hold and its status index key, and writes the audit event once', async () => {
    const hold = await putHold(world, { id: 'h1' });
    const update = transition(hold, { type: 'approve', by: 'Mia@Seller.example', via: 'console' }, NOW);

    await holds.write(update);

    const item = await getItem(world, 'MSG#h1', 'HOLD');
    expect(item).toMatchObject({
      status: 'APPROVED',
      gsi1pk: 'HOLD#APPROVED',
      decidedBy: 'mia@seller.example',
    });
    expect(await getItem(world, 'MSG#h1', 'EVENT#approved')).toMatchObject({
      actor: 'mia@seller.example',
      from: 'HELD',
      to: 'APPROVED',
    });
  });

  it('throws HoldConflict when the hold is no longer in the expected status, and audits nothing', async () => {
    const hold = await putHold(world, { id: 'h2' });
    await holds.write(transition(hold, { type: 'approve', by: 'mia@seller.example', via: 'link' }, NOW));

    const late = transition(hold, { type: 'reject', by: 'mia@seller.example', via: 'link', note: 'no' }, NOW);
    await expect(holds.write(late)).rejects.toBeInstanceOf(HoldConflict);
    expect(await getItem(world, 'MSG#h2', 'EVENT#rejected')).toBeUndefined();
    expect((await holds.get('h2'))?.status).toBe('APPROVED');
  });

  it('does not create a hold that does not exist', async () => {
    const ghost = await putHold(world, { id: 'h3' }, { store: false });
    await expect(
      holds.write(transition(ghost, { type: 'approve', by: 'mia@seller.example', via: 'link' }, NOW)),
    ).rejects.toBeInstanceOf(HoldConflict);
    expect(await getItem(world, 'MSG#h3', 'HOLD')).toBeUndefined();
  });

  it('lets exactly one of concurrent deciders win', async () => {
    const hold = await putHold(world, { id: 'race' });
    const results = await Promise.allSettled([
      holds.write(transition(hold, { type: 'approve', by: 'mia@seller.example', via: 'link' }, NOW)),
      holds.write(
        transition(hold, { type: 'reject', by: 'mia@seller.example', via: 'console', note: 'no' }, NOW),
      ),
      holds.write(transition(hold, { type: 'approve', by: 'lead@seller.example', via: 'console' }, NOW)),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const events = await holds.events('race');
    expect(events.filter((e) => e.event === 'approved' || e.event === 'rejected')).toHaveLength(1);
  });

  it('records each reminder once (the absent-field condition)', async () => {
    const hold = await putHold(world, { id: 'r1' });
    const remind = transition(hold, { type: 'remind', stage: 'half', to: 'mia@seller.example' }, NOW);
    await holds.write(remind);
    await expect(holds.write(remind)).rejects.toBeInstanceOf(HoldConflict);
    expect((await holds.get('r1'))?.remindedHalfAt).toBe(NOW.toISOString());
  });
});

describe('DynamoHoldStore queries', () => {
  it('lists holds by status in deadline order, following the cursor', async () => {
    await putHold(world, { id: 'late', deadline: '2026-11-29T10:00:00.000Z' });
    await putHold(world, { id: 'soon', deadline: '2026-11-28T10:00:00.000Z' });
    await putHold(world, { id: 'other', approver: 'lead@seller.example' });
    const decided = await putHold(world, { id: 'done' });
    await holds.write(transition(decided, { type: 'approve', by: 'mia@seller.example', via: 'link' }, NOW));

    const first = await holds.listByStatus('HELD', { limit: 2 });
    expect(first.holds.map((h) => h.id)).toEqual(['other', 'soon']);
    const second = await holds.listByStatus('HELD', { limit: 2, cursor: first.cursor });
    expect(second.holds.map((h) => h.id)).toEqual(['late']);
    expect((await holds.listByStatus('APPROVED')).holds.map((h) => h.id)).toEqual(['done']);
    expect((await holds.allByStatus('HELD')).map((h) => h.id)).toHaveLength(3);
  });

  it('lists latest deadline first with order desc, following the cursor the same way', async () => {
    for (const [id, day] of [
      ['d28', '28'],
      ['d30', '30'],
      ['d29', '29'],
    ] as const) {
      await putHold(world, { id, deadline: `2026-11-${day}T10:00:00.000Z` });
    }

    const first = await holds.listByStatus('HELD', { limit: 2, order: 'desc' });
    expect(first.holds.map((h) => h.id)).toEqual(['d30', 'd29']);
    const second = await holds.listByStatus('HELD', { limit: 2, order: 'desc', cursor: first.cursor });
    expect(second.holds.map((h) => h.id)).toEqual(['d28']);
    expect(second.cursor).toBeUndefined();
    expect((await holds.listByStatus('HELD', { order: 'asc' })).holds.map((h) => h.id)).toEqual([
      'd28',
      'd29',
      'd30',
    ]);
  });

  it('lists decided holds by when they were decided, not by deadline, and released ones by approval', async () => {
    const at = (hour: number) => new Date(`2026-11-27T${String(hour).padStart(2, '0')}:00:00Z`);
    const held = (id: string, day: string) =>
      putHold(world, { id, deadline: `2026-11-${day}T10:00:00.000Z`, heldAt: '2026-11-20T08:00:00.000Z' });
    const approve = async (id: string, day: string, hour: number) =>
      holds.write(
        transition(await held(id, day), { type: 'approve', by: 'mia@seller.example', via: 'link' }, at(hour)),
      );
    // The latest deadline was decided first.
    await approve('a-first', '30', 9);
    await approve('a-last', '28', 11);
    await approve('a-middle', '29', 10);
    const released = await holds.get('a-first');
    await holds.write(transition(released as HoldItem, { type: 'release', sesMessageId: 'ses-1' }, at(12)));
    await approve('r-first', '30', 9);
    await holds.write(
      transition(await held('x-old', '28'), { type: 'expire' }, new Date('2026-11-28T11:00:00Z')),
    );
    await holds.write(
      transition(await held('x-new', '27'), { type: 'expire' }, new Date('2026-11-29T11:00:00Z')),
    );

    const ids = async (status: HoldStatus, order: 'asc' | 'desc', limit = 100, cursor?: string) =>
      holds.listByStatus(status, { order, limit, cursor });
    const first = await ids('APPROVED', 'desc', 2);
    expect(first.holds.map((h) => h.id)).toEqual(['a-last', 'a-middle']);
    expect((await ids('APPROVED', 'desc', 2, first.cursor)).holds.map((h) => h.id)).toEqual(['r-first']);
    expect((await ids('APPROVED', 'asc')).holds.map((h) => h.id)).toEqual(['r-first', 'a-middle', 'a-last']);
    // Released keeps its approval time (the decision), not the send time.
    expect((await ids('RELEASED', 'desc')).holds.map((h) => h.id)).toEqual(['a-first']);
    expect((await ids('EXPIRED', 'desc')).holds.map((h) => h.id)).toEqual(['x-new', 'x-old']);
    // The queue still reads by deadline.
    await held('h-late', '30');
    await held('h-soon', '28');
    expect((await ids('HELD', 'asc')).holds.map((h) => h.id)).toEqual(['h-soon', 'h-late']);
  });

  it('reads the subject when the hold has one, and none from holds stored before subjects were', async () => {
    await putHold(world, { id: 'subj', subject: 'Your renewal' });
    await putHold(world, { id: 'old' });
    expect((await holds.get('subj'))?.subject).toBe('Your renewal');
    const old = await holds.get('old');
    expect(old?.status).toBe('HELD');
    expect(old?.subject).toBeUndefined();
  });

  it('lists holds by approver', async () => {
    await putHold(world, { id: 'a', approver: 'mia@seller.example' });
    await putHold(world, { id: 'b', approver: 'lead@seller.example' });
    expect((await holds.listByApprover('MIA@seller.example')).holds.map((h) => h.id)).toEqual(['a']);
  });

  it('refuses a forged cursor', async () => {
    await expect(holds.listByStatus('HELD', { cursor: 'bm90IGpzb24' })).rejects.toBeInstanceOf(InvalidInput);
  });
});

describe('DynamoHoldStore release bookkeeping', () => {
  it('claims a release once until the claim lapses, and records chunks only while APPROVED', async () => {
    const hold = await putHold(world, { id: 'rel' });
    await expect(holds.claimRelease('rel', NOW, new Date(NOW.getTime() + 60_000))).rejects.toBeInstanceOf(
      HoldConflict,
    );
    await holds.write(transition(hold, { type: 'approve', by: 'mia@seller.example', via: 'link' }, NOW));
    await holds.claimRelease('rel', NOW, new Date(NOW.getTime() + 60_000));
    await expect(holds.claimRelease('rel', NOW, new Date(NOW.getTime() + 60_000))).rejects.toBeInstanceOf(
      HoldConflict,
    );
    await holds.claimRelease('rel', new Date(NOW.getTime() + 61_000), new Date(NOW.getTime() + 120_000));
    await holds.chunkRelayed('rel', 0, 'ses-1');
    expect((await holds.get('rel'))?.relayedChunks).toEqual({ '0': 'ses-1' });
  });
});

describe('DynamoDirectoryStore', () => {
  const csv = (rows: string[]) => ['email,role,manager,team,fallback', ...rows].join('\n');
  const v1 = Directory.fromFile(
    csv([
      'lead@seller.example,admin,,,',
      'mia@seller.example,manager,,emea,',
      'sam@seller.example,rep,mia@seller.example,emea,',
      'ana@seller.example,rep,,emea,',
    ]),
    'csv',
    'fallback@seller.example',
  );

  it('stores entries and the REP# approver items the filter reads, and loads the Directory back', async () => {
    const store = new DynamoDirectoryStore(world.clients.dynamodb, world.tableName);
    const summary = await store.replace(v1, NOW);
    expect(summary).toMatchObject({ people: 4, deleted: 0 });

    const filterView = new DynamoApproverDirectory(
      world.clients.dynamodb,
      world.tableName,
      'fallback@seller.example',
    );
    expect(await filterView.approverFor('Sam@Seller.example')).toEqual({
      approver: 'mia@seller.example',
      source: 'directory',
      team: 'emea',
    });
    // No manager: the global fallback, as the Directory resolves it.
    expect((await filterView.approverFor('ana@seller.example')).approver).toBe('fallback@seller.example');

    const loaded = await store.load('fallback@seller.example');
    expect(loaded.can({ email: 'mia@seller.example' }, { rep: 'sam@seller.example' })).toBe(true);
    expect(loaded.isAdmin({ email: 'lead@seller.example' })).toBe(true);
    expect(loaded.entries()).toHaveLength(4);
  });

  it('replaces: people no longer listed lose both items; dry-run plans without writing', async () => {
    const store = new DynamoDirectoryStore(world.clients.dynamodb, world.tableName);
    await store.replace(v1, NOW);
    const v2 = Directory.fromFile(
      csv(['lead@seller.example,admin,,,', 'sam@seller.example,rep,lead@seller.example,,']),
      'csv',
      'fallback@seller.example',
    );

    const plan = await store.plan(v2, NOW);
    expect(plan.writes.filter((w) => w.op === 'delete').map((w) => `${w.pk}/${w.sk}`)).toEqual(
      expect.arrayContaining(['DIRECTORY/PERSON#mia@seller.example', 'REP#ana@seller.example/APPROVER']),
    );
    expect(await getItem(world, 'REP#mia@seller.example', 'APPROVER')).toBeDefined();

    await store.replace(v2, NOW);
    expect(await getItem(world, 'REP#mia@seller.example', 'APPROVER')).toBeUndefined();
    expect(await getItem(world, 'REP#sam@seller.example', 'APPROVER')).toMatchObject({
      approver: 'lead@seller.example',
    });
    expect((await store.entries()).map((e) => e.email).sort()).toEqual([
      'lead@seller.example',
      'sam@seller.example',
    ]);
  });

  it('counts as deleted only the items that were there: a sole approver has no route item', async () => {
    const store = new DynamoDirectoryStore(world.clients.dynamodb, world.tableName);
    // lead is the global fallback and the only admin: nobody else could approve, so no REP# item.
    const v = (rows: string[]) => Directory.fromFile(csv(rows), 'csv', 'lead@seller.example');
    const team = ['lead@seller.example,admin,,,', 'mia@seller.example,manager,,emea,'];
    await store.replace(v([...team, 'sam@seller.example,rep,mia@seller.example,emea,']), NOW);
    expect(await getItem(world, 'REP#lead@seller.example', 'APPROVER')).toBeUndefined();

    expect(
      (await store.replace(v([...team, 'sam@seller.example,rep,mia@seller.example,emea,']), NOW)).deleted,
    ).toBe(0);
    // sam leaves: his person item and his route item.
    expect((await store.replace(v(team), NOW)).deleted).toBe(2);
    expect(await getItem(world, 'DIRECTORY', 'PERSON#sam@seller.example')).toBeUndefined();
  });
});

describe('keyring secret', () => {
  it('reads the flat keyring Secrets Manager generates, once, and retries after a failure', async () => {
    const { GetSecretValueCommand, SecretsManagerClient } = await import('@aws-sdk/client-secrets-manager');
    const { mockClient } = await import('aws-sdk-client-mock');
    const { secretKeyring } = await import('../../lambdas/adapters/aws/secrets-keyring');
    const { signToken, verifyToken } = await import('../../lambdas/approvals/tokens');
    const sm = mockClient(SecretsManagerClient);
    const generated = 'aB3'.repeat(21).slice(0, 64); // alphanumeric, as generateSecretString makes it
    sm.on(GetSecretValueCommand)
      .rejectsOnce(Object.assign(new Error('throttled'), { name: 'ThrottlingException' }))
      .resolves({ SecretString: JSON.stringify({ current: 'k1', k1: generated }) });
    const keyring = secretKeyring(new SecretsManagerClient({ region: 'us-east-1' }), 'arn:secret');

    await expect(keyring()).rejects.toThrow('throttled');
    const ring = await keyring();
    await keyring();

    expect(sm.commandCalls(GetSecretValueCommand)).toHaveLength(2);
    const t = signToken(
      { holdId: 'h', action: 'view', approver: 'a@b.example', expiresAt: NOW.getTime() + 1000 },
      ring,
    );
    expect(verifyToken(t, ring, { action: 'view', now: NOW }).ok).toBe(true);
    sm.restore();
  });
});
