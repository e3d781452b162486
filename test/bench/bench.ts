// npm run bench [-- --json FILE] [-- --quick]
// Full path (parse + extract + detect = scanMessage), detect alone, and bare default simpleParser,
// side by side on the same bytes; plus peak RSS of a 25 MB message measured in child processes.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { simpleParser } from 'mailparser';
import { type DetectInput, detect } from '../../lambdas/domain/detect';
import { AUTOMATON_FILE } from '../../lambdas/domain/detect/gate';
import { extractMail } from '../../lambdas/domain/extract';
import { defaultPolicy } from '../../lambdas/domain/policy';
import { scanMessage } from '../../lambdas/domain/scan';
import { FILTER_NODE_OPTIONS, NODE_OPTIONS } from '../../lib/constructs/node-options';
import { largeHtml, medium, small, withAttachments } from './messages';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const { values: args } = parseArgs({
  options: { json: { type: 'string' }, quick: { type: 'boolean', default: false } },
});
const policy = defaultPolicy();
const MAX_MS = args.quick ? 3000 : 15_000;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

interface Stats {
  runs: number;
  msgsPerSec: number;
  p50Ms: number;
  p99Ms: number;
}

interface WorkloadResult {
  name: string;
  messages: number;
  avgBytes: number;
  detectChars: number;
  /** scanMessage: parse + extract + detect + decide. */
  full: Stats;
  /** extractMail alone: parse + the rep's own text. */
  extract: Stats;
  /** bare simpleParser with its default options. */
  simpleParser: Stats;
  /** detect alone on the extracted subject and body. */
  detect: Stats;
  /** full-path throughput divided by simpleParser throughput (≥ 1 means no slower). */
  fullVsSimpleParser: number;
  extractVsSimpleParser: number;
}

type Path<T> = (x: T) => unknown;

/**
 * Runs the paths side by side, interleaved message by message (alternating which goes first),
 * so a noisy shared machine slows them alike. Stops once both the minimum runs and time are met,
 * or after MAX_MS (a slow path still gets at least 3 runs).
 */
async function measure<T, K extends string>(
  inputs: T[],
  paths: Record<K, Path<T>>,
  minRuns: number,
  minMs: number,
  maxMs = MAX_MS,
): Promise<Record<K, Stats>> {
  const names = Object.keys(paths) as K[];
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  await warmUp(inputs, paths, names);
  gc();
  const start = performance.now();
  for (let i = 0; ; i++) {
    const input = inputs[i % inputs.length] as T;
    const order = i % 2 ? [...names].reverse() : names;
    for (const n of order) {
      const t = performance.now();
      await paths[n](input);
      times[n].push(performance.now() - t);
    }
    const runs = i + 1;
    const elapsed = performance.now() - start;
    if ((runs >= minRuns && elapsed >= minMs) || runs >= minRuns * 50 || (elapsed > maxMs && runs >= 3))
      break;
  }
  return Object.fromEntries(names.map((n) => [n, stats(times[n])])) as Record<K, Stats>;
}

/**
 * Steady state, not the first pass: every path sees every distinct input (and runs for at least
 * WARM_MS), so each has compiled what the measured runs use. Detection compiles a rule's regexes the
 * first time a sentence reaches it, so its first pass over the dev corpus is much slower than its
 * second; the cold first pass is reported separately (coldRuns).
 */
const WARM_MS = 2000;
async function warmUp<T, K extends string>(
  inputs: T[],
  paths: Record<K, Path<T>>,
  names: K[],
): Promise<void> {
  const distinct = [...new Set(inputs)];
  const start = performance.now();
  for (let i = 0; i < distinct.length || (performance.now() - start < WARM_MS && i < 5000); i++) {
    for (const n of names) await paths[n](distinct[i % distinct.length] as T);
  }
}

function stats(times: number[]): Stats {
  const total = times.reduce((a, b) => a + b, 0);
  const sorted = [...times].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { runs: times.length, msgsPerSec: (times.length * 1000) / total, p50Ms: pct(0.5), p99Ms: pct(0.99) };
}

async function workload(
  name: string,
  messages: Buffer[],
  minRuns: number,
  minMs: number,
  maxMs = MAX_MS,
): Promise<WorkloadResult> {
  process.stderr.write(`  ${name}...\n`);
  const extracted = await Promise.all(messages.map((m) => extractMail(m)));
  const inputs = extracted.map((x) => ({ subject: x.subject, body: x.body }));
  const side = await measure(
    messages,
    {
      full: (m: Buffer) => scanMessage(m, { policy }),
      extract: (m: Buffer) => extractMail(m),
      simpleParser: (m: Buffer) => simpleParser(m),
    },
    minRuns,
    minMs,
    maxMs,
  );
  gc();
  const { detect: det } = await measure(
    inputs,
    { detect: (x: DetectInput) => detect(x, policy) },
    Math.max(minRuns, 2000),
    Math.max(minMs, 500),
  );
  gc();
  const avg = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length));
  return {
    name,
    messages: messages.length,
    avgBytes: avg(messages.map((m) => m.length)),
    detectChars: avg(inputs.map((x) => x.subject.length + x.body.length)),
    full: side.full,
    extract: side.extract,
    simpleParser: side.simpleParser,
    detect: det,
    fullVsSimpleParser: side.full.msgsPerSec / side.simpleParser.msgsPerSec,
    extractVsSimpleParser: side.extract.msgsPerSec / side.simpleParser.msgsPerSec,
  };
}

interface RssResult {
  mode: string;
  verdict: string;
  ms: number;
  peakRssMB: number;
}

/**
 * The child as the filter Lambda runs it: one esbuild bundle with every dependency inside, built with
 * the options `poiseFunction` (lib/constructs/poise-function.ts) gives NodejsFunction, on plain node
 * with the Lambda's NODE_OPTIONS. Two tsx rows show what the TypeScript loader adds on top.
 */
async function buildChild(dir: string): Promise<string> {
  const child = path.join(dir, 'rss-child.mjs');
  await build({
    entryPoints: [path.join(here, 'rss-child.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'esm',
    // The Lambda runtime is newer (see FUNCTION_RUNTIME); this is the node that runs the bench.
    target: `node${process.versions.node.split('.')[0]}`,
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    mainFields: ['module', 'main'],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  // As the Lambda bundling does (lib/constructs/poise-function.ts): the gate's automaton beside the bundle.
  copyFileSync(AUTOMATON_FILE, path.join(dir, 'gate-automaton.bin'));
  return child;
}

// NODE_OPTIONS of the deployed filter function (lib/constructs/node-options.ts).
const lambdaFlags = FILTER_NODE_OPTIONS.split(' ');

function runChild(args: string[], name: string): RssResult {
  const out = execFileSync(process.execPath, args, {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  return { ...(JSON.parse(out) as RssResult), mode: name };
}

function rssRuns(child: string, file: string): RssResult[] {
  const tsxChild = ['--import', 'tsx', path.join(here, 'rss-child.ts')];
  // Young-generation size is most of the per-message peak: the filter runs with 4 MB semi-spaces;
  // the "V8 default" rows show the same child with V8's default young generation.
  const defaults = NODE_OPTIONS.split(' ');
  const runs: Array<[string, string[], string[]]> = [
    ['baseline', lambdaFlags, [child]],
    ['extract-stream', lambdaFlags, [child]],
    ['extract-buffer', lambdaFlags, [child]],
    ['scan-stream', lambdaFlags, [child]],
    ['scan-buffer', lambdaFlags, [child]],
    ['simple-parser', lambdaFlags, [child]],
    ['baseline (V8 default)', defaults, [child]],
    ['scan-stream (V8 default)', defaults, [child]],
    ['baseline (tsx)', [], tsxChild],
    ['scan-stream (tsx)', [], tsxChild],
  ];
  return runs.map(([name, flags, script]) => {
    const mode = name.replace(/ \((?:tsx|V8 default)\)$/, '');
    process.stderr.write(`  peak RSS: ${name}...\n`);
    return runChild([...flags, ...script, mode, file], name);
  });
}

/** A fresh bundled child's first pass over the dev corpus: full path and simpleParser, alternately. */
function coldRuns(child: string, devDir: string): RssResult[] {
  const modes = ['first-pass-scan', 'first-pass-simple-parser'];
  return [...modes, ...modes].map((mode) => {
    process.stderr.write(`  cold start: ${mode}...\n`);
    return runChild([...lambdaFlags, child, mode, devDir], mode);
  });
}

const fmtBytes = (n: number) =>
  n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} B`;
const rate = (s: Stats) =>
  s.msgsPerSec >= 100 ? Math.round(s.msgsPerSec).toString() : s.msgsPerSec.toFixed(1);
const ms = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(2));

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, c) => cell.padStart(widths[c] ?? 0)).join('  ')).join('\n');
}

async function main() {
  const quick = args.quick ?? false;
  process.stderr.write('Generating workloads...\n');
  const devDir = path.resolve(repoRoot, '../shared/corpus/dev');
  const dev = readdirSync(devDir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => readFileSync(path.join(devDir, f)));
  const devRepeated = Array.from({ length: Math.ceil(1000 / dev.length) }, () => dev).flat();
  const big = await withAttachments(25 * 1024 * 1024, 3);

  const results: WorkloadResult[] = [];
  process.stderr.write('Measuring (messages/s and latency per message, one at a time)...\n');
  results.push(
    // Every one of the ≥ 1,000 messages, however long it takes.
    await workload(
      `dev corpus x${devRepeated.length / dev.length}`,
      devRepeated,
      devRepeated.length,
      0,
      Infinity,
    ),
  );
  results.push(
    await workload('synthetic 3 KB reply', [await small()], quick ? 200 : 1000, quick ? 300 : 1500),
  );
  results.push(
    await workload('synthetic 15 KB text', [await medium()], quick ? 100 : 500, quick ? 300 : 1500),
  );
  results.push(
    await workload('synthetic 220 KB HTML', [await largeHtml()], quick ? 5 : 30, quick ? 300 : 2000),
  );
  results.push(
    await workload(
      'synthetic 5 MB attachments',
      [await withAttachments(5 * 1024 * 1024, 1)],
      quick ? 2 : 8,
      0,
    ),
  );
  results.push(await workload('synthetic 25 MB attachments', [big], quick ? 1 : 3, 0));

  const dir = mkdtempSync(path.join(os.tmpdir(), 'poise-bench-'));
  const bigFile = path.join(dir, 'big.eml');
  writeFileSync(bigFile, big);
  let rss: RssResult[];
  let cold: RssResult[];
  try {
    const child = await buildChild(dir);
    rss = rssRuns(child, bigFile);
    cold = coldRuns(child, devDir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const header = [
    'workload',
    'size',
    'n',
    'full msg/s',
    'p50 ms',
    'p99 ms',
    'extract msg/s',
    'p50 ms',
    'simpleParser msg/s',
    'p50 ms',
    'p99 ms',
    'full/sP',
    'extract/sP',
    'detect msg/s',
    'p50 ms',
    'p99 ms',
    'detect input',
  ];
  const rows = results.map((r) => [
    r.name,
    fmtBytes(r.avgBytes),
    String(r.full.runs),
    rate(r.full),
    ms(r.full.p50Ms),
    ms(r.full.p99Ms),
    rate(r.extract),
    ms(r.extract.p50Ms),
    rate(r.simpleParser),
    ms(r.simpleParser.p50Ms),
    ms(r.simpleParser.p99Ms),
    `${r.fullVsSimpleParser.toFixed(2)}x`,
    `${r.extractVsSimpleParser.toFixed(2)}x`,
    rate(r.detect),
    ms(r.detect.p50Ms),
    ms(r.detect.p99Ms),
    `${fmtBytes(r.detectChars)} chars`,
  ]);
  console.log(
    `\nPoise benchmark — node ${process.version}, ${os.cpus().length} CPU(s), ${new Date().toISOString()}\n`,
  );
  console.log(table([header, ...rows]));
  console.log(`\nPeak RSS, ${fmtBytes(big.length)} message (fresh child process each):`);
  console.log(
    table([
      ['mode', 'peak RSS', 'over baseline', 'ms', 'result'],
      ...rss.map((r) => [
        r.mode,
        `${r.peakRssMB} MB`,
        `${(r.peakRssMB - (rss[0]?.peakRssMB ?? 0)).toFixed(1)} MB`,
        String(r.ms),
        r.verdict,
      ]),
    ]),
  );
  console.log(`\nCold start: a fresh bundled child's first pass over the ${dev.length} dev messages:`);
  console.log(
    table([
      ['mode', 'whole pass ms', 'per message ms', 'result', 'peak RSS'],
      ...cold.map((r) => [
        r.mode,
        String(r.ms),
        (r.ms / dev.length).toFixed(2),
        r.verdict,
        `${r.peakRssMB} MB`,
      ]),
    ]),
  );
  console.log(
    [
      '',
      `Rates are steady state: every path first runs over every distinct input (and for at least ${WARM_MS / 1000} s).`,
      'full = scanMessage (parse + extract + detect + decide); extract = extractMail alone;',
      'simpleParser = bare simpleParser, default options; the three run interleaved on the same bytes.',
      'x/sP >= 1.00x means no slower than simpleParser. detect = detect() alone on the extracted text.',
      `Peak RSS: a fresh child per mode, bundled and run like the filter Lambda (${FILTER_NODE_OPTIONS}) unless`,
      'marked (tsx); baseline = the same child importing everything, no message.',
    ].join('\n'),
  );
  if (args.json) {
    const report = {
      generatedAt: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      results,
      rss,
      cold,
    };
    writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`JSON written to ${args.json}`);
  }
}

await main();
