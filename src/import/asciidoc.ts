import { inlineMarkdown } from './asciidoc-inline.ts';
import { tableMarkdown } from './asciidoc-table.ts';

/**
 * A profile written in AsciiDoc (a GitHub `README.adoc`): `= Title`, `:name: value` header
 * attributes referenced later as `{name}`, `==` sections, `*`/`**` lists, `link:url[text]`,
 * `|===` tables, `NOTE:` admonitions, `----` listings and `//` comments. Rewritten into the
 * markdown the readers know: headings, lists, links, tables and fences, attributes resolved,
 * comments and processor directives (`toc::[]`, `ifdef::…[]`) left out.
 */
export function markAsciiDoc(text: string): { text: string; rewritten: boolean } {
  const lines = text.split(/\r?\n/);
  if (!isAsciiDoc(lines)) return { text, rewritten: false };
  const state: Walk = { attributes: new Map(), style: '', out: [] };
  convertLines(lines, state);
  return { text: state.out.join('\n').replace(/\n{3,}/g, '\n\n'), rewritten: true };
}

const TITLE = /^=\s+\S/;
const SECTION = /^(={1,6})\s+(\S.*?)(?:\s+=+)?\s*$/;
const ATTRIBUTE = /^:(!?)([\w][\w-]*)(!?):(?:\s+(.*?))?\s*$/;
const COMMENT = /^\/\/(?!\/\/)/;

/**
 * A document title (`= Name`) before any other text, with `==` sections or `:name:` attribute
 * lines; or, with no title, attribute lines and `==` sections together. Markdown has neither.
 */
export function isAsciiDoc(lines: readonly string[]): boolean {
  const first = lines.find((line) => line.trim() !== '' && !COMMENT.test(line)) ?? '';
  const sections = lines.some((line) => /^==\s+\S/.test(line));
  const attributes = lines.filter((line) => ATTRIBUTE.test(line)).length;
  if (TITLE.test(first)) return sections || attributes > 0;
  return sections && attributes >= 2;
}

interface Walk {
  attributes: Map<string, string>;
  /** The block attribute line (`[source,xml]`, `[NOTE]`, `[cols="1,3"]`) awaiting its block. */
  style: string;
  out: string[];
}

function convertLines(lines: readonly string[], state: Walk): void {
  let i = 0;
  while (i < lines.length) i = convertAt(lines, i, state);
}

// Lines for the processor only: the table of contents, includes, conditionals, page breaks.
const DIRECTIVE =
  /^(?:toc::\[.*\]|include::.*\[.*\]|if(?:n?def|eval)::.*\[.*\]|endif::.*\[.*\]|<<<)$/;
const BLOCK_ATTRIBUTES = /^\[[^\]]*\]$|^\[\[[^\]]*\]\]$/;
const DELIMITER = /^(-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|\+{4,}|\/{4,}|--|\|={3,})$/;

/** Converts the line at `i` (or the block it opens) and returns where the next one starts. */
function convertAt(lines: readonly string[], i: number, state: Walk): number {
  const raw = lines[i] ?? '';
  const line = raw.trimEnd();
  const delimiter = DELIMITER.exec(line)?.[1];
  if (delimiter) return convertBlock(lines, i, delimiter, state);
  if (COMMENT.test(line) || DIRECTIVE.test(line)) return i + 1;
  const attribute = ATTRIBUTE.exec(line);
  if (attribute) return readAttribute(lines, i, attribute, state);
  if (BLOCK_ATTRIBUTES.test(line)) {
    state.style = line;
    return i + 1;
  }
  const section = SECTION.exec(line);
  if (section) {
    const level = section[1]?.length ?? 1;
    state.out.push('', `${'#'.repeat(level)} ${inline(section[2] ?? '', state)}`, '');
    return level === 1 ? readAuthorLine(lines, i + 1, state) : i + 1;
  }
  if (line.trim() === '') state.style = '';
  const title = BLOCK_TITLE.exec(line)?.[1];
  // ".Languages" over a table or list titles it; ".NET since 2015" opening a paragraph does not.
  if (title && BLOCK_START.test(lines[i + 1] ?? '')) {
    state.out.push(`**${inline(title, state)}**`, '');
    return i + 1;
  }
  const converted = convertLine(line.trimStart(), state);
  // A line going on with the list item above keeps under it, indented as its text is.
  const under = /^\s*(?:-|1\.) /.exec(state.out.at(-1) ?? '') && !/^\s*(?:-|1\.) /.test(converted);
  state.out.push(under && converted !== '' ? `${indentOf(state.out)}${converted}` : converted);
  return i + 1;
}

/** `:name: value` (its value may go on over lines ending in ` \`); `:name!:` unsets it. */
function readAttribute(
  lines: readonly string[],
  i: number,
  [, before, name = '', after, value = '']: RegExpExecArray,
  state: Walk,
): number {
  let next = i + 1;
  let text = value;
  while (/\s\\$/.test(text) && next < lines.length) {
    text = `${text.slice(0, -2).trimEnd()} ${(lines[next] ?? '').trim()}`;
    next++;
  }
  const key = name.toLowerCase();
  if (before || after) state.attributes.delete(key);
  else state.attributes.set(key, inline(text, state));
  return next;
}

// "Jane Doe <jane@example.com>" under the title: the author, and how to write to them.
const AUTHOR = /^([^<>:[\]=*]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/;

/**
 * The author line under the document title names the owner and their address; a title that
 * does not name them ("About me") stays as a line of text under a heading that does.
 */
function readAuthorLine(lines: readonly string[], i: number, state: Walk): number {
  const author = AUTHOR.exec((lines[i] ?? '').trim());
  if (!author) return i;
  const [, name = '', email = ''] = author;
  const heading = state.out.length - 2;
  const title = (state.out[heading] ?? '').replace(/^#\s+/, '');
  if (!title.includes(name)) state.out.splice(heading, 1, `# ${name}`, '', title);
  state.out.push(`Email: ${email}`, '');
  return i + 1;
}

const ADMONITION = /^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+/;
const LIST_ITEM = /^(\*{1,5}|-)\s+(.*)$/;
const ORDERED_ITEM = /^(\.{1,5})\s+(.*)$/;
const DESCRIPTION = /^([^\s:][^:]*?)(:{2,4}|;;)(?:\s+(.*))?$/;
const BLOCK_TITLE = /^\.([^.\s].*)$/;
const BLOCK_START = /^(?:\[|\|===|-{4}|\.{4}|={4}|\*{4}|_{4}|\*+\s|-\s|\.+\s|image::)/;

/** One line of a paragraph or list, in markdown. */
function convertLine(line: string, state: Walk): string {
  if (line === '+') return '';
  const item = LIST_ITEM.exec(line);
  if (item) {
    const depth = item[1] === '-' ? 0 : (item[1]?.length ?? 1) - 1;
    return `${'  '.repeat(depth)}- ${inline(item[2] ?? '', state)}`;
  }
  const ordered = ORDERED_ITEM.exec(line);
  if (ordered) {
    const depth = (ordered[1]?.length ?? 1) - 1;
    return `${'   '.repeat(depth)}1. ${inline(ordered[2] ?? '', state)}`;
  }
  const description = DESCRIPTION.exec(line);
  if (description && !/^\w+:\/\//.test(line)) {
    const [, term = '', , definition = ''] = description;
    return `${inline(term.trim(), state)}: ${inline(definition, state)}  `.trimEnd();
  }
  return inline(line.replace(ADMONITION, ''), state);
}

/** The indentation of the text of the list item last written, for lines that go on with it. */
function indentOf(out: readonly string[]): string {
  const item = /^(\s*(?:-|1\.) )/.exec(out.at(-1) ?? '')?.[1] ?? '';
  return ' '.repeat(item.length);
}

const inline = (text: string, state: Walk) => inlineMarkdown(text, state.attributes);

/** A delimited block up to its closing delimiter, in the markdown that stands for it. */
function convertBlock(lines: readonly string[], i: number, delimiter: string, state: Walk): number {
  let end = i + 1;
  while (end < lines.length && (lines[end] ?? '').trimEnd() !== delimiter) end++;
  const body = lines.slice(i + 1, end);
  const style = state.style;
  state.style = '';
  const out = state.out;
  if (delimiter.startsWith('|')) {
    out.push(
      '',
      ...tableMarkdown(
        body.map((line) => inline(line, state)),
        style,
      ),
      '',
    );
  } else if (/^[-.]{4}/.test(delimiter)) {
    const language = /^\[(?:source)?,\s*([\w+#-]+)/.exec(style)?.[1] ?? '';
    out.push('', `\`\`\`${language}`, ...body, '```', '');
  } else if (delimiter.startsWith('+')) {
    out.push('', ...body, '');
  } else if (!delimiter.startsWith('/')) {
    const inner: Walk = { attributes: state.attributes, style: '', out: [] };
    convertLines(body, inner);
    const quote = delimiter.startsWith('_');
    out.push('', ...inner.out.map((line) => (quote ? `> ${line}` : line)), '');
  }
  return end + 1;
}
