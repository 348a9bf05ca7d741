/**
 * Markdown that pandoc wrote from a LaTeX CV (moderncv, awesome-cv): fenced divs (`::: center`),
 * spans with classes (`[Brno]{.smallcaps}`), `\ ` for a non-breaking space, `^®^` superscripts,
 * `---` for an em dash, footnotes, and "multiline" tables drawn with rules of dashes. Rendered,
 * none of that markup is text; read raw, it hides the name, glues fields and drops the tables.
 */
import { looksLikeJobTitle } from './entry-text.ts';
import { sectionKind } from './section-kinds.ts';

export interface Unpandoced {
  text: string;
  rewritten: boolean;
}

// A fenced div's fence: ":::", "::: center", "::: {.cvheader}".
const DIV_FENCE = /^[ \t]*:{3,}[ \t]*(?:\{[^}\n]*\}|[\w-]+)?[ \t]*$/gm;
// A span with attributes: "[Ondřej Halama]{.smallcaps}".
const SPAN = /\[([^\][]*)\]\{[.#][^}\n]*\}/g;
// A table's rule: groups of dashes apart, or one long rule.
const RULE = /^[ \t]*-{3,}(?:[ \t]+-{3,})+[ \t]*$/;
const FOOTNOTE_DEFINITION = /^\[\^([^\]\s]+)\]:[ \t]+(.+(?:\n(?:[ \t]{2,}.+))*)/gm;

/** Whether the text carries pandoc's own markup: a fenced div or a span with a class. */
function isPandoc(text: string): boolean {
  DIV_FENCE.lastIndex = 0;
  return DIV_FENCE.test(text) || /\]\{\.[\w-]+\}/.test(text);
}

export function withoutPandocMarkup(text: string): Unpandoced {
  if (!isPandoc(text)) return { text, rewritten: false };
  const out = inlineFootnotes(unwrapped(text))
    .replace(DIV_FENCE, '')
    .replace(SPAN, '$1')
    .replace(/\\ /g, ' ')
    .replace(/\^([^^\s]{1,12})\^/g, (_m, sup: string) => (/^[®™©]$/.test(sup) ? sup : ''))
    .replace(/(?<=\S) --- (?=\S)/g, ' — ');
  return { text: nameHeading(multilineTables(out)), rewritten: true };
}

/** pandoc wraps its output at 72 columns unless told otherwise. */
const COLUMNS = 72;
// A line that opens a block of its own: a bullet, a number, a heading, a fence, a table's rule.
const OPENS_BLOCK = /^\s*(?:[-*+]\s|\d+[.)]\s|#|:::|\||-{3,}|\[\^)/;

/**
 * Lines pandoc broke because the next word would pass its 72 columns, joined again: a wrapped
 * talk title or venue stays one line. A table between its rules keeps its lines.
 */
function unwrapped(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let inTable = false;
  // The last source line as pandoc wrote it: its length, not the joined one's, says it wrapped.
  let previous = '';
  for (const line of lines) {
    const word = line.trim().split(/\s+/)[0] ?? '';
    const wrapped =
      !inTable &&
      previous.trim() !== '' &&
      line.trim() !== '' &&
      !previous.endsWith('\\') &&
      !OPENS_BLOCK.test(line) &&
      [...previous].length + 1 + [...word].length > COLUMNS;
    if (RULE.test(line)) inTable = !inTable;
    if (wrapped) out[out.length - 1] = `${out.at(-1)} ${line.trim()}`;
    else out.push(line);
    previous = line;
  }
  return out.join('\n');
}

/** "…within the EU.[^1]" with "[^1]: Notice period: two months." → the note in brackets. */
function inlineFootnotes(text: string): string {
  const notes = new Map<string, string>();
  const body = text.replace(FOOTNOTE_DEFINITION, (_m, id: string, note: string) => {
    notes.set(id, note.replace(/\s+/g, ' ').trim());
    return '';
  });
  return body.replace(/\[\^([^\]\s]+)\]/g, (whole, id: string) => {
    const note = notes.get(id);
    return note ? ` (${note.replace(/\.$/, '')})` : whole;
  });
}

/**
 * The header pandoc keeps from `\name{…}`: the first line, two to four capitalised words that are
 * no job title nor section, made the page's H1 when the page has no name heading above it.
 */
function nameHeading(text: string): string {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const line = (lines[first] ?? '').trim().replace(/\\$/, '').trim();
  if (!/^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(line)) return text;
  if (looksLikeJobTitle(line) || sectionKind(line) !== undefined) return text;
  lines.splice(first, 1, `# ${line}`, '');
  return lines.join('\n');
}

/**
 * A multiline table between two rules, rows apart by blank lines, columns where the rule's dash
 * groups stand: each row a bullet, "**Programming**: C, C++…" or "Degree, School — 2014–2016".
 */
function multilineTables(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const rule = lines[i] ?? '';
    const end = RULE.test(rule) ? lines.findIndex((l, j) => j > i && RULE.test(l)) : -1;
    if (end < 0) {
      out.push(rule);
      continue;
    }
    out.push(...tableBullets(lines.slice(i + 1, end), columnStarts(rule)), '');
    i = end;
  }
  return out.join('\n');
}

function columnStarts(rule: string): number[] {
  return [...rule.matchAll(/-{3,}/g)].map((m) => m.index ?? 0);
}

function tableBullets(rows: string[], starts: number[]): string[] {
  const groups: string[][] = [[]];
  for (const row of rows) {
    if (row.trim() === '') groups.push([]);
    else groups.at(-1)?.push(row);
  }
  return groups.filter((g) => g.length > 0).map((group) => rowBullet(group, starts));
}

/** One row: its first column as the label, the others' lines as the text. */
function rowBullet(lines: string[], starts: number[]): string {
  const second = starts[1] ?? Number.POSITIVE_INFINITY;
  const label = lines
    .map((l) => l.slice(0, second).trim())
    .filter(Boolean)
    .join(' ');
  const rest = lines
    .map((l) => l.slice(second).trim())
    .filter(Boolean)
    .join(' ')
    // A hard line break inside a cell: a line of the entry of its own.
    .replace(/\s*\\\s+/g, '\\\n  ')
    .replace(/\\$/, '');
  if (!label) return `- ${rest}`;
  if (/^(?:\d{4}|\d{1,2}\/\d{4})/.test(label)) {
    const [head, ...more] = rest.split('\\\n  ');
    return [`- ${head} — ${label}`, ...more].join('\\\n  ');
  }
  const bold = /^\*\*(.+)\*\*$/.exec(label)?.[1] ?? label;
  return `- **${bold}:** ${rest}`;
}
