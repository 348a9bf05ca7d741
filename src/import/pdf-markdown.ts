import { unspaceLetters } from './letter-spacing.ts';
import { joinCells, type PdfRow } from './pdf-cells.ts';
import { type PdfLine, type PdfRun, readPdfLines } from './pdf-text.ts';
import { joinWrapped } from './pdf-wraps.ts';
import { sectionKind } from './section-kinds.ts';

/**
 * Turns a PDF CV into the markdown the profile reader understands: the largest text becomes the
 * `#` name, larger or bold section names become `##` headings, wrapped lines are joined, bullets
 * become `- ` items, bold runs stay bold and link annotations become links.
 */
export async function pdfToMarkdown(bytes: Uint8Array): Promise<string> {
  return linesToMarkdown(await readPdfLines(bytes));
}

const PAGE_FURNITURE = /^(?:page\s+\d+(?:\s+of\s+\d+)?|\d+\s*\/\s*\d+|\d{1,3})$/i;
const BULLET = /^\s*[•▪●◦‣∙■□▸►‐–*-]\s+/u;
/** One link cut in two by a line break: its two halves point at the same address. */
const ONE_LINK_TWICE = /\[([^\]]*)\]\(([^)\s]+)\)\[([^\]]*)\]\(\2\)/g;
/** A bullet drawn with a dash, which a wrapped line may also start with. */
const DASH = /^\s*[‐–-]\s+/u;
/** Text this much larger than the body is a heading. */
const HEADING_RATIO = 1.15;
/** Lines further apart than the text's line spacing plus this fraction of its size are apart. */
const LEADING_SLACK = 0.04;
/**
 * Browsers place each line on whole CSS pixels (0.75 pt): one line's baseline rounded down and
 * the next one's up put up to two pixels (1.5 pt) more between lines of one paragraph.
 */
const LEADING_ROUNDING = 1.8;

interface Styled {
  line: PdfRow;
  text: string;
  heading?: number;
  bullet: boolean;
  bold: boolean;
}

export function linesToMarkdown(input: PdfLine[]): string {
  const lines = input
    .map(unspacedLine)
    .filter((line) => !PAGE_FURNITURE.test(lineText(line).trim()))
    .map((line, i, all) => joinCells(line, all[i - 1], all[i + 1]));
  if (lines.length === 0) return '';
  const body = bodySize(lines);
  const depthOf = headingDepths(lines, body);
  const leftOf = columnLefts(lines);
  const styled: Styled[] = lines.map((line) => {
    const text = lineText(line).trim();
    const bold = line.runs.every((run) => run.bold || run.text.trim() === '');
    const depth = depthOf(line, text) ?? (isSectionName(text, bold) ? 2 : undefined);
    return {
      line,
      text,
      bullet: BULLET.test(text) || (depth === undefined && line.x > leftOf(line) + 8),
      bold,
      ...(depth !== undefined ? { heading: depth } : {}),
    };
  });
  return nameFirst(blocks(demoteHeader(joinNameLines(styled))))
    .join('\n\n')
    .concat('\n');
}

/** "S K I L L S" set with letter spacing reads "SKILLS". */
function unspacedLine(line: PdfLine): PdfLine {
  const text = lineText(line);
  const unspaced = unspaceLetters(text);
  if (unspaced === text || !line.runs[0]) return line;
  return { ...line, runs: [{ ...line.runs[0], text: unspaced, width: line.right - line.x }] };
}

/** The font size most of the text is set in. */
function bodySize(lines: PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) {
    for (const run of line.runs) chars.set(run.size, (chars.get(run.size) ?? 0) + run.text.length);
  }
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
}

/**
 * Text above the body size is a heading: the largest is the name (`#`) when only a line or two
 * use it; section names, and the size most section names use, are `##`; the rest `###`.
 */
function headingDepths(
  lines: PdfLine[],
  body: number,
): (line: PdfLine, text: string) => number | undefined {
  const large = lines.filter((line) => line.size >= body * HEADING_RATIO);
  const sizes = [...new Set(large.map((l) => l.size))].sort((a, b) => b - a);
  const largest = sizes[0];
  const named = largest !== undefined && large.filter((l) => l.size === largest).length <= 2;
  const sectionCounts = new Map<number, number>();
  for (const line of large) {
    if (sectionKind(lineText(line)) !== undefined)
      sectionCounts.set(line.size, (sectionCounts.get(line.size) ?? 0) + 1);
  }
  const sectionSize =
    [...sectionCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? sizes[named ? 1 : 0];
  return (line, text) => {
    if (line.size < body * HEADING_RATIO) return undefined;
    if (named && line.size === largest) return 1;
    return line.size === sectionSize || sectionKind(text) !== undefined ? 2 : 3;
  };
}

/** "Diego" / "Hernández Ruiz": a name set large over two lines is one name. */
function joinNameLines(lines: Styled[]): Styled[] {
  const name = lines.findIndex((line) => line.heading === 1);
  const next = lines[name + 1];
  if (name < 0 || next?.heading !== 1) return lines;
  const first = lines[name] as Styled;
  const joined = { ...first, text: `${first.text} ${next.text}` };
  return [...lines.slice(0, name), joined, ...lines.slice(name + 2)];
}

/** Between the name and the first section, larger text is the headline, not a heading. */
function demoteHeader(lines: Styled[]): Styled[] {
  const name = lines.findIndex((line) => line.heading === 1);
  if (name < 0) return lines;
  for (let i = name + 1; i < lines.length; i++) {
    const line = lines[i] as Styled;
    // The line right under the name is its headline however large, unless it names a section.
    const headline = i === name + 1 && sectionKind(line.text) === undefined;
    if (line.heading !== undefined && line.heading <= 2 && !headline) break;
    delete line.heading;
  }
  return lines;
}

/**
 * A sidebar drawn before the main column puts "Contact" above the name: the name and the
 * lines under it lead the document, as a reader sees the page.
 */
function nameFirst(blocks: string[]): string[] {
  const at = blocks.findIndex((block) => block.startsWith('# '));
  if (at <= 0) return blocks;
  let end = at + 1;
  while (end < blocks.length && !(blocks[end] ?? '').startsWith('#')) end++;
  return [...blocks.slice(at, end), ...blocks.slice(0, at), ...blocks.slice(end)];
}

function isSectionName(text: string, bold: boolean): boolean {
  const words = text.split(/\s+/).length;
  if (words > 5 || sectionKind(text) === undefined) return false;
  return bold || text === text.toUpperCase();
}

/**
 * Where a line's column starts: the x where most lines start, or, on a page in columns (a
 * sidebar beside the main text), the start of the column the line is in, as its section
 * names show it. Text further right is indented.
 */
function columnLefts(lines: PdfLine[]): (line: PdfLine) => number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const x = Math.round(line.x);
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const starts = [
    ...new Set(
      lines.filter((l) => isSectionName(lineText(l).trim(), true)).map((l) => Math.round(l.x)),
    ),
  ].sort((a, b) => b - a);
  return (line) => starts.find((x) => x <= line.x + 1) ?? common;
}

function blocks(lines: Styled[]): string[] {
  const out: string[][] = [];
  const rightOf = columnRights(lines.map((s) => s.line));
  const leading = leadings(lines.map((s) => s.line));
  const words = documentWords(lines);
  let previous: Styled | undefined;
  for (const current of lines) {
    const block = out.at(-1);
    if (current.heading !== undefined) {
      out.push([`${'#'.repeat(current.heading)} ${escapeMarkdown(current.text)}`]);
    } else if (
      block &&
      previous &&
      previous.heading === undefined &&
      wraps(previous, current, rightOf, leading)
    ) {
      const before = block.at(-1) ?? '';
      block[block.length - 1] = brokenAddress(previous.text, current.text)
        ? `${before}${inline(current)}`.replace(ONE_LINK_TWICE, '[$1$3]($2)')
        : joinWrapped(before, inline(current), words);
    } else if (current.bullet) {
      const item = `- ${inline(current).replace(BULLET, '')}`;
      if (block && previous?.bullet && near(previous, current)) block.push(item);
      else out.push([item]);
    } else if (
      block &&
      previous &&
      previous.heading === undefined &&
      !previous.bullet &&
      near(previous, current)
    ) {
      // Lines of one block that do not wrap ("Title", "City · email") stay separate lines.
      block[block.length - 1] = `${block.at(-1)}  `;
      block.push(inline(current));
    } else out.push([inline(current)]);
    previous = current;
  }
  return out.map((block) => block.join('\n'));
}

/**
 * An e-mail address or link too long for its column is broken anywhere, with no hyphen: the
 * line holding its start holds nothing else (a shorter one would have moved down whole), and
 * the rest goes on at the start of the next line.
 */
function brokenAddress(before: string, after: string): boolean {
  const start = before.trim();
  const rest = /^[\w.~%+@/:#=?&-]+/.exec(after.trim())?.[0];
  if (!rest || !/^[\w.~%+@/:#=?&-]*[.@/][\w.~%+@/:#=?&-]*$/.test(start)) return false;
  return /@|\/|^www\./.test(start + rest);
}

/** The furthest right any line of the same column reaches: that column's margin. */
function columnRights(lines: PdfLine[]): (line: PdfLine) => number {
  return (line) =>
    Math.max(...lines.filter((l) => l.x <= line.right && l.right >= line.x).map((l) => l.right));
}

/**
 * The current line carries on the previous one when its first word would not have fitted at
 * the end of the previous line: the text wrapped there, nobody broke the line on purpose.
 */
function wraps(
  previous: Styled,
  current: Styled,
  rightOf: (line: PdfLine) => number,
  leading: Map<number, number>,
): boolean {
  if (carriesOverPage(previous, current)) return true;
  if (!near(previous, current) || current.line.size !== previous.line.size) return false;
  // Lines further apart than the text's own line spacing are separate paragraphs or items: a
  // paragraph's lines are set at one exact spacing, and list items add their margin to it.
  const gap = current.line.y - previous.line.y;
  const spacing = leading.get(current.line.size) ?? gap;
  const slack = Math.max(current.line.size * LEADING_SLACK, LEADING_ROUNDING);
  if (gap > Math.min(spacing * 1.15, spacing + slack)) return false;
  // A bold lead ("**kafka-replay** — a CLI …") opens an entry of its own.
  if (startsBold(current) && !previous.bold) return false;
  // A dash under a line of text is a bullet, unless it only goes on with that line's words
  // ("Safety Engineer (TÜV)" / "– Automotive"): the width test below tells which.
  if (BULLET.test(current.text) && (previous.bullet || !DASH.test(current.text))) return false;
  // A row of cells is a line of its own; only its last cell's text may wrap under that cell.
  if (current.line.cellStarts.length > 1) return false;
  const row = previous.line.cellStarts.length > 1;
  const underCell = Math.abs(current.line.x - (previous.line.cellStarts.at(-1) ?? 0)) <= 3;
  if (row && !(underCell && startsPlain(current, previous))) return false;
  const sameStart = Math.abs(current.line.x - previous.line.x) <= 3;
  const underBullet = previous.bullet && current.line.x > previous.line.x;
  if (!row && !sameStart && !underBullet) return false;
  const { line } = current;
  const charWidth = (line.right - line.x) / Math.max(1, current.text.length);
  const firstWord = (current.text.split(/\s/)[0] ?? '').length + 1;
  return previous.line.right + firstWord * charWidth > rightOf(line) - charWidth;
}

/**
 * A paragraph a page break cuts in two: the last line of a page ends without closing its
 * sentence and the first line of the next page, in the same type and column, goes on in
 * lower case.
 */
function carriesOverPage(previous: Styled, current: Styled): boolean {
  return (
    current.line.page > previous.line.page &&
    current.line.size === previous.line.size &&
    previous.bold === current.bold &&
    (Math.abs(current.line.x - previous.line.x) <= 3 ||
      (previous.bullet && current.line.x > previous.line.x)) &&
    !/[.!?:;)]$/.test(previous.text.trim()) &&
    /^\p{Ll}/u.test(current.text.trim())
  );
}

/**
 * The tightest distance between two baselines of each font size that the text keeps more than
 * once: its line spacing. A single tighter pair (a line set apart by its own rule) is not it.
 */
function leadings(lines: PdfLine[]): Map<number, number> {
  const gaps = new Map<number, number[]>();
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1] as PdfLine, lines[i] as PdfLine];
    const gap = b.y - a.y;
    if (a.size !== b.size || gap <= 0 || Math.abs(a.x - b.x) > 3) continue;
    gaps.set(b.size, [...(gaps.get(b.size) ?? []), gap]);
  }
  const out = new Map<number, number>();
  for (const [size, list] of gaps) {
    const sorted = list.sort((x, y) => x - y);
    const kept = sorted.find((gap, i) => Math.abs((sorted[i + 1] ?? Number.NaN) - gap) < 0.1);
    out.set(size, kept ?? (sorted[0] as number));
  }
  return out;
}

/** A cell's wrapped text goes on in the weight the cell ended in. */
function startsPlain(current: Styled, previous: Styled): boolean {
  const ended = [...previous.line.runs].reverse().find((run) => run.text.trim() !== '');
  return startsBold(current) === (ended?.bold ?? false);
}

/** Every word of the document, to tell a compound's hyphen from a word split at a line end. */
function documentWords(lines: Styled[]): Set<string> {
  return new Set(lines.flatMap((line) => line.text.toLowerCase().split(/[^\p{L}\p{N}-]+/u)));
}

function startsBold(line: Styled): boolean {
  return line.line.runs.find((run) => run.text.trim() !== '')?.bold ?? false;
}

function near(previous: Styled, current: Styled): boolean {
  const gap = current.line.y - previous.line.y;
  return gap > 0 && gap <= previous.line.size * 1.6;
}

function lineText(line: PdfLine): string {
  return joinRuns(line.runs, (run) => run.text);
}

/** The line's runs as markdown: bold runs in `**`, linked runs as links. */
function inline(styled: Styled): string {
  if (styled.bold && styled.text) return `**${escapeMarkdown(styled.text)}**`;
  const groups: { bold: boolean; url?: string; runs: PdfRun[] }[] = [];
  for (const run of styled.line.runs) {
    const last = groups.at(-1);
    if (last && last.bold === run.bold && last.url === run.url) last.runs.push(run);
    else groups.push({ bold: run.bold, ...(run.url ? { url: run.url } : {}), runs: [run] });
  }
  return groups
    .map((group) => {
      const text = joinRuns(group.runs, (run) => run.text);
      const core = text.trim();
      if (!core) return text;
      let out = escapeMarkdown(core);
      if (group.url) out = `[${out}](${group.url.replace(/[()\s]/g, encodeURIComponent)})`;
      else if (group.bold) out = `**${out}**`;
      return `${text.startsWith(' ') ? ' ' : ''}${out}${text.endsWith(' ') ? ' ' : ''}`;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Runs joined with a space where the gap between them is a word space. */
function joinRuns(runs: PdfRun[], text: (run: PdfRun) => string): string {
  let out = '';
  let end: number | undefined;
  for (const run of runs) {
    const gap = end === undefined ? 0 : run.x - end;
    if (out && gap > run.size * 0.15 && !/\s$/.test(out) && !/^\s/.test(run.text)) out += ' ';
    out += text(run);
    end = run.x + run.width;
  }
  return out;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<])/g, '\\$1').replace(/^([#>+]|\d+\.)(?=\s)/, '\\$1');
}
