import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const sample = 'test/fixtures/sample/discount.eml';

async function poise(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'bin/poise.ts', ...args], {
      cwd: root,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('poise scan', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'poise-cli-'));
  });

  it('prints one JSON line per input, in input order, with the contract fields', async () => {
    const garbage = path.join(dir, 'garbage.eml');
    await writeFile(garbage, Buffer.from([0, 255, 13, 10, 0, 7]));
    const { code, stdout } = await poise('scan', '--json', sample, garbage, sample);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([sample, garbage, sample]);
    for (const line of lines) {
      expect(['pass', 'flag', 'hold']).toContain(line.verdict);
      expect(Array.isArray(line.categories)).toBe(true);
      expect(Array.isArray(line.findings)).toBe(true);
    }
  });

  it('holds the sample discount message and points at the sentence', async () => {
    const { stdout } = await poise('scan', '--json', sample);
    const line = JSON.parse(stdout);
    expect(line.verdict).toBe('hold');
    expect(line.categories).toEqual(expect.arrayContaining(['unilateral_discount', 'quota_pressure']));
    const finding = line.findings.find((f: { category: string }) => f.category === 'unilateral_discount');
    expect(finding.field).toBe('body');
    expect(finding.excerpt).toMatch(/20%/);
    expect(finding.end).toBeGreaterThan(finding.start);
  });

  it('still answers for every input but exits 1 when a path is unreadable', async () => {
    const { code, stdout } = await poise('scan', '--json', path.join(dir, 'missing.eml'), sample);
    expect(code).toBe(1);
    const [missing, ok] = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(missing).toMatchObject({ verdict: 'hold', categories: ['unscannable'] });
    expect(missing.error).toMatch(/ENOENT/);
    expect(ok.file).toBe(sample);
  });

  it('exits 2 on usage errors', async () => {
    expect((await poise('scan')).code).toBe(2);
    expect((await poise('scan', '--bogus', sample)).code).toBe(2);
    expect((await poise('frobnicate')).code).toBe(2);
  });

  it('writes a readable report without --json', async () => {
    const { stdout } = await poise('scan', sample);
    expect(stdout).toContain(`${sample}: HOLD`);
    expect(stdout).toMatch(/try: /);
  });
});

describe('poise eval', () => {
  it('scores a labeled corpus and lists the per-category figures', async () => {
    const { code, stdout } = await poise('eval', '--json', path.resolve(root, '../shared/corpus/dev'));
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.messages).toBe(90);
    expect(Object.keys(report.categories).sort()).toEqual(['quota_pressure', 'unilateral_discount']);
    expect(report.hardNegatives.total).toBeGreaterThan(0);
  });

  it('exits 1 for a directory that is not there and 2 without one', async () => {
    expect((await poise('eval', path.join(root, 'no-such-dir'))).code).toBe(1);
    expect((await poise('eval')).code).toBe(2);
  });
});
