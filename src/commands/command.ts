import { type ParseArgsConfig, parseArgs } from 'node:util';
import { PortfolioBotError } from '../errors.ts';

/** Exit statuses: 1 for a failed check (eval below --min), 2 for bad input or settings. */
export const EXIT = Object.freeze({ ok: 0, failed: 1, invalid: 2 });

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

/** A sub-command: arguments after its name in, exit status out. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

export const USAGE = `Usage: portfolio-bot <command> [options]

Commands:
  ask [QUESTION]            answer a question; without one, chat in the terminal
  ask --batch               answer JSON lines {"id","conversation","question"} from stdin
  eval FILE.jsonl [--min P] score a question set; exits 1 below P percent
  fit [FILE|-] [--json]     match a job description against the profile
  import PROFILE [--out FILE] [--pronouns he/him] [--json]
                            turn a profile (markdown, MDX, AsciiDoc, org-mode,
                            reStructuredText, JSON Resume, RenderCV, other résumé
                            YAML/JSON, LaTeX, Typst, PDF, Word .docx or a saved web
                            page)
                            into knowledge YAML
  validate [FILE]           check a knowledge file
  report [--log FILE]       list the questions the bot could not answer
  schema [--out FILE]       write the knowledge JSON Schema
  discord:register          register the Discord slash commands

Options:
  --knowledge FILE          knowledge file (default: $KNOWLEDGE_PATH or knowledge/profile.yaml)
  -h, --help                show this help`;

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
