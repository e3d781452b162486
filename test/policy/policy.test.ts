import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addressMatches,
  defaultPolicy,
  loadPolicyFile,
  PolicyError,
  parsePolicy,
} from '../../lambdas/domain/policy';

const ROOT = join(import.meta.dirname, '..', '..');

function errorOf(text: string): PolicyError {
  try {
    parsePolicy(text, 'p.yaml');
  } catch (err) {
    if (err instanceof PolicyError) return err;
    throw err;
  }
  throw new Error('expected a PolicyError');
}

describe('parsePolicy', () => {
  it('fills defaults for a minimal file', () => {
    const p = parsePolicy('version: 1\n');
    expect(p.mode).toBe('enforce');
    expect(p.verdicts).toEqual(defaultPolicy().verdicts);
    expect(p.teams).toEqual([]);
  });

  it('reads JSON as well as YAML', () => {
    const p = parsePolicy('{"version": 1, "mode": "audit", "internalDomains": ["Acme.Example"]}');
    expect(p.mode).toBe('audit');
    expect(p.internalDomains).toEqual(['acme.example']);
  });

  it.each([
    ['an unknown mode', 'version: 1\nmode: lenient\n', 'mode', 2],
    ['a wrong version', 'version: 2\n', 'version', 1],
    ['an unknown top-level key', 'version: 1\nmodes: audit\n', 'modes', 2],
    [
      'a bad regex in a custom rule',
      "version: 1\nrules:\n  - id: x\n    category: quota_pressure\n    patterns:\n      - 'ok'\n      - '(unclosed'\n",
      'rules[0].patterns[1]',
      7,
    ],
    [
      'a nested quantifier',
      "version: 1\nrules:\n  - id: x\n    category: quota_pressure\n    patterns: ['(a+)+b']\n",
      'rules[0].patterns[0]',
      5,
    ],
    [
      'an unknown category',
      'version: 1\nrules:\n  - id: x\n    category: rudeness\n    phrases: [hey]\n',
      'rules[0].category',
      4,
    ],
    [
      'an override of an unknown rule',
      'version: 1\noverrides:\n  qp.nope:\n    enabled: false\n',
      'overrides.qp.nope',
      4,
    ],
    [
      'a pass verdict for unscannable mail',
      'version: 1\nverdicts:\n  unscannable: pass\n',
      'verdicts.unscannable',
      3,
    ],
    [
      'a bad team member',
      'version: 1\nteams:\n  - name: a\n    members: ["not an address"]\n',
      'teams[0].members[0]',
      4,
    ],
    [
      'an unknown onExpiry',
      'version: 1\nteams:\n  - name: a\n    members: [a.example]\n    onExpiry: later\n',
      'teams[0].onExpiry',
      5,
    ],
  ])('rejects %s with the field path and line', (_name, text, path, line) => {
    const err = errorOf(text);
    const issue = err.issues.find((i) => i.path === path);
    expect(issue, `issues: ${JSON.stringify(err.issues)}`).toBeDefined();
    expect(issue?.line).toBe(line);
    expect(err.message).toContain(`p.yaml:${line}:`);
  });

  it('rejects a custom rule that reuses a built-in id', () => {
    const err = errorOf(
      'version: 1\nrules:\n  - id: ud.price-cut\n    category: unilateral_discount\n    phrases: [x y]\n',
    );
    expect(err.issues[0]?.path).toBe('rules[0].id');
  });

  it('rejects a custom rule with neither phrases nor patterns', () => {
    const err = errorOf('version: 1\nrules:\n  - id: x\n    category: quota_pressure\n');
    expect(err.issues[0]?.path).toBe('rules[0]');
    expect(err.issues[0]?.line).toBe(3);
  });

  it('reports YAML syntax errors with a line', () => {
    const err = errorOf('version: 1\nallow:\n  senders: [a.example\n');
    expect(err.issues[0]?.line).toBeGreaterThanOrEqual(3);
  });
});

describe('loadPolicyFile', () => {
  it.each(['default.yaml', 'audit.yaml'])('loads policies/%s', (name) => {
    const p = loadPolicyFile(join(ROOT, 'policies', name));
    expect(p.version).toBe(1);
    expect(p.source).toContain(name);
  });

  it('throws a PolicyError for a missing file', () => {
    expect(() => loadPolicyFile(join(ROOT, 'policies', 'nope.yaml'))).toThrow(PolicyError);
  });
});

describe('addressMatches', () => {
  it.each([
    ['rep@acme.example', 'Rep@Acme.example', true],
    ['rep@acme.example', 'other@acme.example', false],
    ['acme.example', 'x@acme.example', true],
    ['acme.example', 'x@eu.acme.example', false],
    ['@acme.example', 'x@acme.example', true],
    ['*@acme.example', 'x@acme.example', true],
    ['*.acme.example', 'x@eu.acme.example', true],
    ['*.acme.example', 'x@acme.example', false],
    ['*.acme.example', 'x@notacme.example', false],
  ])('%s vs %s → %s', (pattern, address, want) => {
    expect(addressMatches(pattern, address)).toBe(want);
  });
});
