import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PortfolioBotError } from '../errors.ts';

/** A run of text on one baseline of a page, in the order the PDF draws it. */
export interface PdfRun {
  text: string;
  x: number;
  /** Baseline, from the top of the document (pages stacked). */
  y: number;
  width: number;
  size: number;
  bold: boolean;
  /** The URL of a link annotation covering the run. */
  url?: string;
}

/** A line of a page: runs that share a baseline, left to right. */
export interface PdfLine {
  runs: PdfRun[];
  x: number;
  right: number;
  y: number;
  size: number;
  page: number;
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
  hasEOL: boolean;
}

interface LinkArea {
  url: string;
  rect: [number, number, number, number];
}

// Fonts and character maps ship inside the package: nothing is fetched at run time.
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const BOLD_FONT = /bold|black|heavy|semibold|demi/i;
// Baselines closer than this fraction of the font size are one line.
const SAME_LINE = 0.3;

/** Reads every page's text with its position, size and weight, and its links. */
export async function readPdfLines(bytes: Uint8Array): Promise<PdfLine[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    document = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      standardFontDataUrl: `${join(PDFJS_DIR, 'standard_fonts')}/`,
      cMapUrl: `${join(PDFJS_DIR, 'cmaps')}/`,
      cMapPacked: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new PortfolioBotError(
      'import_failed',
      `cannot read the PDF: ${(error as Error).message}`,
    );
  }
  const lines: PdfLine[] = [];
  let offset = 0;
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const height = page.view[3] ?? 0;
      const runs = await pageRuns(page, offset + height);
      lines.push(...groupLines(runs, number));
      offset += height;
    }
  } finally {
    await document.destroy();
  }
  return lines;
}

type PdfPage = Awaited<
  ReturnType<
    Awaited<
      ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>['promise']
    >['getPage']
  >
>;

async function pageRuns(page: PdfPage, bottom: number): Promise<PdfRun[]> {
  const content = await page.getTextContent();
  // Font names ("ABCDEF+Lato-Bold") are known once the page's operators are loaded.
  await page.getOperatorList();
  const links = (await page.getAnnotations())
    .filter((a: { subtype?: string; url?: string }) => a.subtype === 'Link' && a.url)
    .map((a: { url: string; rect: LinkArea['rect'] }) => ({ url: a.url, rect: a.rect }));
  const runs: PdfRun[] = [];
  for (const item of content.items as TextItem[]) {
    if (typeof item.str !== 'string' || item.str === '') continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform;
    const size = Math.round(Math.hypot(a, b) * 10) / 10;
    const run: PdfRun = {
      text: item.str,
      x,
      y: bottom - y,
      width: item.width,
      size,
      bold: isBold(page, item.fontName),
    };
    runs.push(...splitAtLinks(run, links, y + size / 3));
  }
  return runs;
}

/**
 * A PDF draws "Berlin · jane@example.org · github.com/jane" as one run with link areas over
 * parts of it: the run is cut where each area begins and ends, estimated from the run's width
 * and moved to the nearest word boundary (links cover whole words).
 */
function splitAtLinks(run: PdfRun, links: LinkArea[], pageY: number): PdfRun[] {
  const length = run.text.length;
  const perChar = length > 0 ? run.width / length : 0;
  const spans: { start: number; end: number; url: string }[] = [];
  for (const link of links) {
    const [x1, y1, x2, y2] = link.rect;
    if (pageY < Math.min(y1, y2) || pageY > Math.max(y1, y2) || perChar === 0) continue;
    const from = Math.round((Math.min(x1, x2) - run.x) / perChar);
    const to = Math.round((Math.max(x1, x2) - run.x) / perChar);
    if (to <= 0 || from >= length) continue;
    const start = wordStart(run.text, Math.max(0, from));
    const end = wordEnd(run.text, Math.min(length, to));
    if (end > start && !spans.some((s) => s.start < end && start < s.end))
      spans.push({ start, end, url: link.url });
  }
  if (spans.length === 0) return [run];
  spans.sort((a, b) => a.start - b.start);
  const pieces: PdfRun[] = [];
  const piece = (start: number, end: number, url?: string) => {
    if (end <= start) return;
    const part: PdfRun = {
      ...run,
      text: run.text.slice(start, end),
      x: run.x + start * perChar,
      width: (end - start) * perChar,
    };
    if (url) part.url = url;
    pieces.push(part);
  };
  let at = 0;
  for (const span of spans) {
    piece(at, span.start);
    piece(span.start, span.end, span.url);
    at = span.end;
  }
  piece(at, length);
  return pieces;
}

// A boundary estimate off by a character or three moves to the start or end of its word.
const WORD_SLACK = 3;
// Spaces and the separators of a contact line ("city · email | site") end a word.
const BREAK = /[\s·•|,;–—]/u;

function wordStart(text: string, index: number): number {
  for (let d = 0; d <= WORD_SLACK; d++) {
    for (const i of [index - d, index + d]) {
      if (
        i >= 0 &&
        i < text.length &&
        !BREAK.test(text[i] ?? ' ') &&
        (i === 0 || BREAK.test(text[i - 1] ?? ''))
      )
        return i;
    }
  }
  return index;
}

function wordEnd(text: string, index: number): number {
  for (let d = 0; d <= WORD_SLACK; d++) {
    for (const i of [index - d, index + d]) {
      if (
        i > 0 &&
        i <= text.length &&
        !BREAK.test(text[i - 1] ?? ' ') &&
        (i === text.length || BREAK.test(text[i] ?? ''))
      )
        return i;
    }
  }
  return index;
}

function isBold(page: PdfPage, fontName: string): boolean {
  try {
    const font = page.commonObjs.get(fontName) as { name?: string; bold?: boolean } | undefined;
    return Boolean(font?.bold) || BOLD_FONT.test(font?.name ?? '');
  } catch {
    return false;
  }
}

/** Runs in drawing order become lines: a new line wherever the baseline moves. */
function groupLines(runs: PdfRun[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  for (const run of runs) {
    const line = lines.at(-1);
    const sameLine =
      line !== undefined &&
      Math.abs(line.y - run.y) <= Math.max(line.size, run.size) * SAME_LINE &&
      run.x >= line.right - run.size;
    // A space's width is the gap a layout stretched it over (a flex row's filler), not text.
    const right = run.text.trim() === '' ? run.x : run.x + run.width;
    if (line && sameLine) {
      line.runs.push(run);
      line.right = Math.max(line.right, right);
      line.size = Math.max(line.size, run.size);
    } else if (run.text.trim() !== '') {
      lines.push({
        runs: [run],
        x: run.x,
        right,
        y: run.y,
        size: run.size,
        page,
      });
    }
  }
  return lines;
}
