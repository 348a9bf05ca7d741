import { dedent, explicitMarkdown, gatherReferences, readExplicit } from './rst-directives.ts';
import { type RstReferences, rstInline } from './rst-inline.ts';
import { gridTable, isGridTable, isSimpleTableRule, simpleTable } from './rst-tables.ts';

/**
 * A profile written in reStructuredText (a `README.rst`, a Sphinx page): underlined and
 * overlined titles, field lists, directives, targets, definition lists, tables and literal
 * blocks. Rewritten into the markdown the readers know; titles take their level from the
 * order their adornment styles first appear, as docutils does.
 */
export function markRestructuredText(text: string): { text: string; rewritten: boolean } {
  const lines = text.split(/\r?\n/);
  if (!isRestructuredText(lines)) return { text, rewritten: false };
  const walk: Walk = { references: gatherReferences(lines), styles: [] };
  const out = convert(lines, walk);
  const markdown = out.join('\n').replace(/\n{3,}/g, '\n\n');
  return { text: markdown.trim(), rewritten: true };
}

interface Walk {
  references: RstReferences;
  /** Adornment styles in the order they first appear: the first is level 1. */
  styles: string[];
}

const ADORNMENT = /^([!-/:-@[-`{-~])\1{2,}\s*$/;
const DIRECTIVE = /^\.\.\s+(?:\|[^|]+\|\s+)?[\w:-]+::/;
const TARGET = /^\.\.\s+_[^:]+:/;
const RST_LINK = /`[^`]+<[^>`]+>`__?|`[^`]+`_(?!\w)/;
const FIELD = /^:([A-Za-z][\w .-]*):(?:\s+(.*))?$/;
const MARKDOWN_SIGNS = /^#{1,6}\s|\]\(|^```|^\s*<\w/m;

/**
 * Directives, targets, rST links, field lists, overlined titles or titles underlined with signs
 * markdown does not use for headings: two kinds of these, or one beside a title in a text with
 * no markdown heading, link, fence or HTML. Setext headings alone (`===`, `---`) stay markdown.
 */
export function isRestructuredText(lines: readonly string[]): boolean {
  const titles = lines.map((_, i) => titleAt(lines, i)).filter((t) => t !== undefined);
  const kinds = [
    lines.some((line) => DIRECTIVE.test(line)),
    lines.some((line) => TARGET.test(line)),
    lines.some((line) => RST_LINK.test(line)),
    lines.filter((line) => FIELD.test(line)).length >= 2,
    titles.some((t) => t.style.length === 2 || !/[=-]/.test(t.style)),
  ].filter(Boolean).length;
  if (kinds >= 2) return true;
  return kinds === 1 && titles.length > 0 && !MARKDOWN_SIGNS.test(lines.join('\n'));
}

interface Title {
  text: string;
  style: string;
  next: number;
}

/** The title at `i`: text under an overline and over an underline of the same sign, or text
 * over an underline at least nearly as long as it. */
function titleAt(lines: readonly string[], i: number): Title | undefined {
  const [line = '', second = '', third = ''] = lines.slice(i, i + 3);
  const over = ADORNMENT.exec(line)?.[1];
  if (over && second.trim() !== '' && third.trim() === line.trim())
    return { text: second.trim(), style: `${over}${over}`, next: i + 3 };
  const under = ADORNMENT.exec(second)?.[1];
  if (!under || line.trim() === '' || /^\s/.test(line) || ADORNMENT.test(line)) return undefined;
  if (second.trim().length < line.trim().length - 2) return undefined;
  if (i > 0 && (lines[i - 1] ?? '').trim() !== '' && !ADORNMENT.test(lines[i - 1] ?? ''))
    return undefined;
  return { text: line.trim(), style: under, next: i + 2 };
}

function convert(lines: readonly string[], walk: Walk): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) i = convertAt(lines, i, walk, out);
  return out;
}

const BULLET = /^([-*+•])\s+(.*)$/;
const ENUMERATED = /^(?:#|\d+|[a-zA-Z])[.)]\s+(.*)$|^\((?:#|\d+|[a-zA-Z])\)\s+(.*)$/;

/** Converts the construct that starts at `i` into `out`; returns where the next one starts. */
function convertAt(lines: readonly string[], i: number, walk: Walk, out: string[]): number {
  const line = lines[i] ?? '';
  if (line.trim() === '') {
    out.push('');
    return i + 1;
  }
  const title = titleAt(lines, i);
  if (title) {
    if (!walk.styles.includes(title.style)) walk.styles.push(title.style);
    const level = Math.min(6, walk.styles.indexOf(title.style) + 1);
    out.push('', `${'#'.repeat(level)} ${inline(title.text, walk)}`, '');
    return title.next;
  }
  if (ADORNMENT.test(line)) return i + 1;
  if (/^\s/.test(line)) return quoteBlock(lines, i, walk, out);
  if (line.startsWith('.. ') || line === '..') {
    const end = indentedEnd(lines, i + 1, 1);
    const explicit = readExplicit(line, lines.slice(i + 1, end));
    out.push(...explicitMarkdown(explicit, (body) => convert(body, walk)));
    return end;
  }
  if (isGridTable(line) || isSimpleTableRule(line)) return table(lines, i, out);
  const field = FIELD.exec(line);
  if (field) return listItem(lines, i, `${field[1]}: `, field[2] ?? '', walk, out);
  const bullet = BULLET.exec(line);
  if (bullet) return listItem(lines, i, '- ', bullet[2] ?? '', walk, out);
  const enumerated = ENUMERATED.exec(line);
  if (enumerated) return listItem(lines, i, '1. ', enumerated[1] ?? enumerated[2] ?? '', walk, out);
  return paragraph(lines, i, walk, out);
}

/** The index after the lines from `i` indented at least `depth`, blank lines inside included. */
function indentedEnd(lines: readonly string[], i: number, depth: number): number {
  let end = i;
  let last = i;
  while (end < lines.length) {
    const line = lines[end] ?? '';
    if (line.trim() === '') end++;
    else if ((/^\s*/.exec(line)?.[0].length ?? 0) >= depth) last = ++end;
    else break;
  }
  return last;
}

/** An indented block: a block quote, read as paragraphs of its own. */
function quoteBlock(lines: readonly string[], i: number, walk: Walk, out: string[]): number {
  const end = indentedEnd(lines, i, 1);
  out.push(...convert(dedent(lines.slice(i, end)), walk), '');
  return end;
}

/** A list item or field: its first line, lines going on with it, then nested blocks indented. */
function listItem(
  lines: readonly string[],
  i: number,
  marker: string,
  first: string,
  walk: Walk,
  out: string[],
): number {
  const end = indentedEnd(lines, i + 1, 1);
  const body = dedent(lines.slice(i + 1, end));
  const blank = body.findIndex((line) => line.trim() === '');
  const goesOn = blank < 0 ? body : body.slice(0, blank);
  const joined = [first, ...goesOn.filter((l) => !BULLET.test(l) && !ENUMERATED.test(l))];
  const nestedStart = goesOn.findIndex((l) => BULLET.test(l) || ENUMERATED.test(l));
  const rest = nestedStart >= 0 ? body.slice(nestedStart) : blank < 0 ? [] : body.slice(blank + 1);
  const text = inline(joined.map((l) => l.trim()).join(' '), walk);
  out.push(`${marker}${text}`.trimEnd());
  const pad = marker.startsWith('-') || marker.startsWith('1') ? ' '.repeat(marker.length) : '';
  for (const line of convert(rest, walk)) out.push(line === '' ? '' : `${pad}${line}`);
  if (!pad && rest.length > 0) out.push('');
  return end;
}

/**
 * A paragraph to its blank line. A single line followed at once by an indented block is a
 * definition list's term (a role, a degree) with its body; a paragraph ending in `::` opens a
 * literal block, written as fenced code.
 */
function paragraph(lines: readonly string[], i: number, walk: Walk, out: string[]): number {
  let end = i;
  while (end < lines.length && (lines[end] ?? '').trim() !== '' && !/^\s/.test(lines[end] ?? ''))
    end++;
  const text = lines.slice(i, end);
  if (end < lines.length && /^\s/.test(lines[end] ?? '') && (lines[end] ?? '').trim() !== '') {
    const bodyEnd = indentedEnd(lines, end, 1);
    const term = text.at(-1) ?? '';
    out.push(...text.slice(0, -1).map((l) => inline(l, walk)));
    out.push('', `**${inline(term.trim(), walk)}**`, '');
    out.push(...convert(dedent(lines.slice(end, bodyEnd)), walk), '');
    return bodyEnd;
  }
  const last = text.at(-1) ?? '';
  if (/::\s*$/.test(last)) {
    const literal = /^\s*::\s*$/.test(last)
      ? ''
      : last.replace(/\s*::\s*$/, /\s::\s*$/.test(last) ? '' : ':');
    const shown = [...text.slice(0, -1), literal].filter((l) => l !== '');
    out.push(...shown.map((l) => inline(l, walk)));
    let start = end;
    while (start < lines.length && (lines[start] ?? '').trim() === '') start++;
    if (/^\s/.test(lines[start] ?? '')) {
      const bodyEnd = indentedEnd(lines, start, 1);
      out.push('', '```', ...dedent(lines.slice(start, bodyEnd)), '```', '');
      return bodyEnd;
    }
    return end;
  }
  out.push(...text.map((l) => inline(l, walk)));
  return end;
}

function table(lines: readonly string[], i: number, out: string[]): number {
  let end = i;
  while (end < lines.length && (lines[end] ?? '').trim() !== '') end++;
  const block = lines.slice(i, end);
  out.push('', ...(isGridTable(lines[i] ?? '') ? gridTable(block) : simpleTable(block)), '');
  return end;
}

const inline = (text: string, walk: Walk) => rstInline(text, walk.references);
