// The approver directory, for admins: who is a rep, manager or admin, who approves for whom, each
// team's fallback. Saved whole (PUT); the server validates and its message is shown as is.
import type { DirectoryEntry, DirectoryFile } from '../api';
import type { PageContext } from '../app';
import { el, notice, replace, thead } from '../dom';
import { errorBlock } from '../errors';
import { plural } from '../format';

const ROLES: DirectoryEntry['role'][] = ['rep', 'manager', 'admin'];
const FIELDS = ['email', 'manager', 'team', 'fallback'] as const;

export async function directoryPage(ctx: PageContext): Promise<void> {
  if (!ctx.me.admin) {
    replace(
      ctx.root,
      el('h1', null, 'Directory'),
      notice('info', 'Only admins can see and edit the directory.'),
    );
    return;
  }
  const file = await ctx.api.get<DirectoryFile>('/api/directory');
  if (!ctx.current()) return;

  const status = el('div', { class: 'status-area', 'data-testid': 'directory-status' });
  // A fallback set by the deployment (POISE_FALLBACK_APPROVER) is shown, not edited: the server keeps it.
  const fixedFallback = Boolean(file.fallback);
  const fallback = el('input', {
    type: 'email',
    name: 'fallback',
    value: file.fallback ?? '',
    readonly: fixedFallback,
    title: fixedFallback ? 'Set by the deployment' : null,
    placeholder: 'Approver for reps with no manager and no team fallback',
  });
  const body = el('tbody');
  const addRow = (e?: DirectoryEntry) => {
    const inputs = Object.fromEntries(
      FIELDS.map((f) => [
        f,
        el('input', {
          type: f === 'team' ? 'text' : 'email',
          name: f,
          value: e?.[f] ?? '',
          'aria-label': f,
          required: f === 'email',
        }),
      ]),
    ) as Record<(typeof FIELDS)[number], HTMLInputElement>;
    const role = el(
      'select',
      { name: 'role', 'aria-label': 'role' },
      ...ROLES.map((r) => el('option', { value: r, selected: (e?.role ?? 'rep') === r }, r)),
    );
    const tr = el(
      'tr',
      null,
      el('td', { 'data-label': 'Email' }, inputs.email),
      el('td', { 'data-label': 'Role' }, role),
      el('td', { 'data-label': 'Manager' }, inputs.manager),
      el('td', { 'data-label': 'Team' }, inputs.team),
      el('td', { 'data-label': 'Team fallback' }, inputs.fallback),
      el('td', null, el('button', { type: 'button', class: 'link', onclick: () => tr.remove() }, 'Remove')),
    );
    body.append(tr);
  };
  for (const e of file.entries) addRow(e);

  const collect = (): DirectoryFile => {
    const entries = [...body.querySelectorAll('tr')].map((tr) => {
      const value = (name: string) =>
        (tr.querySelector(`[name="${name}"]`) as HTMLInputElement | HTMLSelectElement | null)?.value.trim() ??
        '';
      const entry: DirectoryEntry = { email: value('email'), role: value('role') as DirectoryEntry['role'] };
      // Empty fields are left out: the server treats a present field as a value to check.
      for (const f of ['manager', 'team', 'fallback'] as const) if (value(f)) entry[f] = value(f);
      return entry;
    });
    return {
      ...(!fixedFallback && fallback.value.trim() ? { fallback: fallback.value.trim() } : {}),
      entries,
    };
  };

  const save = el('button', { type: 'submit' }, 'Save directory');
  const form = el(
    'form',
    { class: 'directory', novalidate: true },
    el(
      'label',
      { class: 'wide' },
      el(
        'span',
        null,
        fixedFallback ? 'Global fallback approver (set by the deployment)' : 'Global fallback approver',
      ),
      fallback,
    ),
    el(
      'table',
      { class: 'holds editable', 'data-testid': 'directory' },
      thead('Email', 'Role', 'Manager', 'Team', 'Team fallback', ''),
      body,
    ),
    el(
      'div',
      { class: 'actions' },
      el('button', { type: 'button', class: 'secondary', onclick: () => addRow() }, 'Add person'),
      save,
    ),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    save.disabled = true;
    try {
      const saved = await ctx.api.send<DirectoryFile | { entries?: unknown[] }>(
        'PUT',
        '/api/directory',
        collect(),
      );
      const n = Array.isArray(saved?.entries) ? saved.entries.length : collect().entries.length;
      replace(status, notice('ok', `Saved: ${plural(n, 'person', 'people')}.`));
    } catch (err) {
      replace(status, errorBlock(err));
    } finally {
      save.disabled = false;
    }
  });

  replace(
    ctx.root,
    el('h1', null, 'Directory'),
    el(
      'p',
      { class: 'muted' },
      'A rep’s holds go to their manager, else their team’s fallback, else the global fallback, else an admin.',
    ),
    status,
    form,
  );
}
