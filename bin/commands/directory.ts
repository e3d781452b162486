// `poise directory import [--dry-run] [--fallback EMAIL] FILE`: loads the approver directory (CSV or
// JSON) into the table named by POISE_TABLE_NAME, with the standard AWS SDK environment (credentials,
// region, AWS_ENDPOINT_URL_DYNAMODB for the local stack). The file is validated whole before anything
// is written; errors name the line (CSV) or entry (JSON) and the field.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDirectoryStore, type ImportSummary } from '../../lambdas/adapters/aws/dynamo-directory-store';
import { parseDirectoryImport } from '../../lambdas/app/directory-import';
import { type Directory, directoryFormatFor } from '../../lambdas/approvals/directory';
import { DirectoryError } from '../../lambdas/approvals/errors';
import { ENV } from '../../lambdas/shared/contract';
import { UsageError } from './usage';

const HELP = `poise directory import [--dry-run] [--fallback EMAIL] FILE
  FILE        .csv (header: email,role,manager,team,fallback) or .json
  --fallback  global fallback approver (default: ${ENV.fallbackApprover}, else the JSON file's "fallback")
  --dry-run   print what would be written and deleted; write nothing
  Table: ${ENV.tableName}. AWS credentials, region and AWS_ENDPOINT_URL_DYNAMODB as for any AWS SDK tool.`;

export async function run(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'import') throw new UsageError(`expected 'import'\n${HELP}`);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(rest);
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${HELP}`);
  }
  const { values, positionals } = parsed;
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError(`give exactly one FILE\n${HELP}`);

  let directory: Directory;
  try {
    const text = await readFile(file, 'utf8');
    directory = parseDirectoryImport(text, directoryFormatFor(file), {
      fallback: values.fallback ?? env[ENV.fallbackApprover],
      source: file,
      fallbackHint: `--fallback or ${ENV.fallbackApprover}`,
    }).directory;
  } catch (err) {
    if (err instanceof DirectoryError || (err as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`poise directory: ${(err as Error).message}`);
      return 1;
    }
    throw err;
  }

  const table = env[ENV.tableName];
  const dryRun = values['dry-run'] === true;
  if (!dryRun && !table) throw new UsageError(`set ${ENV.tableName} to the table to import into`);
  const now = new Date();
  const client = new DynamoDBClient({});
  const store = new DynamoDirectoryStore(client, table ?? 'unset');
  try {
    if (!dryRun) {
      const summary = await store.replace(directory, now);
      console.log(`${summaryLine(summary, true)} into ${table}`);
      return 0;
    }
    // Without a table there is nothing stored to compare with: plan against nothing, read nothing.
    const plan = await store.plan(directory, now, table ? undefined : []);
    for (const w of plan.writes)
      console.log(`${w.op} ${w.pk} ${w.sk}${w.item ? ` ${JSON.stringify(w.item)}` : ''}`);
    console.log(
      `${summaryLine(plan, false)} (dry run: nothing written${table ? '' : `; ${ENV.tableName} unset, so deletions unknown`})`,
    );
    return 0;
  } finally {
    client.destroy();
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, fallback: { type: 'string' } },
  });
}

/** A dry run can only say what it would try to remove; an import says what it did remove. */
function summaryLine(s: ImportSummary, done: boolean): string {
  const [verb, stale] = done ? ['imported', 'removed'] : ['would import', 'to remove'];
  return `${verb} ${s.people} people, ${s.routes} approver routes, ${s.deleted} stale items ${stale}`;
}
