// The start of the console: health, the message log and the outbox, as HTML pages and JSON APIs.
// Every value goes through `h` (escaped); no inline script or style (see CONTENT_SECURITY_POLICY).

import { h, html, json, type Route, redirect, type SafeHtml } from './http';
import type { LogEntry, MessageLog } from './message-log';
import type { Outbox, OutboxRecord } from './outbox';

export interface HealthSource {
  health(): Promise<Record<string, unknown>>;
}

export interface ConsoleDeps {
  messages: MessageLog;
  outbox: Outbox;
  health: HealthSource;
}

const OUTBOX_ID = /^[A-Za-z0-9-]+$/;

export function consoleRoutes(deps: ConsoleDeps): Route[] {
  return [
    { method: 'GET', path: '/', handle: () => redirect('/console/') },
    {
      method: 'GET',
      path: '/health',
      handle: async () => {
        const body = await deps.health.health();
        return json(body.status === 'ok' ? 200 : 503, body);
      },
    },
    {
      method: 'GET',
      path: '/api/messages',
      handle: async () => json(200, { messages: await deps.messages.list() }),
    },
    {
      method: 'GET',
      path: '/api/outbox',
      handle: async () => json(200, { messages: await deps.outbox.list() }),
    },
    {
      method: 'GET',
      path: '/messages',
      handle: async () => html(200, messagesPage(await deps.messages.list())),
    },
    { method: 'GET', path: '/outbox', handle: async () => html(200, outboxPage(await deps.outbox.list())) },
    {
      method: 'GET',
      path: '/outbox/:id/raw',
      handle: async ({ params }) => {
        const id = params.id ?? '';
        if (!OUTBOX_ID.test(id)) return json(400, { error: 'bad id' });
        try {
          const raw = await deps.outbox.readRaw(id);
          // Shown as text, never rendered: mail HTML must not run in the console's origin.
          return {
            status: 200,
            headers: { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': 'sandbox' },
            body: raw,
          };
        } catch {
          return json(404, { error: 'not found' });
        }
      },
    },
    {
      method: 'GET',
      path: '/assets/console.css',
      handle: () => ({ status: 200, headers: { 'content-type': 'text/css; charset=utf-8' }, body: CSS }),
    },
  ];
}

const NAV = h`
<nav><a href="/messages">Messages</a> <a href="/outbox">Outbox</a> <a href="/health">Health</a></nav>`;

/** The page shell of every server-rendered page; `section` names the part (the sign-in pages have no nav). */
export function layout(
  title: string,
  content: SafeHtml,
  { section = 'local gateway', nav = true }: { section?: string; nav?: boolean } = {},
): SafeHtml {
  return h`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Poise (local)</title><link rel="stylesheet" href="/assets/console.css"></head>
<body><header><strong>Poise</strong> <span class="muted">${section}</span>${nav ? NAV : ''}</header>
<main><h1>${title}</h1>${content}</main></body></html>`;
}

export function messagesPage(entries: LogEntry[]): SafeHtml {
  if (!entries.length) return layout('Messages', h`<p class="muted">No messages yet.</p>`);
  const rows = entries.map(
    (e) => h`<tr class="verdict-${e.verdict ?? 'none'}">
<td><time datetime="${e.receivedAt}">${e.receivedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z')}</time></td>
<td>${e.sender || '<>'}</td>
<td>${e.recipientCount} · ${e.recipientDomains.join(', ')}</td>
<td><span class="badge">${e.verdict ?? '…'}</span></td>
<td>${e.categories.join(', ')}</td>
<td>${e.status}${e.holdReason ? ` (${e.holdReason})` : ''}</td>
<td class="mono">${e.id}</td></tr>`,
  );
  return layout(
    'Messages',
    h`<table><thead><tr><th>Received</th><th>Sender</th><th>Recipients</th><th>Verdict</th><th>Categories</th><th>Status</th><th>Id</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

export function outboxPage(records: OutboxRecord[]): SafeHtml {
  if (!records.length) return layout('Outbox', h`<p class="muted">Nothing sent yet.</p>`);
  const rows = records.map(
    (r) => h`<tr>
<td><time datetime="${r.acceptedAt}">${r.acceptedAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z')}</time></td>
<td>${r.source}</td><td>${r.destinations.join(', ')}</td><td>${r.subject}</td><td>${r.api}</td>
<td>${r.relay.state}${r.relay.lastError ? ` (${r.relay.lastError})` : ''}</td>
<td><a href="/outbox/${encodeURIComponent(r.messageId)}/raw">raw</a></td></tr>`,
  );
  return layout(
    'Outbox',
    h`<table><thead><tr><th>Accepted</th><th>From</th><th>To (envelope)</th><th>Subject</th><th>API</th><th>Upstream</th><th></th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

const CSS = `body{font:14px/1.4 system-ui,sans-serif;margin:0;color:#1d2330}
header{display:flex;gap:1rem;align-items:baseline;padding:.75rem 1rem;background:#1d2330;color:#fff}
header a{color:#cfe0ff;margin-right:.75rem}nav{margin-left:auto}main{padding:1rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e3e6ee;vertical-align:top}
.muted{color:#7a8194}.mono{font-family:ui-monospace,monospace;font-size:12px}
.badge{padding:0 .4rem;border-radius:.6rem;background:#e3e6ee}
.verdict-flag .badge{background:#ffe9a8}.verdict-hold .badge{background:#ffc4c4}.verdict-pass .badge{background:#c9f2d0}
`;
