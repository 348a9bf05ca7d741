import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CliIo, type Command, EXIT, USAGE } from '../commands/command.ts';

export type { CliIo };

import { PortfolioBotError } from '../errors.ts';

// Loaded lazily so that `ask` does not pay for the chat SDKs or the markdown parser.
const commands: Record<string, () => Promise<Command>> = {
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
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(USAGE);
    return name ? EXIT.ok : EXIT.invalid;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(`Unknown command "${name}".\n\n${USAGE}`);
    return EXIT.invalid;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (error) {
    if (error instanceof PortfolioBotError) {
      io.stderr(error.message);
      return EXIT.invalid;
    }
    throw error;
  }
}

/** Runs the command line as a process: real stdio, exit status set, never a stack trace for bad input. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  // `portfolio-bot eval … | head`: a reader that went away is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  try {
    process.exitCode = await runCli(argv, {
      stdout: (text) => process.stdout.write(`${text}\n`),
      stderr: (text) => process.stderr.write(`${text}\n`),
      // Read on first use: opening stdin costs a one-shot `ask "…"` that never reads it.
      get stdin() {
        return process.stdin;
      },
      get isTTY() {
        return Boolean(process.stdin.isTTY && process.stdout.isTTY);
      },
      env: process.env,
    });
  } catch (error) {
    process.stderr.write(
      `portfolio-bot: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
