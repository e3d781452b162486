// Loads the labeled sentences in test/fixtures/sentences (format in its README).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Category } from '../../lambdas/domain/types';

export const SENTENCES_DIR = join(import.meta.dirname, '..', 'fixtures', 'sentences');

export type Kind = 'positive' | 'hard_negative' | 'negative';

export interface Example {
  file: string;
  line: number;
  text: string;
  labels: Category[];
  kind: Kind;
  /** The comment heading the example: which concern it tests. */
  concern: string;
  field: 'subject' | 'body';
  /** Every 4th example of a file, and all of *.holdout.txt, is held out from tuning (none of *.tuned.txt). */
  holdout: boolean;
}

const LABELS: Record<string, { labels: Category[]; kind: Kind }> = {
  Q: { labels: ['quota_pressure'], kind: 'positive' },
  D: { labels: ['unilateral_discount'], kind: 'positive' },
  QD: { labels: ['quota_pressure', 'unilateral_discount'], kind: 'positive' },
  H: { labels: [], kind: 'hard_negative' },
  N: { labels: [], kind: 'negative' },
};

export function loadSentences(): Example[] {
  const out: Example[] = [];
  for (const file of readdirSync(SENTENCES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    let concern = '';
    let n = 0;
    readFileSync(join(SENTENCES_DIR, file), 'utf8')
      .split('\n')
      .forEach((raw, i) => {
        const line = raw.trim();
        if (!line) return;
        if (line.startsWith('#')) {
          concern = line.slice(1).trim();
          return;
        }
        const m = /^([A-Z]+)\s*\|\s*(.+)$/.exec(line);
        const spec = m && LABELS[m[1] as string];
        if (!m || !spec) throw new Error(`${file}:${i + 1}: bad fixture line`);
        n++;
        out.push({
          file,
          line: i + 1,
          text: m[2] as string,
          ...spec,
          concern,
          field: file.startsWith('subjects') ? 'subject' : 'body',
          // *.tuned.txt: blind sets scored once, then tuned on; all of them now guard against regressions.
          // *.open.txt: lines of such a set read and still missed; scored, never asserted one by one.
          holdout:
            file.endsWith('.holdout.txt') ||
            file.endsWith('.open.txt') ||
            (!file.endsWith('.tuned.txt') && n % 4 === 0),
        });
      });
  }
  return out;
}

export interface MessageExample {
  name: string;
  subject: string;
  body: string;
  labels: Category[];
}

export function loadMessages(): MessageExample[] {
  return JSON.parse(readFileSync(join(SENTENCES_DIR, 'messages.json'), 'utf8')) as MessageExample[];
}

/**
 * Splits a list into n interleaved parts, so a test over every fixture runs as n tests: each stays well
 * inside its timeout on a slow, busy CI machine, and a failure names its part.
 */
export function shards<T>(items: readonly T[], n: number): Array<[string, T[]]> {
  return Array.from({ length: n }, (_, k) => [`${k + 1}/${n}`, items.filter((_, i) => i % n === k)]);
}
