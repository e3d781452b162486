// `poise start` (= `npm start`): the local gateway in the foreground until Ctrl-C.
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DataDirError } from '../../lambdas/local/fsutil';
import { type Gateway, StartError, startGateway } from '../../lambdas/local/gateway';
import { SettingsError, settingsFromEnv } from '../../lambdas/local/settings';
import { UsageError } from './usage';

export async function run(argv: string[]): Promise<number> {
  try {
    parseArgs({ args: argv, options: {}, allowPositionals: false, strict: true });
  } catch (err) {
    throw new UsageError(
      `${(err as Error).message} (start takes no arguments; configure it with POISE_* variables)`,
    );
  }
  // The SDK warns about Node 20 on every start; the local stack is supported on it.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

  let gateway: Gateway;
  try {
    const options = settingsFromEnv();
    gateway = await startGateway({ ...options, log: (line) => console.log(`${timestamp()} ${line}`) });
  } catch (err) {
    if (err instanceof SettingsError || err instanceof DataDirError || err instanceof StartError) {
      console.error(`poise start: ${err.message}`);
      return 1;
    }
    throw err;
  }
  console.log(banner(gateway));

  await new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      console.log(
        `\n${timestamp()} ${signal}: stopping (queued mail stays queued; press Ctrl-C again to force)`,
      );
      process.once('SIGINT', () => process.exit(130));
      resolve();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
  await gateway.stop();
  console.log(`${timestamp()} stopped`);
  return 0;
}

export function banner(g: Gateway): string {
  const data = relative(process.cwd(), g.dataDir) || '.';
  const creds = g.devCredentials;
  const credSource =
    creds.source === 'env'
      ? 'from POISE_SMTP_USER/POISE_SMTP_PASS'
      : `stored in ${data}/dev-credentials.json`;
  const upstream = process.env.POISE_UPSTREAM_SMTP
    ? redactUrl(process.env.POISE_UPSTREAM_SMTP)
    : 'none (set POISE_UPSTREAM_SMTP=smtp://host:port to deliver for real)';
  return [
    '',
    'Poise local gateway is running',
    `  SMTP       ${g.host}:${g.smtpPort}   STARTTLS (self-signed) + AUTH PLAIN/LOGIN required`,
    `  user       ${creds.username}`,
    `  password   ${creds.password}   (${credSource})`,
    `  console    ${g.publicUrl}/console/`,
    ...g.consoleUsers.map(
      (u, i) =>
        `  ${i === 0 ? 'sign in   ' : '          '} ${u.email} (${u.groups.join(', ')})${i === 0 ? `   password ${u.password}` : ''}`,
    ),
    `             (password stored in ${data}/console-credentials.json)`,
    `  messages   ${g.publicUrl}/messages`,
    `  health     ${g.publicUrl}/health`,
    `  outbox     ${relative(process.cwd(), g.outboxDir) || g.outboxDir}/   (${g.publicUrl}/outbox)`,
    `  upstream   ${upstream}`,
    ...(process.env.POISE_WORKER === 'paused'
      ? ['  worker     PAUSED (POISE_WORKER=paused): mail is queued, not processed']
      : []),
    `  data       ${g.dataDir}`,
    `  TLS cert   SHA-256 ${g.certificateFingerprint}`,
    '',
    'Send mail through it:',
    '  npm run demo                    # sends the dev corpus and prints what was relayed, flagged, held',
    `  swaks --server ${g.host}:${g.smtpPort} -tls -a LOGIN -au ${creds.username} -ap '${creds.password}' \\`,
    "        --from rep@seller.example --to buyer@customer.example --body 'I can knock another 20% off, no strings attached'",
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}

function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

function timestamp(): string {
  return new Date().toISOString().slice(11, 19);
}
