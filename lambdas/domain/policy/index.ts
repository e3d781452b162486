// Policy: which rules run, how findings map to verdicts, who is exempt, and per-team modes.
// Parsed from YAML or JSON and validated with zod; errors name the field path and the line.
import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Mode } from '../types';
import { type CustomRule, policySchema, type RuleOverride, type Team, type Verdicts } from './schema';

export type { CustomRule, RuleOverride, Team, Verdicts } from './schema';

export interface Policy {
  version: 1;
  mode: Mode;
  /** The sender's own domains: mail only to these is internal and exempt. */
  internalDomains: string[];
  allow: { senders: string[]; recipients: string[] };
  /** Category / hold reason → verdict in enforce mode. Absent = the defaults below. */
  verdicts?: Verdicts;
  /** Built-in rule id → disable or change severity. */
  overrides?: Record<string, RuleOverride>;
  /** User-defined rules. */
  rules?: CustomRule[];
  teams?: Team[];
  /** Where the policy came from (file name), for logs. */
  source?: string;
}

export const DEFAULT_VERDICTS: Readonly<Verdicts> = Object.freeze({
  quota_pressure: 'flag',
  unilateral_discount: 'hold',
  unscannable: 'hold',
  oversize: 'hold',
  scanner_error: 'hold',
});

export interface PolicyIssue {
  /** Dotted path, e.g. `rules[2].patterns[0]`. */
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export class PolicyError extends Error {
  override name = 'PolicyError';
  constructor(
    message: string,
    readonly issues: PolicyIssue[] = [],
  ) {
    super(message);
  }
}

export function defaultPolicy(): Policy {
  return {
    version: 1,
    mode: 'enforce',
    internalDomains: [],
    allow: { senders: [], recipients: [] },
    verdicts: { ...DEFAULT_VERDICTS },
    overrides: {},
    rules: [],
    teams: [],
  };
}

/** Parses and validates a policy (JSON or YAML); errors name the field and line. */
export function parsePolicy(text: string, source = 'policy'): Policy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length) {
    const issues = doc.errors.map((e) => {
      const pos = e.linePos?.[0];
      return { path: '', message: e.message.split('\n')[0] ?? e.message, line: pos?.line, column: pos?.col };
    });
    throw new PolicyError(format(source, issues), issues);
  }
  const data: unknown = doc.toJS();
  const parsed = policySchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => {
      const path = [...issue.path] as Array<string | number>;
      if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
      const pos = locate(doc.contents, path, lineCounter);
      return { path: dotted(path), message: issue.message, ...pos };
    });
    throw new PolicyError(format(source, issues), issues);
  }
  return { ...parsed.data, source };
}

export function loadPolicyFile(path: string): Policy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new PolicyError(`${path}: cannot read policy (${(err as Error).message})`);
  }
  return parsePolicy(text, path);
}

/** The team a sender belongs to (first match in file order), if any. */
export function teamFor(policy: Policy, sender: string | undefined): Team | undefined {
  if (!sender) return undefined;
  return policy.teams?.find((t) => t.members.some((m) => addressMatches(m, sender)));
}

/**
 * Address patterns: `rep@acme.example` (exact), `acme.example` / `@acme.example` / `*@acme.example`
 * (that domain), `*.acme.example` (any subdomain, not acme.example itself).
 */
export function addressMatches(pattern: string, address: string): boolean {
  const addr = address.trim().toLowerCase();
  const at = addr.lastIndexOf('@');
  const dom = at >= 0 ? addr.slice(at + 1) : addr;
  const p = pattern.trim().toLowerCase();
  if (p.startsWith('*.')) return dom.endsWith(p.slice(1));
  if (p.startsWith('*@')) return dom === p.slice(2);
  if (p.startsWith('@')) return dom === p.slice(1);
  if (p.includes('@')) return addr === p;
  return dom === p;
}

/** Whether an address is in one of the domains or their subdomains. */
export function inDomains(domains: readonly string[], address: string): boolean {
  const addr = address.trim().toLowerCase();
  const dom = addr.slice(addr.lastIndexOf('@') + 1);
  return domains.some((d) => dom === d || dom.endsWith(`.${d}`));
}

function format(source: string, issues: PolicyIssue[]): string {
  const lines = issues.map((i) => {
    const where = i.line ? `${source}:${i.line}:${i.column ?? 1}` : source;
    return `${where}: ${i.path ? `${i.path}: ` : ''}${i.message}`;
  });
  return `invalid policy\n${lines.join('\n')}`;
}

function dotted(path: Array<string | number>): string {
  return path.reduce<string>(
    (acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg),
    '',
  );
}

/** Line of the deepest node on the path that exists (a missing key points at its parent). */
function locate(
  root: unknown,
  path: Array<string | number>,
  lc: LineCounter,
): { line?: number; column?: number } {
  let node = root as Node | null | undefined;
  let offset = node?.range?.[0];
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === seg);
      if (!pair) break;
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      offset = value?.range?.[0] ?? key?.range?.[0] ?? offset;
      node = value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  if (offset === undefined) return {};
  const pos = lc.linePos(offset);
  return { line: pos.line, column: pos.col };
}
