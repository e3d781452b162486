import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as approvals from '../../lambdas/approvals';

const DIR = join(import.meta.dirname, '../../lambdas/approvals');

describe('lambdas/approvals', () => {
  // The core is shared by the AWS Lambdas and the local gateway: no SDK clients, no servers, no adapters.
  it.each(readdirSync(DIR).filter((f) => f.endsWith('.ts')))(
    '%s imports no AWS SDK, server or adapter',
    (file) => {
      const imports = [...readFileSync(join(DIR, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const spec of imports) {
        expect(spec).not.toMatch(
          /^@aws-sdk\/|^@aws-lambda-powertools\/|^node:(http|https|net)$|adapters|local|handlers/,
        );
      }
    },
  );

  it('exposes the public API from index.ts, without the HTML internals', () => {
    for (const name of [
      'signToken',
      'verifyToken',
      'Directory',
      'transition',
      'planSweep',
      'actOnLink',
      'buildMime',
      'confirmationPage',
      'highlightHtml',
      'httpStatusFor',
    ]) {
      expect(approvals).toHaveProperty(name);
    }
    expect(approvals).not.toHaveProperty('p');
    expect(approvals).not.toHaveProperty('page');
  });
});
