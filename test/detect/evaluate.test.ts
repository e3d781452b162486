import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, formatEvalReport, score } from '../../lambdas/domain/evaluate';
import { defaultPolicy } from '../../lambdas/domain/policy';

function eml(subject: string, body: string): string {
  return `From: rep@seller.example\r\nTo: buyer@buyer.example\r\nSubject: ${subject}\r\n\r\n${body}\r\n`;
}

describe('score', () => {
  it('computes precision, recall and F1', () => {
    expect(score(8, 2, 2)).toMatchObject({ precision: 0.8, recall: 0.8 });
    expect(score(8, 2, 2).f1).toBeCloseTo(0.8);
    expect(score(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('evaluateCorpus', () => {
  it('scores a small corpus and lists the misses with their findings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'poise-eval-'));
    writeFileSync(join(dir, 'a.eml'), eml('Offer', 'I can take 10% off the license for you.'));
    writeFileSync(join(dir, 'b.eml'), eml('Hello', 'See you on Tuesday.'));
    writeFileSync(join(dir, 'c.eml'), eml('Storage', 'Your storage quota is now 2 TB.'));
    writeFileSync(join(dir, 'd.eml'), eml('Plan', 'My VP wants a commit on this deal today.'));
    writeFileSync(
      join(dir, 'labels.json'),
      JSON.stringify({
        version: 1,
        messages: [
          { file: 'a.eml', labels: ['unilateral_discount'], kind: 'positive' },
          { file: 'b.eml', labels: ['quota_pressure'], kind: 'positive' },
          { file: 'c.eml', labels: [], kind: 'hard_negative' },
          { file: 'd.eml', labels: [], kind: 'hard_negative' },
        ],
      }),
    );
    const r = await evaluateCorpus(dir, defaultPolicy());
    expect(r.categories.unilateral_discount).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(r.categories.quota_pressure).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.hardNegatives).toEqual({ total: 2, falseFlags: 1, rate: 0.5 });
    expect(r.misses.map((m) => m.file)).toEqual(['b.eml', 'd.eml']);
    expect(r.misses[1]?.findings[0]?.rule).toBe('qp.manager-pressure');
    const text = formatEvalReport(r);
    expect(text).toContain('d.eml');
    expect(text).toContain('hard negatives falsely flagged: 1/2');
  });
});
