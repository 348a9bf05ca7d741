import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { KnowledgeError, PortfolioBotError } from '../errors.ts';
import { schemaReference, toKnowledgeYaml } from '../import/knowledge-yaml.ts';
import { importMarkdownProfile } from '../import/markdown-profile.ts';
import { readPronouns } from '../import/pronouns.ts';
import { parseKnowledge } from '../knowledge/load.ts';
import type { Pronouns } from '../knowledge/schema.ts';
import { type Command, EXIT, parseOptions } from './command.ts';

/** Markdown profiles larger than this are refused: a README is a few KiB. */
export const MAX_PROFILE_MARKDOWN_BYTES = 1024 * 1024;

const USAGE = 'Usage: portfolio-bot import PROFILE.md [--out FILE] [--pronouns he/him]';

/** `he/him`, `she/her`, `they/them`, or any three forms such as `xe/xem/xyr`. */
export function parsePronouns(text: string): Pronouns {
  const pronouns = readPronouns(text);
  if (pronouns) return pronouns;
  throw new PortfolioBotError(
    'usage',
    `--pronouns "${text}": use he/him, she/her, they/them, or three forms such as xe/xem/xyr`,
  );
}

/** `portfolio-bot import PROFILE.md [--out FILE] [--pronouns he/him]` */
export const importCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, {
    out: { type: 'string', short: 'o' },
    pronouns: { type: 'string' },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new PortfolioBotError('usage', USAGE);
  const out = values.out as string | undefined;
  const pronouns = typeof values.pronouns === 'string' ? parsePronouns(values.pronouns) : undefined;

  const markdown = readMarkdown(file);
  if (typeof markdown !== 'string') {
    io.stderr(`${file}: ${markdown.problem}`);
    return EXIT.invalid;
  }

  let result: ReturnType<typeof importMarkdownProfile>;
  try {
    result = importMarkdownProfile(markdown, pronouns ? { pronouns } : {});
  } catch (error) {
    if (error instanceof PortfolioBotError) {
      io.stderr(`${file}: ${error.message}`);
      return EXIT.invalid;
    }
    throw error;
  }

  const yaml = toKnowledgeYaml(result.profile, {
    schema: schemaReference(out),
    source: file.split(/[\\/]/).pop() ?? file,
  });
  try {
    // The importer must never hand over a file that `validate` would refuse.
    parseKnowledge(yaml, out ?? '<stdout>');
  } catch (error) {
    if (error instanceof KnowledgeError) {
      io.stderr(`${file}: the imported profile does not validate:\n${error.message}`);
      return EXIT.invalid;
    }
    throw error;
  }

  for (const note of result.notes) io.stderr(note);
  if (out) {
    try {
      writeFileSync(out, yaml);
    } catch (error) {
      io.stderr(`${out}: cannot write: ${(error as Error).message}`);
      return EXIT.invalid;
    }
    io.stderr(`wrote ${out}`);
  } else io.stdout(yaml.trimEnd());
  return EXIT.ok;
};

function readMarkdown(file: string): string | { problem: string } {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { problem: 'is a directory, not a markdown file' };
    if (stat.size > MAX_PROFILE_MARKDOWN_BYTES) {
      return {
        problem: `file is ${(stat.size / 1024 / 1024).toFixed(1)} MiB; markdown profiles are limited to 1 MiB`,
      };
    }
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'file not found' : `cannot read: ${code ?? error}` };
  }
  if (bytes.includes(0)) return { problem: 'file is binary (it contains NUL bytes), not markdown' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: 'file is not UTF-8 text; save it as UTF-8 and try again' };
  }
  if (text.trim() === '') return { problem: 'file is empty; expected a markdown profile' };
  return text;
}
