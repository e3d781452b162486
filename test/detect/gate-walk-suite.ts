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
 * Every fixture sentence as body; the even ones (half 0) also as subject, the odd ones (half 1) also as reply
 * subject with an upper-cased body. Half of 16 parts per file: the walk tries every pattern on every sentence
 * it triggers on, and the ~16,000 walked detections run as parts, each far inside its timeout on the busy
 * 2-core CI machine (a third walk per sentence took CI past nine minutes).
 */
export function sentenceParts(half: 0 | 1): void {
  // shards() deals sentence i to part i % 16, so a part's parity is its sentences' parity.
  const parts = shards(sentences, 16).filter((_, k) => k % 2 === half);
  it.each(parts)(
    half === 0
      ? 'on fixture sentences %s, as body and subject'
      : 'on fixture sentences %s, as body and reply subject, upper-cased',
    (_, part) => {
      for (const s of part) {
        sameAsWalk('', s);
        if (half === 0) sameAsWalk(s, '');
        else sameAsWalk(`Re: ${s}`, s.toUpperCase().replace(/'/g, '\u2019'));
      }
    },
    90_000,
  );
}
