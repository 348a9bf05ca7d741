import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { KnowledgeError, PortfolioBotError } from './errors.ts';
import { loadKnowledge, resolveKnowledgePath } from './knowledge/load.ts';

/** Exit statuses: 1 for a failed check (eval below --min), 2 for bad input or settings. */
export const EXIT = Object.freeze({ ok: 0, failed: 1, invalid: 2 });

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

const USAGE = `Usage: portfolio-bot <command> [options]

Commands:
  ask [QUESTION]            answer a question; without one, chat in the terminal
  ask --batch               answer JSON lines {"id","conversation","question"} from stdin
  eval FILE.jsonl [--min P] score a question set; exits 1 below P percent
  fit [FILE|-] [--json]      match a job description against the profile
  import PROFILE.md [--out FILE] [--pronouns he/him]
                            turn a GitHub-profile markdown into knowledge YAML
  validate [FILE]           check a knowledge file
  report [--log FILE]       list the questions the bot could not answer
  schema [--out FILE]       write the knowledge JSON Schema
  discord:register          register the Discord slash commands

Options:
  --knowledge FILE          knowledge file (default: $KNOWLEDGE_PATH or knowledge/profile.yaml)
  -h, --help                show this help`;

/** A sub-command: arguments after its name in, exit status out. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

// Loaded lazily so that `ask` does not pay for the chat SDKs or the markdown parser.
const commands: Record<string, () => Promise<Command>> = {
  validate: async () => validate,
  schema: async () => schema,
  ask: async () => (await import('./commands/ask.ts')).askCommand,
  eval: async () => (await import('./commands/eval.ts')).evalCommand,
  fit: async () => (await import('./commands/fit.ts')).fitCommand,
  import: async () => (await import('./import/command.ts')).importCommand,
  report: async () => (await import('./service/report.ts')).reportCommand,
  'discord:register': async () =>
    (await import('../adapters/discord/register.ts')).discordRegisterCommand,
};

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

/** Parses options strictly, turning a bad flag into a usage error instead of a stack trace. */
export function parseOptions(
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    throw new PortfolioBotError('usage', `${(error as Error).message}\n\n${USAGE}`);
  }
}

const validate: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, { knowledge: { type: 'string' } });
  const file =
    positionals[0] ?? resolveKnowledgePath(values.knowledge as string | undefined, io.env);
  try {
    const profile = loadKnowledge(file);
    const skills = profile.skills.reduce((n, c) => n + c.skills.length, 0);
    io.stdout(
      `${file}: valid — ${profile.identity.name}, ${skills} skills in ${profile.skills.length} categories, ` +
        `${profile.projects.length} projects, ${profile.roles.length} roles, ${profile.faq.length} FAQ entries`,
    );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof KnowledgeError) {
      io.stderr(error.message);
      return EXIT.invalid;
    }
    throw error;
  }
};

const schema: Command = async (args, io) => {
  const { values } = parseOptions(args, { out: { type: 'string' } });
  const { profileJsonSchema } = await import('./knowledge/schema.ts');
  const json = `${JSON.stringify(profileJsonSchema(), null, 2)}\n`;
  if (values.out) {
    writeFileSync(values.out as string, json);
    io.stdout(`wrote ${values.out}`);
  } else io.stdout(json.trimEnd());
  return EXIT.ok;
};

/** Runs the command line as a process: real stdio, exit status set, never a stack trace for bad input. */
export function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  // `portfolio-bot eval … | head`: a reader that went away is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  return runCli(argv, {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    stdin: process.stdin,
    isTTY: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `portfolio-bot: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}

// `tsx src/cli.ts` (npm run cli). No top-level await: commands import helpers from this module,
// which must finish evaluating first.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
