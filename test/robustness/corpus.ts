// Shared access to ../shared/mime-corpus (CI has shared/ beside the clone).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const mimeCorpus = path.resolve(repoRoot, '../shared/mime-corpus');

export interface CorpusEntry {
  file: string;
  bytes: number;
  features: string[];
}

export function corpusEntries(): CorpusEntry[] {
  const rows = readFileSync(path.join(mimeCorpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((row) => {
    const cols = row.split('\t');
    return { file: cols[0] ?? '', bytes: Number(cols[4]), features: (cols[6] ?? '').split(',') };
  });
}

export const readCorpusFile = (file: string) => readFileSync(path.join(mimeCorpus, file));

/** Rejects when `work` takes longer than `ms`: a hang must fail the test, not stall the suite. */
export async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
