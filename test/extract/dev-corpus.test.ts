// The labeled dev corpus: every evidence string must survive extraction, and the parts that are
// not the rep's (quotes, forwards, signatures, footers) must be gone. What counts as quoted is
// derived here from the message itself with simple, independent rules, not listed per file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { extractMail } from '../../lambdas/domain/extract';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus/dev');

interface Labeled {
  file: string;
  evidence: string[];
  tags: string[];
}
const labels: Labeled[] = JSON.parse(readFileSync(path.join(corpus, 'labels.json'), 'utf8')).messages;
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

async function load(file: string) {
  const raw = readFileSync(path.join(corpus, file));
  const [mail, reference] = await Promise.all([extractMail(raw), simpleParser(raw)]);
  // simpleParser's own text (HTML converted with its defaults) is the independent reference.
  const lines = (reference.text ?? '').replace(/\r\n?/g, '\n').split('\n');
  return { mail, lines };
}

/** Lines of the earlier message: ">" lines, and everything after a header or forward marker. */
function quotedLines(lines: string[]): string[] {
  const start = lines.findIndex((l) =>
    /^(?:From|De|Von)\s?:|^-{5,}.*(?:Forwarded|Original)|^_{10,}|^Begin forwarded/i.test(l),
  );
  const tail = start < 0 ? [] : lines.slice(start);
  return [...lines.filter((l) => l.startsWith('>')), ...tail]
    .map((l) => l.replace(/^[>\s]+/, '').trim())
    .filter((l) => l.length >= 25);
}

describe('dev corpus extraction', () => {
  it('has the labeled messages', () => {
    expect(labels.length).toBeGreaterThanOrEqual(90);
  });

  it.each(labels.map((m) => [m.file, m] as const))('%s: evidence survives', async (_file, m) => {
    const { mail } = await load(m.file);
    const text = collapse(`${mail.subject}\n${mail.body}`);
    for (const evidence of m.evidence) expect(text).toContain(collapse(evidence));
  });

  const quoted = labels.filter((m) => m.tags.some((t) => t.startsWith('quoted-reply') || t === 'forwarded'));
  it.each(quoted.map((m) => [m.file, m] as const))(
    '%s: quoted and forwarded text is gone',
    async (_file, m) => {
      const { mail, lines } = await load(m.file);
      const earlier = quotedLines(lines);
      expect(earlier.length).toBeGreaterThan(0);
      for (const line of earlier) expect(mail.body).not.toContain(line);
    },
  );

  const signed = labels.filter((m) => m.tags.includes('signature'));
  it.each(signed.map((m) => [m.file, m] as const))(
    '%s: signature contact lines are gone',
    async (_file, m) => {
      const { mail, lines } = await load(m.file);
      const cut = lines.indexOf('-- ');
      const sig = cut < 0 ? [] : lines.slice(cut + 1, cut + 5).filter((l) => l.trim());
      const phones = lines.filter((l) => /\d{3}[ -]\d{3,4}[ -]?\d{0,4}$/.test(l) && l.length < 60);
      for (const line of [...sig, ...phones]) {
        if (!m.evidence.some((e) => e.includes(line.trim()))) expect(mail.body).not.toContain(line.trim());
      }
    },
  );

  const footers = labels.filter((m) => m.tags.includes('footer'));
  it.each(footers.map((m) => [m.file, m] as const))('%s: the footer line is gone', async (_file, m) => {
    const { mail, lines } = await load(m.file);
    const last = [...lines].reverse().find((l) => l.trim() && !l.startsWith('['));
    expect(last).toBeDefined();
    expect(collapse(mail.body)).not.toContain(collapse(last ?? ''));
  });
});
