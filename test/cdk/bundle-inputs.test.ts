// What the deployed bundles contain: the four Lambda entries, bundled as the stack bundles them (esbuild,
// ESM, nothing external), must not reach into lambdas/local: the local stack may use deployed code,
// never the other way round.
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './synth';

const ENTRIES = ['filter', 'ingest', 'approvals', 'sweeper'];

describe('deployed bundles', () => {
  it.each(ENTRIES)('%s imports nothing from lambdas/local', async (name) => {
    const result = await build({
      entryPoints: [join(repoRoot, 'lambdas', 'handlers', `${name}.ts`)],
      absWorkingDir: repoRoot,
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      mainFields: ['module', 'main'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.startsWith('lambdas/handlers/'))).toBe(true);
    expect(inputs.filter((i) => i.startsWith('lambdas/local/'))).toEqual([]);
  });
});
