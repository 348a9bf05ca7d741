import { type CliIo, type Command, EXIT, USAGE } from '../commands/command.ts';
import { PortfolioBotError } from '../errors.ts';

/** Commands by name, each loaded on first use. */
export type CommandTable = Readonly<Record<string, () => Promise<Command>>>;

/** Picks the command by name and turns its failures into an exit status. */
export async function runCommandLine(
  argv: string[],
  io: CliIo,
  commands: CommandTable,
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(USAGE);
    return name ? EXIT.ok : EXIT.invalid;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
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
export async function runProcess(argv: string[], commands: CommandTable): Promise<void> {
  // `portfolio-bot eval … | head`: a reader that went away is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  try {
    process.exitCode = await runCommandLine(
      argv,
      {
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
      },
      commands,
    );
  } catch (error) {
    process.stderr.write(
      `portfolio-bot: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
