// The real thing, as CI and a deployer run it: `cdk synth` through cdk.json, bundling the handlers
// with the local esbuild and the console with the local Vite (no Docker), offline, no credentials.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleConfig, repoRoot } from './synth';

const automaton = join(repoRoot, 'lambdas', 'domain', 'detect', 'gate-automaton.bin');

/**
 * Loads a bundle the way Lambda does at cold start, with the environment the template gives it
 * (references replaced by plausible values): proves the handler module exists and the runtime's
 * config validation accepts what the stack sets.
 */
function expectColdStart(bundle: string, variables: Record<string, unknown>): void {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', AWS_REGION: 'eu-west-1' };
  for (const [name, value] of Object.entries(variables)) {
    if (typeof value === 'string') env[name] = value;
    else if (name === 'POISE_QUEUE_URL') env[name] = 'https://sqs.eu-west-1.amazonaws.com/123456789012/poise';
    else if (name.endsWith('_URL')) env[name] = 'https://d111111abcdef8.cloudfront.net';
    else env[name] = `poise-${name.toLowerCase().replaceAll('_', '-')}`;
  }
  const script = `import(${JSON.stringify(bundle)}).then((m) => { if (typeof m.handler !== 'function') process.exit(2); })`;
  const run = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8', timeout: 60_000 });
  expect(run.status, `${bundle}: ${run.stderr}`).toBe(0);
}

describe('cdk synth', () => {
  it('synthesizes the app from cdk.json with bundled handlers that start, offline and without credentials', () => {
    const output = mkdtempSync(join(tmpdir(), 'poise-cdk-out-'));
    const env: Record<string, string | undefined> = {
      ...process.env,
      CDK_DISABLE_CLI_TELEMETRY: 'true',
      // No instance metadata lookups for credentials or region on a machine without AWS.
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_PROFILE: undefined,
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
      AWS_SESSION_TOKEN: undefined,
    };

    const run = spawnSync('npx', ['cdk', 'synth', '--quiet', '--output', output], {
      cwd: repoRoot,
      env,
      encoding: 'utf8',
      timeout: 170_000,
    });

    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    const template = JSON.parse(readFileSync(join(output, 'Poise.template.json'), 'utf8'));
    type LambdaProps = {
      Runtime: string;
      Code: { S3Key: string };
      Environment: { Variables: Record<string, unknown> };
    };
    const resources = Object.entries(
      template.Resources as Record<string, { Type: string; Properties: LambdaProps }>,
    );
    const functions = resources
      // CDK's own BucketDeployment provider (console assets) is not one of ours.
      .filter(([id, r]) => r.Type === 'AWS::Lambda::Function' && !id.startsWith('CustomCDKBucketDeployment'))
      .map(([, r]) => r.Properties);
    expect(functions).toHaveLength(4);
    const assets = JSON.parse(readFileSync(join(output, 'Poise.assets.json'), 'utf8')) as {
      files: Record<string, { source: { path: string } }>;
    };
    for (const fn of functions) {
      expect(fn.Runtime).toBe('nodejs24.x');
      const hash = fn.Code.S3Key.replace(/\.zip$/, '');
      const bundle = join(output, assets.files[hash]?.source.path ?? 'missing', 'index.mjs');
      expect(existsSync(bundle), bundle).toBe(true);
      expect(statSync(bundle).size).toBeGreaterThan(1000);
      // The detection gate reads its automaton beside the bundle (lambdas/domain/detect/gate.ts).
      expect(readFileSync(join(dirname(bundle), 'gate-automaton.bin')).equals(readFileSync(automaton))).toBe(
        true,
      );
      expectColdStart(bundle, fn.Environment.Variables);
    }
    // The console, built by Vite at synth, is one of the deployment's sources (config.json the other).
    const deployment = resources.find(([, r]) => r.Type === 'Custom::CDKBucketDeployment')?.[1].Properties as
      | { SourceObjectKeys: string[] }
      | undefined;
    const dirs = (deployment?.SourceObjectKeys ?? []).map((key) =>
      join(output, assets.files[key.replace(/\.zip$/, '')]?.source.path ?? 'missing'),
    );
    const built = dirs.find((d) => existsSync(join(d, 'index.html')));
    expect(built, dirs.join(', ')).toBeDefined();
    expect(readFileSync(join(built as string, 'index.html'), 'utf8')).toMatch(
      /<script type="module"[^>]* src="\.\/assets\//,
    );
  }, 180_000);

  it('stops with the offending key and no stack when the context is invalid', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'poise-cdk-out-'));
    const poise = { ...exampleConfig(), sendingDomains: [] };

    // What the CDK CLI does: the app reads its context from CDK_CONTEXT_JSON.
    const run = spawnSync('npx', ['tsx', 'bin/app.ts'], {
      cwd: repoRoot,
      env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify({ poise }), CDK_OUTDIR: outdir },
      encoding: 'utf8',
      timeout: 60_000,
    });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('poise.sendingDomains: list at least one sending domain');
    expect(existsSync(join(outdir, 'Poise.template.json'))).toBe(false);
  }, 90_000);
});
