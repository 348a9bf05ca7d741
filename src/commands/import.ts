import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { KnowledgeError, PortfolioBotError } from '../errors.ts';
import { importProfile, type ProfileImport } from '../import/import-profile.ts';
import { buildImportReport, formatImportReport } from '../import/import-report.ts';
import { schemaReference, toKnowledgeYaml } from '../import/knowledge-yaml.ts';
import { readPronouns } from '../import/pronouns.ts';
import { parseKnowledge } from '../knowledge/load.ts';
import type { Pronouns } from '../knowledge/schema.ts';
import { type Command, EXIT, parseOptions } from './command.ts';

/** Profiles larger than this are refused: a README is a few KiB, a PDF CV a few hundred. */
export const MAX_PROFILE_BYTES = 4 * 1024 * 1024;

const USAGE =
  'Usage: portfolio-bot import PROFILE.md|cv.org|README.rst|resume.json|rendercv.yaml|resume.yml|cv.tex|cv.typ|CV.pdf|CV.docx|page.html [--out FILE] [--pronouns he/him] [--json]';

/** `he/him`, `she/her`, `they/them`, or any three forms such as `xe/xem/xyr`. */
export function parsePronouns(text: string): Pronouns {
  const pronouns = readPronouns(text);
  if (pronouns) return pronouns;
  throw new PortfolioBotError(
    'usage',
    `--pronouns "${text}": use he/him, she/her, they/them, or three forms such as xe/xem/xyr`,
  );
}

/** `portfolio-bot import PROFILE [--out FILE] [--pronouns he/him] [--json]` */
export const importCommand: Command = async (args, io) => {
  const { values, positionals } = parseOptions(args, {
    out: { type: 'string', short: 'o' },
    pronouns: { type: 'string' },
    json: { type: 'boolean' },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new PortfolioBotError('usage', USAGE);
  const out = values.out as string | undefined;
  const pronouns = typeof values.pronouns === 'string' ? parsePronouns(values.pronouns) : undefined;

  const bytes = readProfileFile(file);
  if (!(bytes instanceof Uint8Array)) {
    io.stderr(`${file}: ${bytes.problem}`);
    return EXIT.invalid;
  }

  let result: ProfileImport;
  try {
    result = await importProfile(bytes, { fileName: file, ...(pronouns ? { pronouns } : {}) });
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

  const report = buildImportReport(file, result);
  if (out) {
    try {
      writeFileSync(out, yaml);
    } catch (error) {
      io.stderr(`${out}: cannot write: ${(error as Error).message}`);
      return EXIT.invalid;
    }
  }
  if (values.json) {
    const data = out ? { ...report, out } : { ...report, knowledge: result.profile };
    io.stdout(JSON.stringify(data, null, 2));
    return EXIT.ok;
  }
  for (const line of formatImportReport(report)) io.stderr(line);
  if (out) io.stderr(`wrote ${out}`);
  else io.stdout(yaml.trimEnd());
  return EXIT.ok;
};

function readProfileFile(file: string): Uint8Array | { problem: string } {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { problem: 'is a directory, not a profile file' };
    if (stat.size > MAX_PROFILE_BYTES) {
      return {
        problem: `file is ${(stat.size / 1024 / 1024).toFixed(1)} MiB; profiles are limited to ${MAX_PROFILE_BYTES / 1024 / 1024} MiB`,
      };
    }
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'file not found' : `cannot read: ${code ?? error}` };
  }
}
