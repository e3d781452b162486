// The one way this app makes DOM: elements with attributes and children, where every string becomes a
// text node. No innerHTML anywhere, so mail content, names and server messages can never become markup.

export type Child = Node | string | number | null | undefined | false | readonly Child[];
type Listener = (event: Event) => void;
export type Attrs = Record<string, string | number | boolean | null | undefined | Listener>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') {
      if (!name.startsWith('on')) throw new Error(`el: a function for ${name}`);
      node.addEventListener(name.slice(2), value);
      continue;
    }
    // Inline styles are refused by the CSP anyway; handlers are only ever functions.
    if (name === 'style' || name.startsWith('on')) throw new Error(`el: attribute ${name} not allowed`);
    if (name === 'href' && !isSafeHref(String(value))) throw new Error('el: unsafe href');
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces everything inside `parent`. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Only in-app hash links, relative paths and http(s): never javascript: or data:. */
function isSafeHref(href: string): boolean {
  return /^(#|\.\/|\/(?!\/)|https?:\/\/|blob:)/i.test(href);
}

/** A table head row: strings become header cells, nodes are used as they are. */
export function thead(...cells: Array<string | HTMLTableCellElement>): HTMLTableSectionElement {
  return el(
    'thead',
    null,
    el('tr', null, ...cells.map((c) => (typeof c === 'string' ? el('th', null, c) : c))),
  );
}

/** A status or empty-state block. */
export function notice(kind: 'empty' | 'error' | 'info' | 'ok', ...children: Child[]): HTMLElement {
  return el(
    'div',
    { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status', 'data-testid': kind },
    ...children,
  );
}

export function loading(what = 'Loading…'): HTMLElement {
  return el('p', { class: 'muted loading', 'aria-busy': 'true' }, what);
}

/** A filter's select with its options (value, text) and the label that names it. */
export function select(name: string, label: string, options: ReadonlyArray<readonly [string, string]>) {
  const s = el('select', { name }, ...options.map(([value, text]) => el('option', { value }, text)));
  return { select: s, label: el('label', null, el('span', null, label), s) };
}
