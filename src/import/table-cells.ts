import type { Node, Table } from 'mdast';
import { withoutTextEscapes } from './text-escapes.ts';

/** One line of a table cell: a `<br>` ends a line, a leading "▪" or "•" makes it an item. */
export interface CellLine {
  text: string;
  item: boolean;
}

/** A table cell as written, cleaned of what a converted document adds around the words. */
export interface Cell {
  lines: CellLine[];
  /** All lines, joined by spaces. */
  text: string;
  /** The whole cell is set in bold: a label, a name, a headline. */
  bold: boolean;
}

// "▪ a<br>▪ b": word processors' bullet glyphs, kept by the converter as text.
const BULLET = /^\s*[▪•●◦■□➢►‣∙–-]\s+/u;
// "![](media/image2.png)": an icon the converter saved beside the text it decorated.
const IMAGE = /!\[[^\]]*\]\([^)]*\)(?:\{[^{}]*\})?/g;
// pandoc's `{width="1.2in" height="0.5in"}` after an image or a span.
const ATTRIBUTES = /\{[^{}]*\b(?:width|height)=[^{}]*\}/g;
// Runs of non-breaking spaces set apart parts of a line ("Degree &nbsp;&nbsp;&nbsp; EQF level 7").
const SPACER = /(?:&nbsp;|\u00a0)(?:\s*(?:&nbsp;|\u00a0))+/g;

/** The markdown of one node, cut from the document it was parsed from. */
export function sourceOf(node: Node, markdown: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : markdown.slice(start, end);
}

/** Text outside tables, with icons and layout attributes removed. */
export function cleanText(text: string): string {
  return withoutTextEscapes(text)
    .replace(IMAGE, ' ')
    .replace(ATTRIBUTES, ' ')
    .replace(SPACER, ' · ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** The rows of a table, each a list of cells; the header row first when it holds text. */
export function tableRows(table: Table, markdown: string): Cell[][] {
  const rows = table.children.map((row) => row.children.map((cell) => readCell(cell, markdown)));
  const [header, ...rest] = rows;
  return header?.some((cell) => cell.text) ? rows : rest;
}

function readCell(cell: Node, markdown: string): Cell {
  const source = sourceOf(cell, markdown)
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .replace(/\\\|/g, '|');
  const lines = source
    .split(/<br\s*\/?>/i)
    .map(cleanText)
    .filter(Boolean)
    .map((line) => ({ text: line.replace(BULLET, ''), item: BULLET.test(line) }));
  const text = lines.map((line) => line.text).join(' ');
  return { lines, text, bold: isBold(text) };
}

/** "**Jane Doe**": bold from the first character to the last. */
export function isBold(text: string): boolean {
  return /^(\*\*|__)(?!\s)[^*_]*[^\s*_]\1$/.test(text);
}

/** "**WORK EXPERIENCE**" → "WORK EXPERIENCE". */
export function unbold(text: string): string {
  return text.replace(/(\*\*|__)(.*?)\1/g, '$2').trim();
}
