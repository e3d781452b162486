// `poise directory import` against dynalite through the standard AWS SDK environment.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../bin/commands/directory';
import { UsageError } from '../../bin/commands/usage';
import { DynamoApproverDirectory } from '../../lambdas/adapters/aws/dynamo-approver-directory';
import { DynamoDirectoryStore } from '../../lambdas/adapters/aws/dynamo-directory-store';
import { createTable, type Dynalite, startDynalite } from '../lambdas/harness';

let dyn: Dynalite;
let table: string;
let dir: string;
const AWS_ENV = { AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' };

beforeAll(async () => {
  dyn = await startDynalite();
});
afterAll(async () => {
  await dyn.close();
});
beforeEach(async () => {
  table = await createTable(dyn.endpoint);
  dir = mkdtempSync(join(tmpdir(), 'poise-dir-'));
  for (const [k, v] of Object.entries({ ...AWS_ENV, AWS_ENDPOINT_URL_DYNAMODB: dyn.endpoint }))
    vi.stubEnv(k, v);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function output() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  return { out, err };
}

const client = () =>
  new DynamoDBClient({
    endpoint: dyn.endpoint,
    ...{ region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } },
  });

const CSV =
  'email,role,manager,team\nmia@seller.example,manager,,emea\nsam@seller.example,rep,mia@seller.example,emea\n';

describe('poise directory import', () => {
  it('imports a CSV file into POISE_TABLE_NAME; the filter and the approvals flow read it', async () => {
    const { out } = output();
    const code = await run(['import', file('team.csv', CSV)], {
      POISE_TABLE_NAME: table,
      POISE_FALLBACK_APPROVER: 'lead@seller.example',
    });

    expect(code).toBe(0);
    expect(out.at(-1)).toBe(`imported 2 people, 2 approver routes, 0 stale items removed into ${table}`);
    const filterView = new DynamoApproverDirectory(client(), table, 'lead@seller.example');
    expect(await filterView.approverFor('sam@seller.example')).toEqual({
      approver: 'mia@seller.example',
      source: 'directory',
      team: 'emea',
    });
    const directory = await new DynamoDirectoryStore(client(), table).load('lead@seller.example');
    expect(directory.can({ email: 'mia@seller.example' }, { rep: 'sam@seller.example' })).toBe(true);
  });

  it('imports JSON with its own fallback', async () => {
    output();
    const json = JSON.stringify({
      fallback: 'lead@seller.example',
      entries: [
        { email: 'lead@seller.example', role: 'admin' },
        { email: 'ana@seller.example', manager: 'lead@seller.example' },
      ],
    });
    expect(await run(['import', file('d.json', json)], { POISE_TABLE_NAME: table })).toBe(0);
    expect(
      await new DynamoApproverDirectory(client(), table, 'x@seller.example').approverFor(
        'ana@seller.example',
      ),
    ).toEqual({
      approver: 'lead@seller.example',
      source: 'directory',
    });
  });

  it('--dry-run prints every write and writes nothing', async () => {
    const { out } = output();
    const code = await run(
      ['import', '--dry-run', '--fallback', 'lead@seller.example', file('team.csv', CSV)],
      {
        POISE_TABLE_NAME: table,
      },
    );
    expect(code).toBe(0);
    expect(out).toContainEqual(
      expect.stringMatching(/^put REP#sam@seller\.example APPROVER .*"approver":"mia@seller\.example"/),
    );
    expect(out).toContainEqual(expect.stringMatching(/^put DIRECTORY PERSON#mia@seller\.example /));
    expect(out.at(-1)).toMatch(/would import 2 people.*dry run: nothing written/);
    expect(await new DynamoDirectoryStore(client(), table).entries()).toEqual([]);
  });

  it.each([
    [
      'a bad email on a CSV line',
      'x.csv',
      'email,role\nmia@seller.example,manager\nnot-an-email,rep\n',
      /x\.csv line 3: email: not an email address/,
    ],
    [
      'an unknown role',
      'x.csv',
      'email,role\nmia@seller.example,boss\n',
      /line 2: role: must be rep, manager or admin/,
    ],
    [
      'a manager not in the file',
      'x.csv',
      'email,manager\nsam@seller.example,ghost@seller.example\n',
      /line 2: manager: ghost@seller\.example is not in the directory/,
    ],
    [
      'a bad JSON entry',
      'x.json',
      '[{"email":"a@seller.example"},{"email":"b@seller.example","team":"<script>"}]',
      /x\.json entries\[1\]: team:/,
    ],
  ])('rejects %s, naming the place, and writes nothing', async (_name, fileName, text, message) => {
    const { err } = output();
    const code = await run(['import', file(fileName, text)], {
      POISE_TABLE_NAME: table,
      POISE_FALLBACK_APPROVER: 'lead@seller.example',
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(message);
    expect(await new DynamoDirectoryStore(client(), table).entries()).toEqual([]);
  });

  it('is a usage error without a table (unless --dry-run), a file, or the import verb', async () => {
    output();
    await expect(
      run(['import', file('team.csv', CSV)], { POISE_FALLBACK_APPROVER: 'lead@seller.example' }),
    ).rejects.toBeInstanceOf(UsageError);
    await expect(run(['import'], {})).rejects.toBeInstanceOf(UsageError);
    await expect(run(['export', 'x.csv'], {})).rejects.toBeInstanceOf(UsageError);
  });

  it('runs through the poise CLI entry', async () => {
    const path = file('team.csv', CSV);
    // Asynchronous: dynalite runs in this process and must keep answering.
    const res = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'bin/poise.ts', 'directory', 'import', path],
      {
        cwd: new URL('../../', import.meta.url).pathname,
        env: {
          ...process.env,
          ...AWS_ENV,
          AWS_ENDPOINT_URL_DYNAMODB: dyn.endpoint,
          POISE_TABLE_NAME: table,
          POISE_FALLBACK_APPROVER: 'lead@seller.example',
        },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(res.stdout).toContain('imported 2 people');
  }, 60_000);
});
