// Precision/recall of detect() on our own labeled sentences (test/fixtures/sentences).
import { describe, expect, it } from 'vitest';
import { detect } from '../../lambdas/domain/detect';
import { defaultPolicy } from '../../lambdas/domain/policy';
import { CATEGORIES, type Category } from '../../lambdas/domain/types';
import { type Example, loadMessages, loadSentences } from './fixtures';

const policy = defaultPolicy();
const examples = loadSentences();

function categoriesOf(ex: Pick<Example, 'field' | 'text'>): Category[] {
  const input = ex.field === 'subject' ? { subject: ex.text, body: '' } : { subject: '', body: ex.text };
  return [...new Set(detect(input, policy).map((f) => f.category))].sort();
}

function scores(set: Example[]) {
  const result = { hardNegatives: 0, falseFlags: 0 } as Record<string, number>;
  for (const c of CATEGORIES) Object.assign(result, { [`${c}.tp`]: 0, [`${c}.fp`]: 0, [`${c}.fn`]: 0 });
  for (const ex of set) {
    const got = categoriesOf(ex);
    for (const c of CATEGORIES) {
      const want = ex.labels.includes(c);
      const key = want && got.includes(c) ? 'tp' : got.includes(c) ? 'fp' : want ? 'fn' : undefined;
      if (key) result[`${c}.${key}`] = (result[`${c}.${key}`] ?? 0) + 1;
    }
    if (ex.kind === 'hard_negative') {
      result.hardNegatives = (result.hardNegatives ?? 0) + 1;
      if (got.length) result.falseFlags = (result.falseFlags ?? 0) + 1;
    }
  }
  const f1 = (c: Category) => {
    const tp = result[`${c}.tp`] ?? 0;
    return (2 * tp) / (2 * tp + (result[`${c}.fp`] ?? 0) + (result[`${c}.fn`] ?? 0));
  };
  return {
    f1: { quota_pressure: f1('quota_pressure'), unilateral_discount: f1('unilateral_discount') },
    falseFlagRate: (result.falseFlags ?? 0) / (result.hardNegatives || 1),
    raw: result,
  };
}

describe('labeled sentences', () => {
  it('has hundreds of examples in every language and kind', () => {
    expect(examples.length).toBeGreaterThanOrEqual(250);
    for (const file of ['en.txt', 'de.txt', 'es.txt', 'fr.txt', 'nonnative.txt', 'subjects.txt']) {
      const kinds = new Set(examples.filter((e) => e.file === file).map((e) => e.kind));
      expect([...kinds].sort(), file).toEqual(['hard_negative', 'negative', 'positive']);
    }
  });

  // Examples the rules were tuned on must stay exact (regression guard).
  it.each(examples.filter((e) => !e.holdout).map((e) => [`${e.file}:${e.line} ${e.concern}`, e] as const))(
    '%s',
    (_name, ex) => {
      expect(categoriesOf(ex), ex.text).toEqual([...ex.labels].sort());
    },
  );

  it('scores F1 >= 0.90 per category and <= 10% hard-negative false flags overall', () => {
    const s = scores(examples);
    expect(s.f1.quota_pressure, JSON.stringify(s.raw)).toBeGreaterThanOrEqual(0.9);
    expect(s.f1.unilateral_discount, JSON.stringify(s.raw)).toBeGreaterThanOrEqual(0.9);
    expect(s.falseFlagRate).toBeLessThanOrEqual(0.1);
  });

  it('generalizes to the held-out quarter (F1 >= 0.85, false flags <= 10%)', () => {
    const s = scores(examples.filter((e) => e.holdout));
    expect(s.f1.quota_pressure, JSON.stringify(s.raw)).toBeGreaterThanOrEqual(0.85);
    expect(s.f1.unilateral_discount, JSON.stringify(s.raw)).toBeGreaterThanOrEqual(0.85);
    expect(s.falseFlagRate).toBeLessThanOrEqual(0.1);
  });
});

describe('short messages', () => {
  it.each(loadMessages().map((m) => [m.name, m] as const))('%s', (_name, m) => {
    const got = [...new Set(detect({ subject: m.subject, body: m.body }, policy).map((f) => f.category))];
    expect(got.sort()).toEqual([...m.labels].sort());
  });
});
