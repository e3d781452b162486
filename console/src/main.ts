// Boot: config → sign-in return or session → /api/me → header and hash router.
import { type Me, makeApi } from './api';
import type { Page, PageContext } from './app';
import { completeSignIn, currentSession, SignInError, signOut, startSignIn } from './auth';
import { type ConsoleConfig, loadConfig } from './config';
import { el, loading, notice, replace } from './dom';
import { errorBlock } from './errors';
import { detailPage } from './pages/detail';
import { directoryPage } from './pages/directory';
import { historyPage } from './pages/history';
import { metricsPage } from './pages/metrics';
import { queuePage } from './pages/queue';

const ROUTES: Array<[RegExp, Page, string]> = [
  [/^#\/holds\/?$/, queuePage, 'holds'],
  [/^#\/holds\/([^/?#]+)$/, detailPage, 'holds'],
  [/^#\/history\/?$/, historyPage, 'history'],
  [/^#\/metrics\/?$/, metricsPage, 'metrics'],
  [/^#\/directory\/?$/, directoryPage, 'directory'],
];

const REAUTH_KEY = 'poise.reauthAt';
const main = document.getElementById('main') as HTMLElement;
const top = document.getElementById('top') as HTMLElement;

async function boot(): Promise<void> {
  let config: ConsoleConfig;
  try {
    config = await loadConfig();
  } catch (err) {
    return fatal('The console is not configured', err);
  }
  try {
    await completeSignIn(config.auth);
  } catch (err) {
    if (err instanceof SignInError) return signInFailed(config, err);
    throw err;
  }
  const session = currentSession();
  if (!session) {
    await startSignIn(config.auth);
    return;
  }
  // A 401 sends the user to sign in again, but not twice in a row: a fresh token refused again would
  // loop through the IdP forever, so the second time the page says so instead.
  const reauth = () => {
    const last = Number(sessionStorage.getItem(REAUTH_KEY) ?? 0);
    if (Date.now() - last < 30_000) return;
    sessionStorage.setItem(REAUTH_KEY, String(Date.now()));
    void startSignIn(config.auth);
  };
  const api = makeApi(config.apiUrl, reauth);
  let me: Me;
  try {
    me = await api.get<Me>('/api/me');
  } catch (err) {
    return fatal('Could not load your account', err);
  }
  renderHeader(config, me);
  startRouter(config, api, me);
}

function renderHeader(config: ConsoleConfig, me: Me): void {
  const link = (hash: string, label: string, name: string) =>
    el('a', { href: hash, 'data-nav': name }, label);
  replace(
    top,
    el(
      'div',
      { class: 'brand' },
      el('a', { href: '#/holds' }, 'Poise'),
      config.environment === 'local' ? el('span', { class: 'env' }, 'local') : null,
    ),
    el(
      'nav',
      { 'aria-label': 'Pages' },
      link('#/holds', 'Queue', 'holds'),
      link('#/history', 'History', 'history'),
      link('#/metrics', 'Metrics', 'metrics'),
      me.admin ? link('#/directory', 'Directory', 'directory') : null,
    ),
    el(
      'div',
      { class: 'who' },
      el('span', { class: 'who-email', 'data-testid': 'me-email' }, me.email),
      el(
        'span',
        { class: 'who-groups muted', 'data-testid': 'me-groups' },
        me.groups.join(', ') || 'no group',
      ),
      el('button', { type: 'button', class: 'link', onclick: () => signOut(config.auth) }, 'Sign out'),
    ),
  );
  top.hidden = false;
}

function startRouter(config: ConsoleConfig, api: ReturnType<typeof makeApi>, me: Me): void {
  let leave: Array<() => void> = [];
  let generation = 0;
  let flashed: string | undefined;

  const render = async () => {
    for (const fn of leave.splice(0)) fn();
    const mine = ++generation;
    const hash = location.hash || '#/holds';
    const match = ROUTES.map(([re, page, nav]) => [re.exec(hash), page, nav] as const).find(([m]) => m);
    if (!match) {
      location.replace('#/holds');
      return;
    }
    const [m, page, nav] = match as readonly [RegExpExecArray, Page, string];
    for (const a of top.querySelectorAll<HTMLAnchorElement>('nav a')) {
      if (a.dataset.nav === nav) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    replace(main, loading());
    const ctx: PageContext = {
      api,
      me,
      config,
      root: main,
      onLeave: (fn) => leave.push(fn),
      current: () => mine === generation,
      flash: (message) => {
        flashed = message;
      },
      takeFlash: () => {
        const f = flashed;
        flashed = undefined;
        return f;
      },
    };
    if (!me.approver && !me.admin && nav !== 'metrics') {
      replace(
        main,
        notice('info', 'You are signed in, but you are not an approver: there is nothing to review.'),
      );
      return;
    }
    try {
      await page(
        ctx,
        m.slice(1).map((p) => decodeURIComponent(p)),
      );
    } catch (err) {
      if (!ctx.current()) return;
      replace(
        main,
        errorBlock(err, () => void render()),
      );
    }
  };
  leave = [];
  window.addEventListener('hashchange', () => void render());
  void render();
}

function fatal(title: string, err: unknown): void {
  replace(
    main,
    el('h1', null, title),
    errorBlock(err, () => location.reload()),
  );
}

function signInFailed(config: ConsoleConfig, err: Error): void {
  replace(
    main,
    el('h1', null, 'Sign-in failed'),
    notice(
      'error',
      el('p', null, err.message),
      el('button', { type: 'button', onclick: () => void startSignIn(config.auth) }, 'Sign in again'),
    ),
  );
}

boot().catch((err: unknown) => fatal('Something went wrong', err));
