import { type RstReferences, referenceKey } from './rst-inline.ts';
import { csvTable, listTable } from './rst-tables.ts';

const DIRECTIVE = /^\.\.\s+(?:\|([^|]+)\|\s+)?([\w:-]+)::\s*(.*)$/;
const TARGET = /^\.\.\s+_([^:]+|`[^`]+`):\s*(.*)$/;
const OPTION = /^:([\w-]+):\s*(.*)$/;

/** A `.. ` line with the indented lines under it: a directive, a target or a comment. */
export interface Explicit {
  kind: string;
  argument: string;
  substitution?: string;
  options: Map<string, string>;
  body: string[];
}

/** The `.. ` markup at the start of `lines`, with its options and body apart. */
export function readExplicit(first: string, indented: readonly string[]): Explicit {
  const directive = DIRECTIVE.exec(first.trim());
  const options = new Map<string, string>();
  let start = 0;
  if (directive) {
    while (start < indented.length && OPTION.test((indented[start] ?? '').trim())) {
      const [, key = '', value = ''] = OPTION.exec((indented[start] ?? '').trim()) ?? [];
      options.set(key.toLowerCase(), value);
      start++;
    }
  }
  const body = indented.slice(start);
  if (!directive)
    return { kind: TARGET.test(first.trim()) ? 'target' : 'comment', argument: '', options, body };
  const [, substitution, kind = '', argument = ''] = directive;
  return { kind: kind.toLowerCase(), argument, substitution, options, body };
}

/** Targets and substitution definitions, gathered before the text that uses them is read. */
export function gatherReferences(lines: readonly string[]): RstReferences {
  const references: RstReferences = { targets: new Map(), substitutions: new Map() };
  lines.forEach((line, i) => {
    const target = TARGET.exec(line.trim());
    if (target) {
      const url = (target[2] ?? '').trim() || (lines[i + 1] ?? '').trim();
      references.targets.set(referenceKey((target[1] ?? '').replace(/`/g, '')), url);
    }
    const directive = DIRECTIVE.exec(line.trim());
    if (!directive?.[1]) return;
    const [, name = '', kind = '', argument = ''] = directive;
    if (kind === 'replace') references.substitutions.set(referenceKey(name), argument);
    if (kind === 'image') {
      const alt = /^\s+:alt:\s*(.*)$/.exec(
        lines.slice(i + 1, i + 6).find((l) => /^\s+:alt:/.test(l)) ?? '',
      )?.[1];
      references.substitutions.set(referenceKey(name), `![${alt ?? name}](${argument})`);
    }
  });
  return references;
}

const ADMONITIONS =
  /^(?:note|tip|hint|important|attention|caution|warning|danger|error|seealso|admonition|topic|sidebar|rubric|container|epigraph|highlights|pull-quote|compound|line-block)$/;
const CODE = /^(?:code-block|code|sourcecode|literalinclude)$/;

/**
 * A directive in markdown: a badge or figure as a markdown image (its alt text read as the
 * markdown reader reads a badge), code as a fence, a list table as a table, an admonition's
 * body as paragraphs; targets, substitution definitions, comments and processor directives
 * (`contents`, `toctree`, `raw`, `meta` …) as nothing. `convert` rewrites a body of rST.
 */
export function explicitMarkdown(
  explicit: Explicit,
  convert: (body: string[]) => string[],
): string[] {
  const { kind, argument, options, body } = explicit;
  if (explicit.substitution || kind === 'target' || kind === 'comment') return [];
  if (kind === 'image' || kind === 'figure') {
    const alt = options.get('alt');
    return alt ? [`![${alt}](${argument})`, ''] : [];
  }
  if (CODE.test(kind)) return [`\`\`\`${argument.trim()}`, ...dedent(body), '```', ''];
  if (kind === 'list-table') return [...titleLine(argument), ...listTable(body, options), ''];
  if (kind === 'csv-table') return [...titleLine(argument), ...csvTable(body, options), ''];
  if (!ADMONITIONS.test(kind)) return [];
  const title =
    kind === 'admonition' || kind === 'topic' || kind === 'rubric' ? titleLine(argument) : [];
  const text = kind === 'admonition' || kind === 'topic' || kind === 'rubric' ? '' : argument;
  return [...title, ...convert([...(text ? [text, ''] : []), ...dedent(body)]), ''];
}

const titleLine = (argument: string) => (argument.trim() ? [`**${argument.trim()}**`, ''] : []);

/** Lines brought to the margin by their least indentation. */
export function dedent(lines: readonly string[]): string[] {
  const margin = Math.min(
    ...lines.filter((l) => l.trim() !== '').map((l) => /^\s*/.exec(l)?.[0].length ?? 0),
  );
  const trimmed = lines.map((line) => (Number.isFinite(margin) ? line.slice(margin) : line));
  while (trimmed.length > 0 && trimmed.at(-1)?.trim() === '') trimmed.pop();
  while (trimmed.length > 0 && trimmed[0]?.trim() === '') trimmed.shift();
  return trimmed;
}
