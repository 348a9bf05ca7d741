import { type PdfLine, type PdfRun, readPdfLines } from './pdf-text.ts';
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
/** Text this much larger than the body is a heading. */
const HEADING_RATIO = 1.15;

interface Styled {
  line: PdfLine;
  text: string;
  heading?: number;
  bullet: boolean;
  bold: boolean;
}

export function linesToMarkdown(input: PdfLine[]): string {
  const lines = input.filter((line) => !PAGE_FURNITURE.test(lineText(line).trim()));
  if (lines.length === 0) return '';
  const body = bodySize(lines);
  const depthOf = headingDepths(lines, body);
  const left = commonLeft(lines);
  const styled: Styled[] = lines.map((line) => {
    const text = lineText(line).trim();
    const bold = line.runs.every((run) => run.bold || run.text.trim() === '');
    const depth = depthOf.get(line.size) ?? (isSectionName(text, bold) ? 2 : undefined);
    return {
      line,
      text,
      bullet: BULLET.test(text) || (depth === undefined && line.x > left + 8),
      bold,
      ...(depth !== undefined ? { heading: depth } : {}),
    };
  });
  return blocks(styled).join('\n\n').concat('\n');
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
 * Sizes above the body: the largest is the name (`#`) when only a line or two use it, the
 * next the sections (`##`), anything between body and sections the entries (`###`).
 */
function headingDepths(lines: PdfLine[], body: number): Map<number, number> {
  const sizes = [...new Set(lines.map((l) => l.size))]
    .filter((size) => size >= body * HEADING_RATIO)
    .sort((a, b) => b - a);
  const depths = new Map<number, number>();
  const [largest, ...rest] = sizes;
  if (largest === undefined) return depths;
  const named = lines.filter((l) => l.size === largest).length <= 2;
  depths.set(largest, named ? 1 : 2);
  rest.forEach((size, index) => {
    depths.set(size, named && index === 0 ? 2 : 3);
  });
  return depths;
}

function isSectionName(text: string, bold: boolean): boolean {
  const words = text.split(/\s+/).length;
  if (words > 5 || sectionKind(text) === undefined) return false;
  return bold || text === text.toUpperCase();
}

/** The x where most lines start: text further right is indented. */
function commonLeft(lines: PdfLine[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const x = Math.round(line.x);
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function blocks(lines: Styled[]): string[] {
  const out: string[][] = [];
  const rightOf = columnRights(lines.map((s) => s.line));
  let previous: Styled | undefined;
  for (const current of lines) {
    const block = out.at(-1);
    if (current.heading !== undefined) {
      out.push([`${'#'.repeat(current.heading)} ${escape(current.text)}`]);
    } else if (
      block &&
      previous &&
      previous.heading === undefined &&
      wraps(previous, current, rightOf)
    ) {
      block[block.length - 1] = `${block.at(-1)} ${inline(current)}`;
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

/** The furthest right any line of the same column reaches: that column's margin. */
function columnRights(lines: PdfLine[]): (line: PdfLine) => number {
  return (line) =>
    Math.max(...lines.filter((l) => l.x <= line.right && l.right >= line.x).map((l) => l.right));
}

/** The current line carries on the sentence of the previous one, which ran to the margin. */
function wraps(previous: Styled, current: Styled, rightOf: (line: PdfLine) => number): boolean {
  if (!near(previous, current) || current.line.size !== previous.line.size) return false;
  if (BULLET.test(current.text)) return false;
  const sameStart = Math.abs(current.line.x - previous.line.x) <= 3;
  const underBullet = previous.bullet && current.line.x > previous.line.x;
  if (!sameStart && !underBullet) return false;
  const full = previous.line.right >= rightOf(current.line) - previous.line.size * 4;
  return full || /^\p{Ll}/u.test(current.text);
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
  if (styled.bold && styled.text) return `**${escape(styled.text)}**`;
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
      let out = escape(core);
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

function escape(text: string): string {
  return text.replace(/([\\`*_[\]<])/g, '\\$1').replace(/^([#>+]|\d+\.)(?=\s)/, '\\$1');
}
