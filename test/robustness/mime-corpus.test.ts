import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../lambdas/domain/policy';
import { scanMessage } from '../../lambdas/domain/scan';
import { corpusEntries, readCorpusFile, within } from './corpus';

const entries = corpusEntries();
const policy = defaultPolicy();

describe('every message of the mime corpus gets a verdict', () => {
  it('has the whole corpus', () => {
    expect(entries.length).toBe(375);
  });

  it.each(entries.map((e) => e.file))('%s', async (file) => {
    const { decision, mail } = await within(15_000, scanMessage(readCorpusFile(file), { policy }));
    expect(['pass', 'flag', 'hold']).toContain(decision.verdict);
    if (mail) {
      expect(typeof mail.subject).toBe('string');
      expect(mail.body).not.toContain('\r');
      for (const f of decision.findings) {
        const text = f.field === 'subject' ? mail.subject : mail.body;
        expect(text.slice(f.start, f.end)).toBe(f.excerpt);
      }
    } else {
      expect(decision.categories).toContain('unscannable');
    }
  });
});
