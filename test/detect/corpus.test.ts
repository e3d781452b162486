// The quality bar on the shared dev corpus (../shared/corpus/dev beside the clone, as in CI).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, formatEvalReport } from '../../lambdas/domain/evaluate';
import { defaultPolicy } from '../../lambdas/domain/policy';

const DEV = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'dev');

describe('dev corpus', () => {
  it('exists beside the clone', () => {
    expect(existsSync(join(DEV, 'labels.json')), DEV).toBe(true);
  });

  it('scores F1 >= 0.90 per category and <= 10% hard-negative false flags', async () => {
    const report = await evaluateCorpus(DEV, defaultPolicy());
    const text = formatEvalReport(report);
    expect(report.messages).toBeGreaterThan(0);
    expect(report.categories.quota_pressure.f1, text).toBeGreaterThanOrEqual(0.9);
    expect(report.categories.unilateral_discount.f1, text).toBeGreaterThanOrEqual(0.9);
    expect(report.hardNegatives.rate, text).toBeLessThanOrEqual(0.1);
  });
});
