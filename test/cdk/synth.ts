// Shared by the CDK tests: build the app from cdk.json's context plus overrides, synthesize once
// (cdk-nag runs as a validation plugin, so synthesis throws on any unacknowledged finding).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { expect } from 'vitest';
import { TABLE } from '../../lambdas/shared/contract';
import { addPoiseStack } from '../../lib/poise-app';
import type { PoiseStack } from '../../lib/poise-stack';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The `context` block of cdk.json, as `cdk synth` would see it. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(join(repoRoot, 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  };
  return cdkJson.context;
}

/** The example `poise` configuration from cdk.json. */
export function exampleConfig(): Record<string, unknown> {
  return structuredClone(cdkJsonContext().poise) as Record<string, unknown>;
}

/** An app with cdk.json's context, the `poise` key replaced or patched, and bundling skipped. */
export function makeApp(poise: Record<string, unknown> = {}, replace = false): App {
  return new App({
    outdir: mkdtempSync(join(tmpdir(), 'poise-cdk-')),
    context: {
      ...cdkJsonContext(),
      poise: replace ? poise : { ...exampleConfig(), ...poise },
      // Unit tests never bundle: esbuild runs only in the real `cdk synth` test.
      'aws:cdk:bundling-stacks': [],
    },
  });
}

export interface Synthesized {
  readonly app: App;
  readonly stack: PoiseStack;
  readonly template: Template;
}

/** Builds and synthesizes the Poise app (throws if cdk-nag reports anything unacknowledged). */
export function synth(poise: Record<string, unknown> = {}): Synthesized {
  const app = makeApp(poise);
  const stack = addPoiseStack(app, { baseDir: repoRoot });
  const assembly = app.synth();
  const template = Template.fromJSON(assembly.getStackArtifact(stack.artifactId).template);
  return { app, stack, template };
}

/** The link-signing grant: GetSecretValue on the keyring secret only, KMS decrypt only via Secrets Manager. */
export function expectKeyringGrant(statements: Array<Record<string, unknown>>, secretId: string): void {
  expect(statements.find((s) => s.Sid === 'ReadLinkKeyring')).toMatchObject({
    Action: 'secretsmanager:GetSecretValue',
    Resource: { Ref: secretId },
  });
  expect(statements.find((s) => s.Sid === 'DecryptLinkKeyring')).toMatchObject({
    Action: 'kms:Decrypt',
    Condition: { StringEquals: { 'kms:ViaService': expect.anything() } },
  });
}

/**
 * The table-access statement of a gateway or approvals function: Get, Put, Query and Update (no Scan,
 * Delete or transactions) on the table and its two indexes, nothing else.
 */
export function expectTableAccess(statement: unknown, sid: string, table: unknown): void {
  expect(statement).toEqual({
    Sid: sid,
    Effect: 'Allow',
    Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
    Resource: [
      table,
      { 'Fn::Join': ['', [table, `/index/${TABLE.gsi1.name}`]] },
      { 'Fn::Join': ['', [table, `/index/${TABLE.gsi2.name}`]] },
    ],
  });
}
