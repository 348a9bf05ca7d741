import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../commands/command.ts';
import { type CommandTable, runCommandLine, runProcess } from './command-line.ts';

export type { CliIo };

// Loaded lazily so that `ask` does not pay for the chat SDKs or the markdown parser.
const commands: CommandTable = {
  validate: async () => (await import('../commands/validate.ts')).validateCommand,
  schema: async () => (await import('../commands/schema.ts')).schemaCommand,
  ask: async () => (await import('../commands/ask.ts')).askCommand,
  eval: async () => (await import('../commands/eval.ts')).evalCommand,
  fit: async () => (await import('../commands/fit.ts')).fitCommand,
  import: async () => (await import('../commands/import.ts')).importCommand,
  report: async () => (await import('../commands/report.ts')).reportCommand,
  'discord:register': async () =>
    (await import('../../adapters/discord/register.ts')).discordRegisterCommand,
};

/** The command line: picks the command by name and turns its failures into an exit status. */
export function runCli(argv: string[], io: CliIo): Promise<number> {
  return runCommandLine(argv, io, commands);
}

/** Runs the command line as a process: real stdio, exit status set, never a stack trace for bad input. */
export function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  return runProcess(argv, commands);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
