// Detection must generalize: no rule or comment in the detector quotes a sentence it is measured on
// (the shared dev corpus, our held-out sentences), and no sentence we tune on is a near-copy of a
// held-out one (a held-out score would then measure memory, not generalization).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMail } from '../../lambdas/domain/extract';
import { loadSentences } from './fixtures';

const DETECT = path.join(import.meta.dirname, '..', '..', 'lambdas', 'domain', 'detect');
const DEV = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'dev');
// Idioms the lexicon held before a corpus that uses them was written (blind): not copies.
const IDIOMS_BEFORE = ['mean a lot to me', 'ne figurera pas sur la'];
// Our whole-message blind corpora: scored blind, then tuned on only through separate sentences.
const BLIND = [
  'corpus-blind',
  'corpus-blind2',
  'corpus-blind3',
  'corpus-blind4',
  'corpus-blind5',
  'corpus-blind6',
  'corpus-blind7',
  'corpus-blind8',
  'corpus-blind9',
  'corpus-blind10',
  'corpus-blind11',
  'corpus-blind12',
  'corpus-blind13',
  'corpus-blind14',
  'corpus-blind15',
].map((d) => path.join(import.meta.dirname, '..', 'fixtures', d));

const words = (t: string) =>
  t
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .match(/[\p{L}\p{N}']+/gu) ?? [];
const runs = (w: string[], n: number) =>
  w.slice(0, Math.max(0, w.length - n + 1)).map((_, i) => w.slice(i, i + n).join(' '));

const examples = loadSentences();
const heldOut = examples.filter((e) => e.holdout);

describe('no copies', () => {
  it('no five-word run of a dev or blind corpus message or a held-out sentence stands in the detector sources', async () => {
    const source = readdirSync(DETECT)
      .filter((f) => f.endsWith('.ts'))
      // Regex whitespace (\s+, \s*) reads as a space, so a sentence pasted into a pattern is found too.
      .map((f) => words(readFileSync(path.join(DETECT, f), 'utf8').replace(/\\s[+*?]?/g, ' ')).join(' '))
      .join('\n');
    const texts = heldOut.map((e) => [`${e.file}:${e.line}`, e.text]);
    for (const dir of [DEV, ...BLIND]) {
      for (const f of readdirSync(dir).filter((f) => f.endsWith('.eml'))) {
        const mail = await extractMail(readFileSync(path.join(dir, f)));
        texts.push([`${path.basename(dir)}/${f}`, `${mail.subject}\n${mail.body}`]);
      }
    }
    expect(texts.length).toBeGreaterThan(520);
    const quoted = texts.flatMap(([where, text]) =>
      runs(words(text as string), 5)
        .filter((run) => source.includes(run) && !IDIOMS_BEFORE.includes(run))
        .map((run) => `${where}: ${run}`),
    );
    expect(quoted).toEqual([]);
  }, 90_000);

  it('no tuned-on sentence shares most of its three-word runs with a held-out one', () => {
    const tuned = examples
      .filter((e) => !e.holdout)
      .map((e) => ({ e, grams: new Set(runs(words(e.text), 3)) }));
    expect(tuned.length).toBeGreaterThan(500);
    const near: string[] = [];
    for (const h of heldOut) {
      const grams = runs(words(h.text), 3);
      if (grams.length < 3) continue;
      for (const t of tuned) {
        const shared = grams.filter((g) => t.grams.has(g)).length / grams.length;
        if (shared >= 0.75) near.push(`${h.file}:${h.line} ~ ${t.e.file}:${t.e.line}`);
      }
    }
    expect(near).toEqual([]);
  });
});
