// Runs one message through one path in a fresh process and reports its peak RSS, so the figure
// is not polluted by the benchmark's own buffers. bench.ts runs it bundled like the filter Lambda (or
// under tsx, for comparison). Usage: rss-child <mode> <file>, modes:
// baseline (imports only), extract-stream, extract-buffer, scan-stream, scan-buffer, simple-parser.
import { createReadStream, readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { extractMail } from '../../lambdas/domain/extract';
import { defaultPolicy } from '../../lambdas/domain/policy';
import { scanMessage } from '../../lambdas/domain/scan';

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
    peakRssMB: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
  }),
);
