import type { PdfLine, PdfRun } from './pdf-text.ts';

/**
 * A gap this many font sizes wide between two pieces of text on one baseline is a layout gap
 * (a row with the company on the left and the city on the right, a label cell and its value),
 * never a word space: the pieces are cells of one row.
 */
const CELL_GAP = 1.2;
/** A bold label and its plain value, as table cells, need only a cell's padding between them. */
const LABEL_GAP = 0.6;
/** Stretched spaces of one justified line differ by less than this (points). */
const EVEN_GAPS = 1;

/** A line whose text sits in cells: where the cells start, left to right. */
export interface PdfRow extends PdfLine {
  cellStarts: number[];
}

/**
 * Cells of one baseline read as one line with a separator between them: a bold cell before a
 * plain one labels it ("**Identity:** Keycloak, …"); other cells are joined by " · "
 * ("Thermaikos Bank S.A. · Thessaloniki", "Senior IAM Engineer · Mar 2021 – Present"), the
 * shape a typed entry head takes.
 */
export function joinCells(line: PdfLine, previous?: PdfLine, next?: PdfLine): PdfRow {
  if (justified(line, previous, next)) return { ...line, cellStarts: [line.x] };
  const runs: PdfRun[] = [];
  const cellStarts = [line.x];
  let last: PdfRun | undefined;
  for (const run of line.runs) {
    if (run.text.trim() === '') {
      runs.push(run);
      continue;
    }
    if (last && isCellGap(last, run)) {
      dropTrailingSpaces(runs);
      runs[runs.length - 1] = { ...last, text: last.text.trimEnd() };
      runs.push(separator(last, run));
      cellStarts.push(run.x);
    }
    runs.push(run);
    last = run;
  }
  return { ...line, runs, cellStarts };
}

/**
 * Justified prose stretches its word spaces too, but evenly: two or more wide gaps of one
 * width, or a wide gap on a line of a running sentence (one line going on in lower case on the
 * next at the same left edge).
 */
function justified(
  line: PdfLine,
  previous: PdfLine | undefined,
  next: PdfLine | undefined,
): boolean {
  const words = line.runs.filter((run) => run.text.trim() !== '');
  const gaps = words
    .slice(1)
    .map((run, i) => run.x - ((words[i] as PdfRun).x + (words[i] as PdfRun).width))
    .filter((gap) => gap > line.size * LABEL_GAP);
  if (gaps.length === 0) return false;
  if (gaps.length >= 2 && Math.max(...gaps) - Math.min(...gaps) <= EVEN_GAPS) return true;
  return (
    (next !== undefined && goesOn(line, next)) || (previous !== undefined && goesOn(previous, line))
  );
}

/** The sentence of one line goes on in lower case on the next, at the same left edge. */
function goesOn(line: PdfLine, next: PdfLine): boolean {
  return (
    Math.abs(next.x - line.x) <= 3 &&
    next.y > line.y &&
    next.y - line.y <= line.size * 1.6 &&
    /^\s*\p{Ll}/u.test(next.runs.map((run) => run.text).join(''))
  );
}

function isCellGap(left: PdfRun, right: PdfRun): boolean {
  const gap = right.x - (left.x + left.width);
  return gap > right.size * (isLabel(left, right) ? LABEL_GAP : CELL_GAP);
}

/** A bold piece that does not end in punctuation, before plain text: a label cell. */
function isLabel(left: PdfRun, right: PdfRun): boolean {
  return left.bold && !right.bold && !/[:.,;·|–—-]$/u.test(left.text.trim());
}

function separator(left: PdfRun, right: PdfRun): PdfRun {
  const label = isLabel(left, right);
  return {
    text: label ? ': ' : ' · ',
    x: left.x + left.width,
    y: left.y,
    width: 0,
    size: left.size,
    // A label's colon is part of the bold label; between two bold cells the row stays bold.
    bold: label || (left.bold && right.bold),
  };
}

function dropTrailingSpaces(runs: PdfRun[]): void {
  while (runs.length > 0 && (runs.at(-1) as PdfRun).text.trim() === '') runs.pop();
}
