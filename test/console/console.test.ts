// The review console in real headless Chromium against a real local gateway: sign in through the
// gateway's sign-in form (OAuth code + PKCE), the held queue, a hold's detail with its findings marked,
// approve it (it leaves the queue), hostile mail shown as text, and the metrics page's charts and
// numbers against /api/metrics. Screenshots for docs/ only with POISE_SCREENSHOTS=1.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleUser } from '../../lambdas/local/console-users';
import type { Gateway } from '../../lambdas/local/gateway';
import { drained, startTestGateway, submitRaw, tempDir, waitFor } from '../local/helpers';
import {
  buildConsole,
  idToken,
  launch,
  screenshot,
  signIn,
  submitSignIn,
  type Watched,
  watchedPage,
} from './browser';

const REP = 'rep@seller.example';
const DISCOUNT = 'I can knock another 20% off, no strings attached.';
const XSS_SUBJECT = 'Pricing <img src=x onerror="alert(\'subject\')"> follow-up';
const XSS_BODY = [
  'Hi Dana,',
  '',
  "<img src=x onerror=\"window.__pwned='body-img'\"><script>window.__pwned='body-script';alert(1)</script>",
  '<a href="javascript:alert(2)">click</a>',
  DISCOUNT,
  '',
  'Best,',
  'Rep',
].join('\n');

/** Runs in the page: the hold ids of the rows shown, in order. */
function rowIds(rows: unknown[]): string[] {
  return (rows as Array<{ getAttribute(name: string): string | null }>).map(
    (r) => r.getAttribute('data-hold-id') ?? '',
  );
}

/** Runs in the page: each row's cell texts. */
function cellTexts(rows: unknown[]): string[][] {
  return (rows as Array<{ children: ArrayLike<{ textContent: string | null }> }>).map((r) =>
    Array.from(r.children, (c) => c.textContent ?? ''),
  );
}

interface CanvasLike {
  width: number;
  height: number;
  getContext(
    kind: '2d',
  ): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null;
}

/** Runs in the page: true when any pixel of the canvas has been drawn. */
function painted(node: unknown): boolean {
  const c = node as CanvasLike;
  const ctx = c.getContext('2d');
  if (!ctx || !c.width || !c.height) return false;
  const { data } = ctx.getImageData(0, 0, c.width, c.height);
  for (let i = 3; i < data.length; i += 4) if (data[i]) return true;
  return false;
}

describe('review console (browser)', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let gw: Gateway;
  let browser: Browser;
  let consoleUrl: string;
  const ids: Record<string, string> = {};

  const user = (group: string): ConsoleUser => {
    const found = gw.consoleUsers.find((u) => u.groups.includes(group));
    if (!found) throw new Error(`the gateway has no console user in ${group}`);
    return found;
  };

  const send = async (name: string, subject: string, text: string, from = { name: 'Rep', address: REP }) => {
    const raw = await new MailComposer({
      from,
      to: 'Buyer <buyer@customer.example>',
      subject,
      text: text.replace(/\n/g, '\r\n'),
    })
      .compile()
      .build();
    ids[name] = await submitRaw(
      gw,
      { from: from.address, to: ['buyer@customer.example', 'bcc-only@partner.example'] },
      raw,
    );
  };

  const api = async <T>(token: string, path: string): Promise<T> => {
    const res = await fetch(`${gw.publicUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status, `${path}`).toBe(200);
    return (await res.json()) as T;
  };

  const clean = async (w: Watched) => {
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(await w.violations()).toEqual([]);
  };

  beforeAll(async () => {
    dir = await tempDir('poise-console-');
    const consoleDir = join(dir.path, 'console-dist');
    const [, started, b] = await Promise.all([
      buildConsole(consoleDir),
      startTestGateway(join(dir.path, 'data'), { consoleDir }),
      launch(),
    ]);
    gw = started;
    browser = b;
    consoleUrl = `${gw.publicUrl}/console/`;
    await send('discount', 'Re: proposal for Q3', `Hi Dana,\n\n${DISCOUNT}\n\nBest,\nRep\n`);
    await send('xss', XSS_SUBJECT, XSS_BODY);
    await send(
      'other',
      'Renewal',
      'Hi Sam,\n\nGood news: I can waive the onboarding fee and throw in a second seat for free.\n\nJordan\n',
      { name: 'Jordan Lee', address: 'jordan@seller.example' },
    );
    await send('quota', 'Timing', 'Hi Dana,\n\nI need this signed before my quarter closes Friday.\n\nRep\n');
    await send(
      'clean',
      'Agenda for Tuesday',
      'Hi Dana,\n\nAttached is the agenda for Tuesday. Talk soon.\n\nRep\n',
    );
    await drained(gw, 30_000);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await gw?.stop();
    await dir?.remove();
  });

  it('signs in, shows the queue, opens a hold with its finding marked, and approves it', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    try {
      await signIn(page, consoleUrl, user('approvers'));
      expect(page.url()).toBe(`${consoleUrl}#/holds`);
      await expect(page.getByTestId('me-email').textContent()).resolves.toBe(user('approvers').email);

      const discountRow = page.locator(`tr[data-hold-id="${ids.discount}"]`);
      await discountRow.waitFor();
      // Held mail only (the clean and the quota mail were relayed), soonest deadline first.
      await expect(page.locator('tr[data-hold-id]').count()).resolves.toBe(3);
      await expect(page.locator(`tr[data-hold-id="${ids.clean}"]`).count()).resolves.toBe(0);
      await expect(page.locator(`tr[data-hold-id="${ids.quota}"]`).count()).resolves.toBe(0);
      const { holds } = await api<{ holds: Array<{ id: string; deadline: string }> }>(
        await idToken(page),
        '/api/holds?status=held',
      );
      const byDeadline = [...holds].sort((a, b) => a.deadline.localeCompare(b.deadline)).map((h) => h.id);
      expect(new Set(byDeadline)).toEqual(new Set([ids.discount, ids.xss, ids.other]));
      await expect(page.locator('tr[data-hold-id]').evaluateAll(rowIds)).resolves.toEqual(byDeadline);
      // Filters narrow the list in the page.
      await page.locator('select[name=rep]').selectOption('jordan@seller.example');
      await expect(page.locator('tr[data-hold-id]').evaluateAll(rowIds)).resolves.toEqual([ids.other]);
      await page.locator('select[name=rep]').selectOption('');
      await expect(discountRow.textContent()).resolves.toContain('Unilateral discount');
      // Each row is labelled with its subject, which links to the hold.
      const subjectOf = (id: string | undefined) =>
        page.locator(`tr[data-hold-id="${id}"] [data-testid=row-subject]`);
      await expect(subjectOf(ids.discount).textContent()).resolves.toBe('Re: proposal for Q3');
      await expect(subjectOf(ids.other).textContent()).resolves.toBe('Renewal');
      await expect(subjectOf(ids.discount).getAttribute('href')).resolves.toBe(`#/holds/${ids.discount}`);
      await screenshot(page, 'console-queue.png');

      await discountRow.getByRole('link', { name: 'Review' }).click();
      await page.getByTestId('body').waitFor();
      expect(page.url()).toBe(`${consoleUrl}#/holds/${ids.discount}`);
      await expect(page.getByTestId('subject').textContent()).resolves.toBe('Re: proposal for Q3');
      // The finding's offsets mark exactly the offending sentence; the text around it stays plain.
      await expect(page.locator('[data-testid=body] mark').allTextContents()).resolves.toEqual([DISCOUNT]);
      await expect(page.getByTestId('findings').textContent()).resolves.toMatch(/Why:.+Try instead:/s);
      // Bcc recipients come from the envelope: the reviewer sees who would get it.
      await expect(page.locator('.meta').textContent()).resolves.toContain('bcc-only@partner.example');
      await screenshot(page, 'console-detail.png', true);

      // Rejecting needs a note: refused in the page, nothing sent.
      await page.getByRole('button', { name: 'Reject' }).click();
      await page.getByTestId('error').waitFor();
      await page.getByRole('button', { name: 'Approve and send' }).click();

      await page.getByTestId('ok').waitFor();
      expect(page.url()).toBe(`${consoleUrl}#/holds`);
      await expect(page.getByTestId('ok').textContent()).resolves.toContain('Approved');
      await expect(page.locator(`tr[data-hold-id="${ids.discount}"]`).count()).resolves.toBe(0);
      await expect(page.locator('tr[data-hold-id]').count()).resolves.toBe(2);

      const token = await idToken(page);
      const detail = await api<{ hold: { status: string; decidedBy: string } }>(
        token,
        `/api/holds/${ids.discount}`,
      );
      expect(['APPROVED', 'RELEASED']).toContain(detail.hold.status);
      expect(detail.hold.decidedBy).toBe(user('approvers').email);

      // The decision is in the history, read newest first, one page per status.
      const asked: URL[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/api/holds?')) asked.push(new URL(r.url()));
      });
      await page.getByRole('link', { name: 'History' }).click();
      const decided = page.locator(`[data-testid=history] tr[data-hold-id="${ids.discount}"]`);
      await decided.waitFor();
      await expect(decided.textContent()).resolves.toContain(user('approvers').email);
      await expect(decided.locator('[data-testid=row-subject]').textContent()).resolves.toBe(
        'Re: proposal for Q3',
      );
      expect(asked.map((u) => u.search).sort()).toEqual(
        ['approved', 'expired', 'rejected', 'released'].map((s) => `?status=${s}&limit=100&order=desc`),
      );
      // A decided hold opens read-only: who decided, no buttons.
      await decided.getByRole('link').click();
      await page.getByTestId('decided').waitFor();
      await expect(page.getByTestId('decided').textContent()).resolves.toMatch(
        new RegExp(`Approved.* by ${user('approvers').email.replace(/\./g, '\\.')}`),
      );
      await expect(page.getByTestId('decide').count()).resolves.toBe(0);
      await clean(w);
    } finally {
      await w.context.close();
    }
  });

  it('shows an HTML/script payload in a subject and body as text and runs nothing', async () => {
    const w = await watchedPage(browser, { width: 390, height: 844 });
    const { page } = w;
    try {
      await signIn(page, `${consoleUrl}#/holds/${encodeURIComponent(ids.xss ?? '')}`, user('approvers'));
      // Sign-in returns to the page that asked for it.
      await page.getByTestId('body').waitFor();
      await expect(page.getByTestId('subject').textContent()).resolves.toBe(XSS_SUBJECT);
      const body = (await page.getByTestId('body').textContent()) ?? '';
      expect(body).toContain('<img src=x onerror="window.__pwned=\'body-img\'">');
      expect(body).toContain("<script>window.__pwned='body-script';alert(1)</script>");
      expect(body).toContain('<a href="javascript:alert(2)">click</a>');
      await expect(page.locator('[data-testid=body] mark').allTextContents()).resolves.toEqual([DISCOUNT]);
      // Nothing from the mail became an element, and nothing ran.
      await expect(page.locator('main img, main script, main a[href^="javascript:"]').count()).resolves.toBe(
        0,
      );
      await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();

      // From the phone-sized queue: reject it in bulk; a rejection needs a note.
      await page.getByRole('link', { name: 'Queue' }).click();
      const row = page.locator(`tr[data-hold-id="${ids.xss}"]`);
      // The subject labels its row as text there too.
      await expect(row.locator('[data-testid=row-subject]').textContent()).resolves.toBe(XSS_SUBJECT);
      await expect(page.locator('main img, main script').count()).resolves.toBe(0);
      await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();
      await row.getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Reject 1' }).click();
      await page.getByTestId('error').waitFor();
      await page
        .getByRole('textbox', { name: 'Note for the selected holds' })
        .fill('Please drop the markup.');
      await page.getByRole('button', { name: 'Reject 1' }).click();
      await page.getByTestId('ok').waitFor();
      await expect(page.getByTestId('ok').textContent()).resolves.toBe('Rejected 1 hold.');
      await expect(page.locator('tr[data-hold-id]').evaluateAll(rowIds)).resolves.toEqual([ids.other]);
      const rejected = await api<{ hold: { status: string; note: string } }>(
        await idToken(page),
        `/api/holds/${ids.xss}`,
      );
      expect(rejected.hold).toMatchObject({ status: 'REJECTED', note: 'Please drop the markup.' });
      await clean(w);
    } finally {
      await w.context.close();
    }
  });

  it('labels holds without a stored subject "(no subject)", and follows a status cursor with Load more', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    try {
      // The real answers, as holds stored before subjects were kept would give them; the rejected
      // holds say there is another page.
      const asked: URL[] = [];
      await page.route(/\/api\/holds\?/, async (route) => {
        const url = new URL(route.request().url());
        asked.push(url);
        if (url.searchParams.get('cursor') === 'next-page') {
          await route.fulfill({ json: { holds: [] } });
          return;
        }
        const res = await route.fetch();
        const body = (await res.json()) as { holds: Array<Record<string, unknown>>; cursor?: string };
        for (const h of body.holds) delete h.subject;
        if (url.searchParams.get('status') === 'rejected') body.cursor = 'next-page';
        await route.fulfill({ response: res, json: body });
      });
      const subjects = (table: string) => page.locator(`[data-testid=${table}] [data-testid=row-subject]`);
      const classes = (nodes: unknown[]) => (nodes as Array<{ className: string }>).map((n) => n.className);

      await signIn(page, consoleUrl, user('approvers'));
      await subjects('holds').first().waitFor();
      const queued = await subjects('holds').allTextContents();
      expect(queued.length).toBeGreaterThan(0);
      expect(new Set(queued)).toEqual(new Set(['(no subject)']));
      expect(new Set(await subjects('holds').evaluateAll(classes))).toEqual(new Set(['subject muted']));

      await page.getByRole('link', { name: 'History' }).click();
      await subjects('history').first().waitFor();
      expect(new Set(await subjects('history').allTextContents())).toEqual(new Set(['(no subject)']));
      const rows = await page.locator('[data-testid=history] tr[data-hold-id]').count();
      asked.length = 0;
      await page.getByTestId('more').click();
      // Only the status with a cursor is read again, from where it stopped; then nothing is left.
      await page.getByTestId('more').waitFor({ state: 'detached' });
      expect(asked.map((u) => Object.fromEntries(u.searchParams))).toEqual([
        { status: 'rejected', limit: '100', order: 'desc', cursor: 'next-page' },
      ]);
      await expect(page.locator('[data-testid=history] tr[data-hold-id]').count()).resolves.toBe(rows);
      await clean(w);
    } finally {
      await w.context.close();
    }
  });

  it('draws the metrics charts with the numbers /api/metrics gives, an empty range cleanly, and exports CSV', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    try {
      await signIn(page, `${consoleUrl}#/metrics`, user('admins'));
      await page.locator('canvas[data-chart=volume]').waitFor();
      const from = await page.locator('input[name=from]').inputValue();
      const to = await page.locator('input[name=to]').inputValue();
      const m = await waitFor('both decisions to be counted', async () => {
        const r = await api<{
          totals: { messages: number; verdicts: Record<string, number> };
          decisions: Record<string, number>;
          reps: Array<{ rep: string; messages: number; verdicts: Record<string, number> }>;
        }>(await idToken(page), `/api/metrics?from=${from}&to=${to}`);
        return (r.decisions.approved ?? 0) >= 1 && (r.decisions.rejected ?? 0) >= 1 ? r : undefined;
      });
      // Reload so the page shows the same state the API was asked about.
      await page.getByRole('button', { name: 'Show' }).click();
      await page.locator('canvas[data-chart=decisions]').waitFor();
      expect(m.totals).toMatchObject({ messages: 5, verdicts: { pass: 1, flag: 1, hold: 3 } });
      const shown = async (name: string) => page.locator(`[data-metric=${name}]`).textContent();
      await expect(shown('messages')).resolves.toBe(String(m.totals.messages));
      for (const v of ['pass', 'flag', 'hold'])
        await expect(shown(v)).resolves.toBe(String(m.totals.verdicts[v]));
      for (const d of ['approved', 'rejected', 'expired'])
        await expect(shown(d)).resolves.toBe(String(m.decisions[d]));
      await expect(shown('p50')).resolves.not.toBe('–');
      // Per-rep rows (an admin sees every rep): the same reps and counts as the API.
      expect(m.reps.map((r) => r.rep).sort()).toEqual(['jordan@seller.example', REP]);
      const repRows = await page.locator('[data-testid=metrics-reps] tbody tr').evaluateAll(cellTexts);
      expect(repRows).toEqual(
        m.reps.map((r) => [
          r.rep,
          expect.any(String),
          String(r.messages),
          String(r.verdicts.flag),
          String(r.verdicts.hold),
          expect.stringMatching(/%$/),
          expect.stringMatching(/%$/),
        ]),
      );

      for (const chart of ['volume', 'categories', 'rules', 'decisions', 'ttd']) {
        await expect(page.locator(`canvas[data-chart=${chart}]`).evaluate(painted), chart).resolves.toBe(
          true,
        );
      }
      await screenshot(page, 'console-metrics.png', true);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv').click()]);
      const csv = await readFile((await download.path()) as string, 'utf8');
      expect(csv.split('\r\n')[0]).toBe('section,date,rep,team,name,value');
      expect(download.suggestedFilename()).toBe(`poise-metrics-${from}-to-${to}.csv`);

      await page.locator('input[name=from]').fill('2020-01-01');
      await page.locator('input[name=to]').fill('2020-01-31');
      await page.getByRole('button', { name: 'Show' }).click();
      await page.getByTestId('empty').waitFor();
      await expect(page.locator('canvas').count()).resolves.toBe(0);
      await clean(w);
    } finally {
      await w.context.close();
    }
  });

  it('lets an admin edit the directory and shows the server validation message', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    try {
      await signIn(page, `${consoleUrl}#/directory`, user('admins'));
      await page.getByTestId('directory').waitFor();
      const row = (i: number) => page.locator('[data-testid=directory] tbody tr').nth(i);
      const before = await page.locator('[data-testid=directory] tbody tr').count();

      await page.getByRole('button', { name: 'Add person' }).click();
      await row(before).locator('input[name=email]').fill(REP);
      await row(before).locator('input[name=manager]').fill('lead@seller.example');
      await page.getByRole('button', { name: 'Save directory' }).click();
      // The manager is not in the file: the server says so, and the page shows its words.
      await page.getByTestId('error').waitFor();
      await expect(page.getByTestId('error').textContent()).resolves.toContain('lead@seller.example');

      await page.getByRole('button', { name: 'Add person' }).click();
      await row(before + 1)
        .locator('input[name=email]')
        .fill('lead@seller.example');
      await row(before + 1)
        .locator('select[name=role]')
        .selectOption('manager');
      await row(before + 1)
        .locator('input[name=team]')
        .fill('East');
      await page.getByRole('button', { name: 'Save directory' }).click();
      await page.getByTestId('ok').waitFor();

      const saved = await api<{ entries: Array<{ email: string; role: string; manager?: string }> }>(
        await idToken(page),
        '/api/directory',
      );
      expect(saved.entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ email: REP, role: 'rep', manager: 'lead@seller.example' }),
          expect.objectContaining({ email: 'lead@seller.example', role: 'manager', team: 'East' }),
        ]),
      );
      await clean(w);
    } finally {
      await w.context.close();
    }
  });

  it('sends a refused token back to sign-in, signs out through the logout endpoint, refuses a forged sign-in answer', async () => {
    const w = await watchedPage(browser);
    const { page } = w;
    try {
      await signIn(page, consoleUrl, user('approvers'));
      // A token the API refuses (401): the console asks the IdP again instead of showing a broken page.
      await page.evaluate(`sessionStorage.setItem('poise.session',
        JSON.stringify({ idToken: 'not-a-token', expiresAt: Date.now() + 3600e3 }))`);
      await page.reload();
      await submitSignIn(page, user('approvers'));
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(/\/oauth2\/authorize\?/);
      await expect(page.evaluate("sessionStorage.getItem('poise.session')")).resolves.toBeNull();

      // An answer that does not belong to this tab's sign-in (forged state) is refused, not traded.
      const tokenCalls: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/oauth2/token')) tokenCalls.push(r.url());
      });
      await page.goto(`${consoleUrl}?code=forged&state=forged`);
      await page.getByTestId('error').waitFor();
      await expect(page.getByTestId('error').textContent()).resolves.toContain('state mismatch');
      expect(tokenCalls).toEqual([]);
      await clean(w);
    } finally {
      await w.context.close();
    }
  });
});
