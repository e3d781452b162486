// Regression floor on the third blind whole-message corpus (test/fixtures/corpus-blind3, scored blind
// first; see its README). The floor is the score after tuning on separate sentences
// (test/fixtures/sentences/blind3.tuned.txt), minus a small margin (one miss); the set is no longer blind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, formatEvalReport } from '../../lambdas/domain/evaluate';
import { defaultPolicy } from '../../lambdas/domain/policy';
import { scanMessage } from '../../lambdas/domain/scan';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'corpus-blind3');
const labels = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as {
  messages: Array<{ file: string; evidence: string[]; kind: string }>;
};

describe('blind corpus 3', () => {
  it('holds 40 labeled messages: 19 positive, 14 hard negative, 7 negative', () => {
    expect(labels.messages).toHaveLength(40);
    const count = (k: string) => labels.messages.filter((m) => m.kind === k).length;
    expect([count('positive'), count('hard_negative'), count('negative')]).toEqual([19, 14, 7]);
  });

  it.each(labels.messages.map((m) => [m.file, m] as const))(
    '%s parses, gets a verdict and keeps its evidence in the extracted text',
    async (_file, m) => {
      const { mail, decision } = await scanMessage(readFileSync(join(DIR, m.file)), {
        policy: defaultPolicy(),
      });
      expect(decision.holdReason).toBeUndefined();
      expect(['pass', 'flag', 'hold']).toContain(decision.verdict);
      expect(mail?.body.trim()).toBeTruthy();
      const text = `${mail?.subject ?? ''}\n${mail?.body ?? ''}`;
      for (const ev of m.evidence) expect(text).toContain(ev);
      // Quotes and footers in this set all carry one of these marks.
      expect(mail?.body).not.toMatch(
        /^>|wrote:|a écrit|escribió|schrieb|^(?:From|Sent|Subject|De|Enviado|Von|Gesendet):|Forwarded message|unsubscribe|Manage your preferences/m,
      );
    },
  );

  it('scores at least the floor: QP F1 0.94, UD F1 0.94, no hard negative flagged', async () => {
    const report = await evaluateCorpus(DIR, defaultPolicy());
    const text = formatEvalReport(report);
    expect(report.messages).toBe(40);
    expect(report.categories.quota_pressure.f1, text).toBeGreaterThanOrEqual(0.94);
    expect(report.categories.unilateral_discount.f1, text).toBeGreaterThanOrEqual(0.94);
    expect(report.hardNegatives.falseFlags, text).toBe(0);
  });
});
