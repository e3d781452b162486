// `poise scan`: judge messages from files. The --json output is a contract (ARCHITECTURE.md).
import { open } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { type ScanResult, scanMessage } from '../../lambdas/domain/scan';
import type { Decision } from '../../lambdas/domain/types';
import { policyFrom } from './policy-option';
import { UsageError } from './usage';

export interface ScanLine {
  file: string;
  verdict: Decision['verdict'];
  categories: Decision['categories'];
  findings: Array<{
    rule: string;
    category: string;
    field: string;
    excerpt: string;
    start: number;
    end: number;
  }>;
  error?: string;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  if (positionals.length === 0) throw new UsageError('no input files');
  const policy = await policyFrom(values.policy);
  let unreadable = 0;
  for (const file of positionals) {
    const outcome = await scanFile(file, policy);
    if ('readError' in outcome) unreadable++;
    const line = toLine(file, outcome);
    console.log(values.json ? JSON.stringify(line) : formatReport(line, outcome));
  }
  return unreadable > 0 ? 1 : 0;
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, policy: { type: 'string' } },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

type Outcome = ScanResult | { readError: string };

async function scanFile(file: string, policy: Parameters<typeof scanMessage>[1]['policy']): Promise<Outcome> {
  // Open first so an unreadable path is told apart from an unparseable message.
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
    if (!(await handle.stat()).isFile()) {
      await handle.close();
      return { readError: `not a file: ${file}` };
    }
  } catch (err) {
    return {
      readError: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    };
  }
  // The handle's own stream closes the handle: a stream on the bare fd would leave the FileHandle to
  // be collected later, and Node then closes an fd that may already be reused (EBADF crash).
  const stream = handle.createReadStream({ autoClose: true });
  return scanMessage(stream, { policy });
}

function toLine(file: string, outcome: Outcome): ScanLine {
  if ('readError' in outcome) {
    return { file, verdict: 'hold', categories: ['unscannable'], findings: [], error: outcome.readError };
  }
  const { decision } = outcome;
  const line: ScanLine = {
    file,
    verdict: decision.verdict,
    categories: decision.categories,
    findings: decision.findings.map(({ rule, category, field, excerpt, start, end }) => ({
      rule,
      category,
      field,
      excerpt,
      start,
      end,
    })),
  };
  if (decision.error) line.error = decision.error;
  return line;
}

function formatReport(line: ScanLine, outcome: Outcome): string {
  const head = `${line.file}: ${line.verdict.toUpperCase()}${line.categories.length ? ` (${line.categories.join(', ')})` : ''}`;
  const out = [head];
  if (line.error) out.push(`  ${line.error}`);
  if (!('readError' in outcome)) {
    const { decision } = outcome;
    if (decision.exemption) out.push(`  exempt: ${decision.exemption}`);
    if (decision.verdict !== decision.wouldBe)
      out.push(`  mode ${decision.mode}: would be ${decision.wouldBe}`);
    for (const f of decision.findings) {
      out.push(`  [${f.category}] ${f.field} ${f.start}-${f.end}: "${f.excerpt}"`);
      out.push(`    rule ${f.rule} (${f.severity}): ${f.why}`);
      out.push(`    try: ${f.suggestion}`);
    }
  }
  return out.join('\n');
}
