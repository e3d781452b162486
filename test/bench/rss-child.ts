// Runs one message through one path in a fresh process and reports its peak RSS, so the figure
// is not polluted by the benchmark's own buffers. bench.ts runs it bundled like the filter Lambda (or
// under tsx, for comparison). Usage: rss-child <mode> <file>, modes:
// baseline (imports only), extract-stream, extract-buffer, scan-stream, scan-buffer, simple-parser.
import { createReadStream, readFileSync } from 'node:fs';
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
