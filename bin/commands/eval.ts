// `poise eval`: score the detector on a labeled corpus (labels.json as in shared/corpus/SCHEMA.md).
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { evaluateCorpus, formatEvalReport } from '../../lambdas/domain/evaluate';
import { policyFrom } from './policy-option';
import { UsageError } from './usage';

export async function run(argv: string[]): Promise<number> {
  let parsed: { values: { policy?: string; json?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { policy: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const [dir, ...extra] = parsed.positionals;
  if (!dir || extra.length) throw new UsageError('eval takes exactly one corpus directory');
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) {
    console.error(`poise eval: cannot read directory ${dir}`);
    return 1;
  }
  const policy = await policyFrom(parsed.values.policy);
  let report: Awaited<ReturnType<typeof evaluateCorpus>>;
  try {
    report = await evaluateCorpus(dir, policy);
  } catch (err) {
    console.error(`poise eval: ${dir} is not a labeled corpus: ${(err as Error).message}`);
    return 1;
  }
  console.log(parsed.values.json ? JSON.stringify(report, null, 2) : formatEvalReport(report));
  return 0;
}
