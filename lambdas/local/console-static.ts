// The built console SPA (console/dist) at /console/: index.html for the app's pages, files as they are
// for everything else. Only regular files inside the dist dir are served.
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { layout } from './console';
import { type HttpResponse, h, html, json, type Route, redirect } from './http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

// Vite's output names: letters, digits, dot, dash, underscore, in plain directories.
const SAFE_PATH = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

export function consoleStaticRoutes(distDir: string): Route[] {
  async function serve(rel: string): Promise<HttpResponse> {
    let root: string;
    try {
      root = await realpath(distDir);
    } catch {
      return notBuilt();
    }
    if (rel === '') return file(root, 'index.html');
    if (!SAFE_PATH.test(rel) || rel.split('/').some((s) => s === '..' || s === '.')) {
      return json(404, { error: 'not found' });
    }
    const found = await file(root, rel);
    // The app's own pages (no extension) get index.html; a missing asset is a 404.
    if (found.status === 404 && !extname(rel)) return file(root, 'index.html');
    return found;
  }

  return [
    { method: 'GET', path: '/console', handle: () => redirect('/console/') },
    { method: 'GET', path: '/console/', handle: () => serve('') },
    { method: 'GET', path: '/console/*', handle: ({ params }) => serve(params['*'] ?? '') },
  ];
}

async function file(root: string, rel: string): Promise<HttpResponse> {
  const path = join(root, rel);
  try {
    // Symlinks may not lead out of the dist dir.
    const real = await realpath(path);
    if (!real.startsWith(root + sep)) return json(404, { error: 'not found' });
    if (!(await stat(real)).isFile()) return json(404, { error: 'not found' });
    const body = await readFile(real);
    const type = TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream';
    return { status: 200, headers: { 'content-type': type }, body };
  } catch {
    return json(404, { error: 'not found' });
  }
}

function notBuilt(): HttpResponse {
  return html(
    503,
    layout(
      'The console is not built',
      h`<p>Run <code>npm run build:console</code>, then reload this page.</p>
<p>Meanwhile: <a href="/messages">messages</a>, <a href="/outbox">outbox</a>, <a href="/health">health</a>.</p>`,
      { nav: false },
    ),
  );
}
