// The approvals Lambda end to end through its handler: API Gateway v2 events in, dynalite table,
// mocked S3 and SES. Token flows, authorization, races, relay and reject notices.
import { describe, expect, it } from 'vitest';
import { getItem, type World, withDynaliteWorld } from '../lambdas/harness';
import { HELD_MAIL, putHold } from './fixtures';
import { as, handlerCalls } from './http';
import { PUBLIC_URL, relays, sentMail, token, type Wired, wire } from './world';

let world: World;
let w: Wired;

withDynaliteWorld(async (w0) => {
  world = w0;
  w = await wire(world);
});

const { call, apiPost } = handlerCalls(() => w.api);

const linkPost = (path: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
  call({
    method: 'POST',
    path,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: PUBLIC_URL,
      'sec-fetch-site': 'same-origin',
      ...headers,
    },
    body: new URLSearchParams(form).toString(),
  });

const status = async (id: string) => (await getItem(world, `MSG#${id}`, 'HOLD'))?.status;

describe('link routes', () => {
  it('GET shows the confirmation page with the form and changes nothing', async () => {
    await putHold(world, { id: 'h1' });
    const t = token(w, 'h1', 'approve');

    const res = await call({ path: `/approve/${t}` });

    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.body).toContain(`action="/approve/${t}"`);
    expect(res.body).toContain(`name="token" value="${t}"`);
    expect(res.body).toContain('to hit my quota');
    expect(await status('h1')).toBe('HELD');
    expect(world.relayed).toHaveLength(0);
  });

  it('POST approves and relays the original bytes once to every envelope recipient; a replay changes nothing', async () => {
    await putHold(world, { id: 'h1' });
    const t = token(w, 'h1', 'approve');

    const res = await linkPost(`/approve/${t}`, { token: t, note: 'ok' });

    expect(res.status).toBe(200);
    expect(res.body).toContain('has been sent');
    const sent = relays(world);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.destinations).toEqual([
      'buyer@customer.example',
      'cfo@customer.example',
      'hidden-bcc@customer.example',
    ]);
    expect(sent[0]?.source).toBe('sam@seller.example');
    // The original message, minus only the DKIM signature SES would refuse.
    expect(sent[0]?.raw.toString()).toBe(HELD_MAIL.replace(/DKIM-Signature: [^\r]*\r\n/, ''));
    const item = await getItem(world, 'MSG#h1', 'HOLD');
    expect(item).toMatchObject({
      status: 'RELEASED',
      sesMessageId: expect.any(String),
      decidedBy: 'mia@seller.example',
    });
    expect(await getItem(world, 'MSG#h1', 'EVENT#released')).toMatchObject({ actor: 'system:relay' });

    const replay = await linkPost(`/approve/${t}`, { token: t });
    expect(replay.status).toBe(409);
    const after = await call({ path: `/approve/${t}` });
    expect(after.status).toBe(200);
    expect(after.body).toContain('approved by mia@seller.example and sent');
    expect(after.body).not.toContain('<form');
    expect(relays(world)).toHaveLength(1);
    expect(await status('h1')).toBe('RELEASED');
  });

  it('POST rejects with the note and tells the rep', async () => {
    await putHold(world, { id: 'h2' });
    const t = token(w, 'h2', 'reject');

    const res = await linkPost(`/reject/${t}`, { token: t, note: 'Please drop the quota line.' });

    expect(res.status).toBe(200);
    expect(await status('h2')).toBe('REJECTED');
    const mails = await sentMail(world);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toEqual(['sam@seller.example']);
    expect(mails[0]?.text).toContain('Please drop the quota line.');
    expect(mails[0]?.text).toContain('mia@seller.example rejected it');
    expect(relays(world)).toHaveLength(0);
  });

  it('a reject without a note is refused and changes nothing', async () => {
    await putHold(world, { id: 'h2' });
    const t = token(w, 'h2', 'reject');
    expect((await linkPost(`/reject/${t}`, { token: t, note: '  ' })).status).toBe(400);
    expect(await status('h2')).toBe('HELD');
  });

  it.each([
    ['forged', (t: string) => `${t.slice(0, -4)}AAAA`, 401],
    ['expired', () => token(w, 'h3', 'approve', 'mia@seller.example', new Date('2026-11-27T09:00:00Z')), 410],
    ['for another action', () => token(w, 'h3', 'reject'), 409],
    ['for another team’s manager', () => token(w, 'h3', 'approve', 'bob@seller.example'), 403],
    ['malformed', () => 'not-a.token', 400],
  ])('a token %s is refused on GET and POST, and nothing changes', async (_name, make, expected) => {
    await putHold(world, { id: 'h3' });
    const t = make(token(w, 'h3', 'approve'));

    expect((await call({ path: `/approve/${t}` })).status).toBe(expected);
    expect((await linkPost(`/approve/${t}`, { token: t })).status).toBe(expected);
    expect(await status('h3')).toBe('HELD');
    expect(world.relayed).toHaveLength(0);
  });

  it.each([
    ['from another origin', { origin: 'https://evil.example' }, {}, 403],
    ['cross-site', { 'sec-fetch-site': 'cross-site' }, {}, 403],
    ['without the token in the body', {}, { token: '' }, 400],
    ['as JSON', { 'content-type': 'application/json' }, {}, 400],
  ])('a POST %s is refused', async (_name, headers, form, expected) => {
    await putHold(world, { id: 'h4' });
    const t = token(w, 'h4', 'approve');
    const res = await linkPost(`/approve/${t}`, { token: t, ...form }, headers);
    expect(res.status).toBe(expected);
    expect(await status('h4')).toBe('HELD');
  });

  it('never logs the token', async () => {
    await putHold(world, { id: 'h5' });
    const t = token(w, 'h5', 'approve');
    const res = await linkPost(`/approve/${t}`, { token: t });
    expect(JSON.stringify(res.logs)).not.toContain(t.split('.')[1]);
    expect(JSON.stringify(w.logs)).not.toContain(t.split('.')[1]);
  });
});

describe('console API', () => {
  it('lets the rep’s manager approve; another team’s manager gets 403', async () => {
    await putHold(world, { id: 'c1' });

    const bob = await apiPost('/api/holds/c1/approve', {}, as('bob@seller.example'));
    expect(bob.status).toBe(403);
    expect(await status('c1')).toBe('HELD');

    const mia = await apiPost('/api/holds/c1/approve', { note: 'fine' }, as('mia@seller.example'));
    expect(mia.status).toBe(200);
    expect(JSON.parse(mia.body).hold).toMatchObject({ status: 'RELEASED', decidedVia: 'console' });
    expect(relays(world)).toHaveLength(1);
  });

  it('admins act on every hold', async () => {
    await putHold(world, { id: 'c2', rep: 'ana@seller.example', approver: 'bob@seller.example' });
    const res = await apiPost(
      '/api/holds/c2/reject',
      { note: 'no' },
      as('someone@seller.example', '[admins]'),
    );
    expect(res.status).toBe(200);
    expect(await status('c2')).toBe('REJECTED');
  });

  it.each([
    ['without a JSON content type', { 'content-type': 'text/plain' }, 400],
    ['without a bearer token', { authorization: '' }, 403],
  ])('refuses a POST %s', async (_name, headers, expected) => {
    await putHold(world, { id: 'c3' });
    expect((await apiPost('/api/holds/c3/approve', {}, as('mia@seller.example'), headers)).status).toBe(
      expected,
    );
    expect(await status('c3')).toBe('HELD');
  });

  it('refuses callers without claims (401), outside the reviewer groups (403) or unverified (401)', async () => {
    await putHold(world, { id: 'c4' });
    expect((await call({ path: '/api/holds' })).status).toBe(401);
    expect((await call({ path: '/api/holds', claims: as('mia@seller.example', '[]') })).status).toBe(403);
    expect(
      (await call({ path: '/api/holds', claims: { ...as('mia@seller.example'), email_verified: 'false' } }))
        .status,
    ).toBe(401);
  });

  it('lists only the holds the caller may review; admins see all', async () => {
    await putHold(world, { id: 'l1' });
    await putHold(world, { id: 'l2', rep: 'ana@seller.example', approver: 'bob@seller.example' });

    const mia = JSON.parse(
      (await call({ path: '/api/holds', query: { status: 'held' }, claims: as('mia@seller.example') })).body,
    );
    expect(mia.holds.map((h: { id: string }) => h.id)).toEqual(['l1']);
    const lead = JSON.parse(
      (
        await call({
          path: '/api/holds',
          query: { status: 'held' },
          claims: as('lead@seller.example', '[admins]'),
        })
      ).body,
    );
    expect(lead.holds.map((h: { id: string }) => h.id).sort()).toEqual(['l1', 'l2']);
    expect(
      (await call({ path: '/api/holds', query: { status: 'bogus' }, claims: as('mia@seller.example') }))
        .status,
    ).toBe(400);
  });

  it('lists each hold with its stored subject, and none for holds stored before subjects were', async () => {
    await putHold(world, { id: 's1', subject: 'Pricing <img src=x onerror=alert(1)> follow-up' });
    await putHold(world, { id: 's0', deadline: '2026-11-28T07:00:00.000Z' });

    const res = await call({
      path: '/api/holds',
      query: { status: 'held' },
      claims: as('mia@seller.example'),
    });
    expect(res.status).toBe(200);
    const { holds } = JSON.parse(res.body) as { holds: Array<Record<string, unknown>> };
    expect(holds.map((h) => [h.id, h.subject])).toEqual([
      ['s0', undefined],
      ['s1', 'Pricing <img src=x onerror=alert(1)> follow-up'],
    ]);
    expect(holds[0]).not.toHaveProperty('subject');
    // The decision answer is the same summary.
    const decided = await apiPost('/api/holds/s1/approve', {}, as('mia@seller.example'));
    expect(JSON.parse(decided.body).hold).toMatchObject({
      id: 's1',
      subject: expect.stringMatching(/^Pricing/),
    });
  });

  it('lists in deadline order, latest first with order=desc (one page, then the cursor); other orders are 400', async () => {
    for (const [id, hour] of [
      ['o7', '07'],
      ['o9', '09'],
      ['o8', '08'],
    ] as const) {
      await putHold(world, { id, deadline: `2026-11-28T${hour}:00:00.000Z` });
    }
    const list = async (query: Record<string, string>) => {
      const res = await call({ path: '/api/holds', query, claims: as('mia@seller.example') });
      return {
        status: res.status,
        ...(JSON.parse(res.body) as {
          holds?: Array<{ id: string }>;
          cursor?: string;
          error?: string;
          message?: string;
        }),
      };
    };
    const ids = (page: { holds?: Array<{ id: string }> }) => page.holds?.map((h) => h.id);

    expect(ids(await list({ status: 'held' }))).toEqual(['o7', 'o8', 'o9']);
    expect(ids(await list({ status: 'held', order: 'asc' }))).toEqual(['o7', 'o8', 'o9']);
    const first = await list({ status: 'held', order: 'desc', limit: '2' });
    expect(ids(first)).toEqual(['o9', 'o8']);
    const second = await list({ status: 'held', order: 'desc', limit: '2', cursor: first.cursor ?? '' });
    expect(ids(second)).toEqual(['o7']);
    expect(second.cursor).toBeUndefined();
    for (const order of ['DESC', 'newest', '']) {
      expect(await list({ status: 'held', order })).toMatchObject({
        status: 400,
        error: 'InvalidInput',
        message: 'order: asc or desc',
      });
    }
  });

  it('shows a hold’s detail with the rep’s text to its reviewer only', async () => {
    await putHold(world, { id: 'd1' });
    const ok = await call({ path: '/api/holds/d1', claims: as('mia@seller.example') });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).view).toMatchObject({
      subject: 'Your renewal',
      body: expect.stringContaining('30% off'),
    });
    expect((await call({ path: '/api/holds/d1', claims: as('bob@seller.example') })).status).toBe(403);
    expect((await call({ path: '/api/holds/nope', claims: as('mia@seller.example') })).status).toBe(404);
  });

  it('decides in bulk, each hold on its own', async () => {
    await putHold(world, { id: 'b1' });
    await putHold(world, { id: 'b2', rep: 'ana@seller.example', approver: 'bob@seller.example' });
    const res = await apiPost(
      '/api/holds/bulk',
      { action: 'reject', ids: ['b1', 'b2'], note: 'reword' },
      as('mia@seller.example'),
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).results).toEqual([
      { holdId: 'b1', status: 'REJECTED' },
      { holdId: 'b2', error: 'Forbidden' },
    ]);
    expect(
      (
        await apiPost(
          '/api/holds/bulk',
          { action: 'reject', ids: ['b2'] },
          as('lead@seller.example', '[admins]'),
        )
      ).status,
    ).toBe(400);
  });

  it('answers /api/me from the claims and the directory', async () => {
    const res = await call({ path: '/api/me', claims: as('Mia@Seller.example', '[approvers]') });
    expect(JSON.parse(res.body)).toMatchObject({
      email: 'mia@seller.example',
      admin: false,
      approver: true,
      role: 'manager',
      team: 'emea',
    });
  });
});

describe('races', () => {
  it('concurrent approve (link) and reject (console): exactly one wins, at most one relay', async () => {
    await putHold(world, { id: 'r1' });
    const t = token(w, 'r1', 'approve');

    const [link, console] = await Promise.all([
      linkPost(`/approve/${t}`, { token: t }),
      apiPost('/api/holds/r1/reject', { note: 'no' }, as('mia@seller.example')),
    ]);

    expect([link.status, console.status].sort()).toEqual([200, 409]);
    const final = await status('r1');
    if (final === 'RELEASED') {
      expect(relays(world)).toHaveLength(1);
      expect(await sentMail(world)).toHaveLength(0);
    } else {
      expect(final).toBe('REJECTED');
      expect(relays(world)).toHaveLength(0);
    }
  });

  it('two approves of one hold relay once', async () => {
    await putHold(world, { id: 'r2' });
    const t = token(w, 'r2', 'approve');
    const results = await Promise.all([
      linkPost(`/approve/${t}`, { token: t }),
      linkPost(`/approve/${t}`, { token: t }),
      apiPost('/api/holds/r2/approve', {}, as('lead@seller.example', '[admins]')),
    ]);
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(relays(world)).toHaveLength(1);
  });
});

describe('release idempotency', () => {
  it('relays 60 recipients in SES-sized chunks; after a failed chunk, the sweeper sends only what is missing', async () => {
    const rcptTo = Array.from({ length: 60 }, (_, i) => `buyer${i}@customer.example`);
    await putHold(world, { id: 'big', envelope: { mailFrom: 'sam@seller.example', rcptTo } });
    let calls = 0;
    world.sesFaults.push((name) => {
      if (name !== 'SendRawEmail') return undefined;
      calls += 1;
      return calls === 2
        ? Object.assign(new Error('slow down'), { name: 'Throttling', $fault: 'client' })
        : undefined;
    });

    const res = await apiPost('/api/holds/big/approve', {}, as('mia@seller.example'));

    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ hold: { status: 'APPROVED' }, relayPending: true });
    expect(relays(world).map((r) => r.destinations.length)).toEqual([50]);
    expect((await getItem(world, 'MSG#big', 'HOLD'))?.relayedChunks).toEqual({ '0': expect.any(String) });

    // 20 minutes later (past the release claim and the sweeper's grace), the sweeper finishes it.
    w.clock.now = new Date(w.clock.now.getTime() + 20 * 60_000);
    const { runSweep } = await import('../../lambdas/app/sweep');
    const summary = await runSweep(w.sweep);

    expect(summary.done).toEqual([{ kind: 'relay', holdId: 'big' }]);
    const sent = relays(world);
    expect(sent.map((r) => r.destinations.length)).toEqual([50, 10]);
    expect(new Set(sent.flatMap((r) => r.destinations))).toEqual(new Set(rcptTo));
    expect(await getItem(world, 'MSG#big', 'HOLD')).toMatchObject({ status: 'RELEASED' });
  });
});

describe('decision metrics', () => {
  it('counts a decision once, on the day it was made, with the time it took', async () => {
    await putHold(world, { id: 'm1' });
    const t = token(w, 'm1', 'approve');

    await linkPost(`/approve/${t}`, { token: t });
    await linkPost(`/approve/${t}`, { token: t }); // replay: loses the transition, counts nothing

    const totals = await getItem(world, 'METRICS#2026-11-27', 'TOTALS');
    const counters = Object.entries(totals ?? {}).filter(([k]) => /approved/i.test(k));
    expect(counters).toEqual([[expect.any(String), 1]]);
    expect(Object.values(totals ?? {})).toContain(7200); // held 08:00, approved 10:00
    // Nothing left due once the counts are added (the day stays as the "counted" marker).
    expect(await getItem(world, 'MSG#m1', 'HOLD')).toMatchObject({ countsDue: {}, countsDay: '2026-11-27' });
  });
});
