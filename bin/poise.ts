#!/usr/bin/env -S npx tsx
// The `poise` CLI: one entry, one module per command, loaded on demand so `scan` stays fast.

import { UsageError } from './commands/usage';
import { runMain } from './run-main';

type Command = { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> };

const COMMANDS: Record<string, Command> = {
  scan: {
    summary: 'scan [--json] [--policy FILE] FILE...   judge messages',
    load: () => import('./commands/scan'),
  },
  eval: {
    summary: 'eval [--json] [--policy FILE] DIR        score the detector on a labeled corpus',
    load: () => import('./commands/eval'),
  },
  directory: {
    summary: 'directory import [--dry-run] FILE      load the approver directory (CSV or JSON)',
    load: () => import('./commands/directory'),
  },
  start: {
    summary: 'start                                  run the local gateway',
    load: () => import('./commands/start'),
  },
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  poise ${c.summary}`);
  return ['Usage:', ...lines].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`poise: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  try {
    return await (await command.load()).run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`poise ${name}: ${err.message}\n${usage()}`);
      return 2;
    }
    throw err;
  }
}

runMain(main);
