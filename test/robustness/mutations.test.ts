// Property: damaged real mail still gets a verdict, quickly, and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../lambdas/domain/policy';
import { scanMessage } from '../../lambdas/domain/scan';
import { corpusEntries, readCorpusFile, within } from './corpus';

const policy = defaultPolicy();

// A spread of structures: every 9th small message (multipart, base64, QP, HTML, broken ones...).
const seeds = corpusEntries()
  .filter((e) => e.bytes < 40_000)
  .filter((_, i) => i % 9 === 0)
  .map((e) => ({ file: e.file, raw: readCorpusFile(e.file) }));

type Mutation = (raw: Buffer) => Buffer;

const truncate = fc
  .double({ min: 0, max: 1, noNaN: true })
  .map<Mutation>((at) => (raw) => raw.subarray(0, Math.floor(raw.length * at)));

const flipBytes = fc
  .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
    minLength: 1,
    maxLength: 40,
  })
  .map<Mutation>((flips) => (raw) => {
    const out = Buffer.from(raw);
    for (const [where, value] of flips) if (out.length) out[Math.floor(where * (out.length - 1))] = value;
    return out;
  });

const insertBytes = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 2000 }))
  .map<Mutation>(([where, bytes]) => (raw) => {
    const at = Math.floor(where * raw.length);
    return Buffer.concat([raw.subarray(0, at), Buffer.from(bytes), raw.subarray(at)]);
  });

// Corrupts, drops or repeats MIME boundary lines, or breaks the boundary parameter itself.
const damageBoundary = fc
  .tuple(fc.constantFrom('corrupt', 'drop', 'repeat', 'param', 'close-early'), fc.nat({ max: 20 }))
  .map<Mutation>(([how, nth]) => (raw) => {
    const text = raw.toString('latin1');
    const boundary = /boundary="?([^";\r\n]+)"?/i.exec(text)?.[1];
    if (!boundary) return Buffer.from(`${text}\r\n--lost-boundary\r\n`, 'latin1');
    const marker = `--${boundary}`;
    const positions: number[] = [];
    for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) positions.push(i);
    const at = positions[nth % Math.max(1, positions.length)] ?? 0;
    const out =
      how === 'corrupt'
        ? `${text.slice(0, at)}--${boundary.slice(1)}X${text.slice(at + marker.length)}`
        : how === 'drop'
          ? text.slice(0, at) + text.slice(at + marker.length)
          : how === 'repeat'
            ? `${text.slice(0, at)}${marker}\r\n${marker}\r\n${text.slice(at)}`
            : how === 'param'
              ? text.replace(/boundary=/i, 'boundary=;')
              : `${text.slice(0, at)}${marker}--\r\n${text.slice(at)}`;
    return Buffer.from(out, 'latin1');
  });

// Header sections far beyond what real mail has: one giant line, or thousands of lines.
const hugeHeaders = fc
  .oneof(
    fc.integer({ min: 10_000, max: 1_200_000 }).map((n) => `X-Huge: ${'a'.repeat(n)}\r\n`),
    fc
      .integer({ min: 1000, max: 20_000 })
      .map((n) => 'Received: from relay.example by mx.example\r\n'.repeat(n)),
    fc.integer({ min: 100, max: 3000 }).map((n) => `Subject: ${'=?utf-8?B?w6k=?= '.repeat(n)}\r\n`),
  )
  .map<Mutation>((extra) => (raw) => Buffer.concat([Buffer.from(extra, 'latin1'), raw]));

// Line endings mixed or swapped, as relays sometimes leave them.
const lineEndings = fc.constantFrom('lf', 'cr', 'mixed').map<Mutation>((how) => (raw) => {
  const text = raw.toString('latin1');
  const out =
    how === 'lf'
      ? text.replace(/\r\n/g, '\n')
      : how === 'cr'
        ? text.replace(/\r?\n/g, '\r')
        : text.replace(/\r?\n/g, (_m, i: number) => (i % 2 ? '\n' : '\r\n'));
  return Buffer.from(out, 'latin1');
});

const mutation = fc.oneof(truncate, flipBytes, insertBytes, damageBoundary, hugeHeaders, lineEndings);

describe('mutated real messages', () => {
  it('has seed messages', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(20);
  });

  it('always get a verdict, never throw, never hang', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...seeds),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        async (seed, mutations) => {
          const raw = mutations.reduce<Buffer>((bytes, mutate) => mutate(bytes), seed.raw);
          const { decision, mail } = await within(15_000, scanMessage(raw, { policy }));
          expect(['pass', 'flag', 'hold']).toContain(decision.verdict);
          if (!mail) expect(decision.categories).toContain('unscannable');
          else expect(mail.body).not.toContain('\r');
        },
      ),
      { seed: 20260527, numRuns: 150, endOnFailure: true },
    );
  }, 240_000);
});
