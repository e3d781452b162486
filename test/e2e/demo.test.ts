// `npm run demo` against a running gateway: it reads the dev credentials from the data dir, sends a
// corpus over SMTP and prints the summary table from the gateway's message log.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gateway } from '../../lambdas/local/gateway';
import { REPO_ROOT } from '../../lambdas/local/settings';
import { startTestGateway, tempDir } from '../local/helpers';

const mail = (subject: string, body: string) =>
  `From: Rep <rep@seller.example>\r\nTo: buyer@customer.example\r\nBcc: boss@seller.example\r\nSubject: ${subject}\r\nMessage-ID: <${subject.replace(/\W/g, '')}@seller.example>\r\n\r\n${body}\r\n`;

describe('npm run demo', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let gw: Gateway;

  beforeAll(async () => {
    dir = await tempDir();
    gw = await startTestGateway(join(dir.path, 'data'));
    const corpus = join(dir.path, 'corpus');
    await mkdir(corpus);
    await writeFile(join(corpus, 'a-clean.eml'), mail('Agenda', 'Attached is the agenda for Tuesday.'));
    await writeFile(
      join(corpus, 'b-discount.eml'),
      mail('Pricing', 'I can knock another 20% off, no strings attached.'),
    );
    await writeFile(
      join(corpus, 'c-quota.eml'),
      mail('Timing', 'I need this signed before my quarter closes Friday.'),
    );
  });
  afterAll(async () => {
    await gw.stop();
    await dir.remove();
  });

  it('sends the corpus and prints sent, relayed, flagged and held', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'bin/demo.ts'), join(dir.path, 'corpus')],
      {
        cwd: REPO_ROOT,
        timeout: 100_000,
        env: {
          ...process.env,
          POISE_DATA_DIR: join(dir.path, 'data'),
          POISE_SMTP_PORT: String(gw.smtpPort),
          POISE_HTTP_PORT: String(gw.httpPort),
        },
      },
    );

    expect(stdout).toMatch(/a-clean\.eml\s+pass\s+RELAYED/);
    expect(stdout).toMatch(/b-discount\.eml\s+hold\s+HELD\s+unilateral_discount/);
    expect(stdout).toMatch(/c-quota\.eml\s+flag\s+RELAYED\s+quota_pressure/);
    expect(stdout).toMatch(/sent\s+relayed\s+flagged\s+held\s+pending\n[- ]+\n3\s+2\s+1\s+1\s+0/);
  }, 120_000);
});
