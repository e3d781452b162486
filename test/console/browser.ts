// Browser-test kit for the review console: builds the SPA with Vite's API, drives Debian's Chromium
// through playwright-core (never a downloaded browser), signs in through the gateway's sign-in form,
// and records what must never happen on a page (dialogs, script errors, CSP violations).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { build } from 'vite';

export const CHROMIUM = process.env.POISE_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = process.env.POISE_SCREENSHOTS === '1';
const REPO = resolve(import.meta.dirname, '../..');

/**
 * `npm run build:console`, in-process, into `outDir` (the gateway's `consoleDir`): a temp dir, so a
 * build or `npm start` elsewhere in the tree cannot empty console/dist under a running test.
 */
export async function buildConsole(outDir: string): Promise<void> {
  await build({
    configFile: resolve(REPO, 'console/vite.config.ts'),
    root: resolve(REPO, 'console'),
    build: { outDir, emptyOutDir: true },
    logLevel: 'silent',
  });
}

export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `no Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium, as .ci/run does) or set POISE_CHROMIUM`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Dialogs opened (alert/confirm/prompt): an injected script would show up here. */
  dialogs: string[];
  /** Uncaught page errors. */
  errors: string[];
  /** CSP violations reported by the page (the console must need no inline script or style). */
  violations(): Promise<string[]>;
}

export async function watchedPage(
  browser: Browser,
  viewport = { width: 1280, height: 860 },
): Promise<Watched> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  // A string: this runs in the page, and the tests' TypeScript has no DOM types.
  await context.addInitScript(`
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(e.violatedDirective + ' ' + e.blockedURI);
    });`);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    context,
    page,
    dialogs,
    errors,
    violations: () => page.evaluate<string[]>('window.__csp ?? []'),
  };
}

/** Opens the console and signs in through the gateway's form; resolves on the signed-in header. */
export async function signIn(page: Page, consoleUrl: string, user: { email: string; password: string }) {
  await page.goto(consoleUrl);
  await submitSignIn(page, user);
}

/** On its way to (or at) the sign-in form: fills it in and waits for the console to show who is in. */
export async function submitSignIn(page: Page, user: { email: string; password: string }) {
  // The console sends us to the authorization endpoint (PKCE); the local one shows a form.
  await page.waitForURL(/\/oauth2\/authorize\?/);
  await page.locator('input[name=email]').fill(user.email);
  await page.locator('input[name=password]').fill(user.password);
  await page.locator('input[name=password]').press('Enter');
  try {
    await page.getByTestId('me-email').waitFor();
  } catch (err) {
    // Say where it stopped: the sign-in page's or the console's own message.
    const text =
      (await page
        .locator('body')
        .textContent()
        .catch(() => '')) ?? '';
    throw new Error(`not signed in at ${page.url()}: ${text.slice(0, 500)}`, { cause: err });
  }
}

/** The ID token the console keeps for this tab (to ask the API what the page should show). */
export async function idToken(page: Page): Promise<string> {
  return page.evaluate<string>("JSON.parse(sessionStorage.getItem('poise.session') ?? '{}').idToken");
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: resolve(REPO, 'docs', name), fullPage });
}
