import { parseDocument } from 'yaml';
import { PortfolioBotError } from '../errors.ts';
import { flowNestingProblem, YAML_LIMITS } from '../knowledge/yaml-limits.ts';
import { isMapping, looksLikeRenderCv } from './rendercv-shape.ts';
import { looksLikeResumeData } from './resume-data.ts';

// `cv:` alone on a line at the left margin: the block a RenderCV file opens with.
const CV_KEY = /^cv:[ \t]*(?:#.*)?$/m;
// A line at the left margin of a YAML mapping: a comment, a document marker or `key:`.
const MARGIN_LINE =
  /^(?:#.*|---[ \t]*|\.\.\.[ \t]*|[A-Za-z_$][\w$.-]*:(?:[ \t].*)?|["'][^"'\n]+["']:(?:[ \t].*)?)$/;

/** A YAML document the importer reads: a RenderCV file or résumé data of another shape. */
export type YamlSource = { format: 'rendercv' | 'resume-data'; value: unknown };

/**
 * The parsed document when the text is a RenderCV file or résumé data (`name:` with
 * `experience:`, `skills:` … lists); `undefined` when it is no YAML file at all (markdown,
 * plain text, markdown with front matter). A file that is YAML by its name (`yamlName`) or by
 * its `cv:` block but is no résumé gets a one-line reason instead.
 */
export function yamlSource(text: string, yamlName: boolean): YamlSource | undefined {
  const meant = yamlName || CV_KEY.test(text);
  if (!meant && !looksLikeYamlMapping(text)) return undefined;
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    if (meant) throw error;
    return undefined;
  }
  if (looksLikeRenderCv(value)) return { format: 'rendercv', value };
  if (looksLikeResumeData(value)) return { format: 'resume-data', value };
  if (!meant) return undefined;
  fail(notResume(value));
}

/**
 * Every line at the left margin is a key or a comment, and the text is not markdown with
 * front matter (a `---` block and then prose), which the markdown reader takes apart.
 */
function looksLikeYamlMapping(text: string): boolean {
  const lines = text.split(/\r?\n/);
  const body = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line));
  if (/^---[ \t]*$/.test(lines[0] ?? '') && body > 0 && lines.slice(body + 1).some((l) => l.trim()))
    return false;
  const margin = lines.filter((line) => line.trim() !== '' && !/^\s/.test(line));
  return (
    margin.some((line) => /^[\w$"']/.test(line)) && margin.every((line) => MARGIN_LINE.test(line))
  );
}

function parseYaml(text: string): unknown {
  const nesting = flowNestingProblem(text);
  if (nesting) fail(`is YAML but cannot be read: ${nesting.message}`);
  const document = parseDocument(text, { uniqueKeys: false });
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0].line;
    fail(`is YAML but does not parse${line ? ` (line ${line})` : ''}: ${firstLine(error.message)}`);
  }
  try {
    return document.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (problem) {
    fail(`is YAML but cannot be read: ${(problem as Error).message}`);
  }
}

function notResume(value: unknown): string {
  const cv = isMapping(value) ? value.cv : undefined;
  if (isMapping(cv)) {
    const missing = ['name', 'sections'].filter((key) => !(key in cv));
    return `has a "cv:" block without ${missing.map((key) => `"${key}"`).join(' or ')}: a RenderCV file needs cv.name and cv.sections`;
  }
  if (isMapping(value) && isMapping(value.identity))
    return 'is already portfolio-bot knowledge (it has "identity:"); check it with `portfolio-bot validate` instead';
  const shape = Array.isArray(value)
    ? 'a list'
    : isMapping(value)
      ? `keys ${Object.keys(value)
          .slice(0, 6)
          .map((key) => `"${key}"`)
          .join(', ')}`
      : 'a single value';
  return `is YAML but not a résumé: it holds ${shape}, not a name with experience, education, skills or projects lists (nor a RenderCV file's "cv:" with "name" and "sections")`;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function fail(problem: string): never {
  throw new PortfolioBotError('import_failed', problem);
}
