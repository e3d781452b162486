// Shared by the two gate-vs-walk test files (split so the two CI workers share the walk's cost).
import { expect, it } from 'vitest';
import { detectWith } from '../../lambdas/domain/detect';
import { defaultPolicy } from '../../lambdas/domain/policy';
import { loadSentences, shards } from './fixtures';

const policy = defaultPolicy();
export const sentences = loadSentences().map((e) => e.text);

/** Gated detection gives exactly what the plain trigger walk gives. */
export function sameAsWalk(subject: string, body: string): void {
  expect(detectWith({ subject, body }, policy, 'gated'), `${subject} | ${body}`).toEqual(
    detectWith({ subject, body }, policy, 'walk'),
  );
}

/**
 * Every fixture sentence as body, and in turn as subject or as reply subject with an upper-cased body:
 * half of 16 parts per file. The walk tries every pattern on every sentence it triggers on: the ~16,000
 * walked detections run as parts, each far inside its timeout on the busy 2-core CI machine (a third
 * walk per sentence took CI past nine minutes).
 */
export function sentenceParts(half: 0 | 1): void {
  const indexed = sentences.map((s, i) => [s, i] as const);
  const parts = shards(indexed, 16).filter((_, k) => k % 2 === half);
  it.each(parts)(
    'on fixture sentences %s, as body, and as subject or reply subject (upper-cased)',
    (_, part) => {
      for (const [s, i] of part) {
        sameAsWalk('', s);
        if (i % 2 === 0) sameAsWalk(s, '');
        else sameAsWalk(`Re: ${s}`, s.toUpperCase().replace(/'/g, '\u2019'));
      }
    },
    90_000,
  );
}
