// Scores the full scan path on a labeled corpus (../shared/corpus/SCHEMA.md).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Policy } from './policy';
import { scanMessage } from './scan';
import { CATEGORIES, type Category, type Finding } from './types';

const labelsSchema = z.object({
  version: z.number().optional(),
  categories: z.array(z.string()).optional(),
  messages: z.array(
    z.object({
      file: z.string(),
      labels: z.array(z.string()),
      kind: z.enum(['positive', 'hard_negative', 'negative']).optional(),
      evidence: z.array(z.string()).optional(),
      tags: z.array(z.string()).optional(),
      notes: z.string().optional(),
    }),
  ),
});

export interface CategoryScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalMiss {
  file: string;
  kind?: string;
  expected: string[];
  actual: string[];
  /** Labels the detector missed / added. */
  missed: string[];
  extra: string[];
  findings: Array<Pick<Finding, 'rule' | 'category' | 'field' | 'excerpt'>>;
  tags: string[];
}

export interface EvalReport {
  dir: string;
  messages: number;
  categories: Record<Category, CategoryScore>;
  hardNegatives: { total: number; falseFlags: number; rate: number };
  /** Messages whose detected categories differ from the labels. */
  misses: EvalMiss[];
}

export async function evaluateCorpus(dir: string, policy: Policy): Promise<EvalReport> {
  const labels = labelsSchema.parse(JSON.parse(await readFile(join(dir, 'labels.json'), 'utf8')));
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Category,
    { tp: number; fp: number; fn: number }
  >;
  const hard = { total: 0, falseFlags: 0 };
  const misses: EvalMiss[] = [];
  for (const m of labels.messages) {
    const raw = await readFile(join(dir, m.file));
    const { decision } = await scanMessage(raw, { policy });
    const actual = CATEGORIES.filter((c) => decision.categories.includes(c));
    const expected = CATEGORIES.filter((c) => m.labels.includes(c));
    for (const c of CATEGORIES) {
      const want = expected.includes(c);
      const got = actual.includes(c);
      if (want && got) counts[c].tp++;
      else if (got) counts[c].fp++;
      else if (want) counts[c].fn++;
    }
    if (m.kind === 'hard_negative') {
      hard.total++;
      if (actual.length > 0) hard.falseFlags++;
    }
    const missed = expected.filter((c) => !actual.includes(c));
    const extra = actual.filter((c) => !expected.includes(c));
    if (missed.length || extra.length) {
      misses.push({
        file: m.file,
        kind: m.kind,
        expected,
        actual,
        missed,
        extra,
        findings: decision.findings.map(({ rule, category, field, excerpt }) => ({
          rule,
          category,
          field,
          excerpt,
        })),
        tags: m.tags ?? [],
      });
    }
  }
  const categories = Object.fromEntries(
    CATEGORIES.map((c) => [c, score(counts[c].tp, counts[c].fp, counts[c].fn)]),
  ) as Record<Category, CategoryScore>;
  return {
    dir,
    messages: labels.messages.length,
    categories,
    hardNegatives: { ...hard, rate: hard.total ? hard.falseFlags / hard.total : 0 },
    misses,
  };
}

export function score(tp: number, fp: number, fn: number): CategoryScore {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatEvalReport(r: EvalReport): string {
  const lines = [`Corpus ${r.dir}: ${r.messages} messages`, ''];
  lines.push('category              precision  recall     F1     tp  fp  fn');
  for (const c of CATEGORIES) {
    const s = r.categories[c];
    lines.push(
      `${c.padEnd(22)}${pct(s.precision).padStart(9)}${pct(s.recall).padStart(8)}${s.f1.toFixed(3).padStart(7)}` +
        `${String(s.tp).padStart(7)}${String(s.fp).padStart(4)}${String(s.fn).padStart(4)}`,
    );
  }
  const h = r.hardNegatives;
  lines.push('', `hard negatives falsely flagged: ${h.falseFlags}/${h.total} (${pct(h.rate)})`, '');
  lines.push(r.misses.length ? `misses (${r.misses.length}):` : 'no misses');
  for (const m of r.misses) {
    const parts = [];
    if (m.missed.length) parts.push(`missed ${m.missed.join(', ')}`);
    if (m.extra.length) parts.push(`false ${m.extra.join(', ')}`);
    lines.push(
      `- ${m.file} [${m.kind ?? '?'}] expected [${m.expected.join(', ')}] got [${m.actual.join(', ')}]: ${parts.join('; ')}`,
    );
    for (const f of m.findings) {
      lines.push(`    ${f.rule} (${f.field}): ${f.excerpt.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
  return lines.join('\n');
}
