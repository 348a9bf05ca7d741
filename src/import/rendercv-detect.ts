import { parseDocument } from 'yaml';
import { PortfolioBotError } from '../errors.ts';
import { flowNestingProblem, YAML_LIMITS } from '../knowledge/yaml-limits.ts';
import { isMapping, looksLikeRenderCv } from './rendercv-shape.ts';

// `cv:` alone on a line at the left margin: the block a RenderCV file opens with.
const CV_KEY = /^cv:[ \t]*(?:#.*)?$/m;

/**
 * The parsed document when the text is a RenderCV input file; `undefined` when it is no YAML
 * file at all (markdown, plain text). A file that is YAML by its name (`yamlName`) or by its
 * `cv:` block but is not RenderCV gets a one-line reason instead.
 */
export function renderCvDocument(text: string, yamlName: boolean): unknown {
  if (!yamlName && !CV_KEY.test(text)) return undefined;
  const nesting = flowNestingProblem(text);
  if (nesting) fail(`is YAML but cannot be read: ${nesting.message}`);
  const document = parseDocument(text, { uniqueKeys: false });
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0].line;
    fail(`is YAML but does not parse${line ? ` (line ${line})` : ''}: ${firstLine(error.message)}`);
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (problem) {
    fail(`is YAML but cannot be read: ${(problem as Error).message}`);
  }
  if (looksLikeRenderCv(value)) return value;
  fail(notRenderCv(value));
}

function notRenderCv(value: unknown): string {
  const cv = isMapping(value) ? value.cv : undefined;
  if (isMapping(cv)) {
    const missing = ['name', 'sections'].filter((key) => !(key in cv));
    return `has a "cv:" block without ${missing.map((key) => `"${key}"`).join(' or ')}: a RenderCV file needs cv.name and cv.sections`;
  }
  if (isMapping(value) && isMapping(value.identity))
    return 'is already portfolio-bot knowledge (it has "identity:"); check it with `portfolio-bot validate` instead';
  return 'is YAML but not a RenderCV file (rendercv.com): it has no top-level "cv:" with "name" and "sections"';
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function fail(problem: string): never {
  throw new PortfolioBotError('import_failed', problem);
}
