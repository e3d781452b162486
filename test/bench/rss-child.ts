// Runs one message through one path in a fresh process and reports its peak RSS, so the figure
// is not polluted by the benchmark's own buffers. bench.ts runs it bundled like the filter Lambda (or
// under tsx, for comparison). Usage: rss-child <mode> <file>, modes:
// baseline (imports only), extract-stream, extract-buffer, scan-stream, scan-buffer, simple-parser;
// and, for the cold start, first-pass-scan and first-pass-simple-parser over every .eml of a directory.
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { extractMail } from '../../lambdas/domain/extract';
import { defaultPolicy } from '../../lambdas/domain/policy';
import { scanMessage } from '../../lambdas/domain/scan';

/**
 * This process's own peak: VmHWM belongs to the address space exec created. getrusage's maxRSS (what
 * process.resourceUsage reports) is kept across exec on Linux, so it starts at the size of the
 * parent that forked us: a 340 MB parent made an idle child report 290 MB.
 */
function peakRssKB(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // Not Linux: fall back to getrusage.
  }
  return process.resourceUsage().maxRSS;
}

const [mode, file] = process.argv.slice(2);
if (!mode || !file) throw new Error('usage: rss-child.ts <mode> <file>');

const started = performance.now();
let verdict = '';
if (mode === 'extract-stream') {
  verdict = `${(await extractMail(createReadStream(file))).attachments.length} attachments`;
} else if (mode === 'extract-buffer') {
  verdict = `${(await extractMail(readFileSync(file))).attachments.length} attachments`;
} else if (mode === 'scan-stream') {
  verdict = (await scanMessage(createReadStream(file), { policy: defaultPolicy() })).decision.verdict;
} else if (mode === 'scan-buffer') {
  verdict = (await scanMessage(readFileSync(file), { policy: defaultPolicy() })).decision.verdict;
} else if (mode === 'simple-parser') {
  const parsed = await simpleParser(createReadStream(file));
  verdict = `${parsed.attachments.length} attachments`;
} else if (mode === 'first-pass-scan' || mode === 'first-pass-simple-parser') {
  // A fresh process's first pass: what a newly started Lambda pays before it reaches steady state.
  const files = readdirSync(file)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  const policy = defaultPolicy();
  let first = 0;
  for (const f of files) {
    const raw = readFileSync(path.join(file, f));
    if (mode === 'first-pass-scan') await scanMessage(raw, { policy });
    else await simpleParser(raw);
    first ||= performance.now() - started;
  }
  verdict = `${files.length} messages, first ${Math.round(first)} ms`;
} else if (mode !== 'baseline') {
  throw new Error(`unknown mode ${mode}`);
}
process.stdout.write(
  JSON.stringify({
    mode,
    verdict,
    ms: Math.round(performance.now() - started),
    peakRssMB: Math.round(peakRssKB() / 102.4) / 10,
  }),
);
