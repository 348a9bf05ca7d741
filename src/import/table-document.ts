import type { Paragraph, Root, RootContent, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { sectionKind } from './section-kinds.ts';
import { type Cell, cleanText, isBold, sourceOf, tableRows, unbold } from './table-cells.ts';
import { isLanguageGrid, languageItems } from './table-languages.ts';
import {
  emptyOutline,
  headingText,
  openSection,
  renderOutline,
  sectionNamed,
} from './table-outline.ts';
import { readTable } from './table-rows.ts';
import { addLines, isOwnerName, type WalkState } from './table-walk.ts';

/** A document rewritten from tables into an outline, and how many tables it was read from. */
export interface TableDocument {
  markdown: string;
  tables: number;
}

/**
 * A CV written in a word processor (Europass and most résumé templates) and converted to
 * markdown keeps its whole structure in tables: "Label | value" rows, the name in a bold cell,
 * section titles as bold capitals, duties as "▪ a<br>▪ b". Such a document has no heading the
 * markdown reader could start from; this rewrites it into the outline that reader takes (the
 * name as H1, its lines, one H2 per section, one H3 per job or course). Any other document is
 * `undefined`: it is read as it is.
 */
export function outlineTableDocument(markdown: string): TableDocument | undefined {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const nodes = tree.children;
  if (nodes.some((node) => node.type === 'heading')) return undefined;
  const tables = nodes.filter((node): node is Table => node.type === 'table');
  const tableText = tables.reduce((sum, table) => sum + sourceOf(table, markdown).length, 0);
  // A README with one table in its prose is not a table document.
  if (tables.length === 0 || tableText * 2 < markdown.trim().length) return undefined;
  const name = findName(nodes, markdown);
  if (!name) return undefined;
  const state: WalkState = { outline: emptyOutline(name), inHeader: true };
  for (const node of nodes) readNode(node, markdown, state);
  return { markdown: renderOutline(state.outline), tables: tables.length };
}

// "**Curriculum vitae**" above the name titles the document, not a section of it.
const DOCUMENT_TITLE = /^(?:curriculum\s+vitae|cv|r[ée]sum[ée]|lebenslauf|biodata)$/i;
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** The first bold text that reads as a person's name: a paragraph or a table's value cell. */
function findName(nodes: RootContent[], markdown: string): string | undefined {
  for (const node of nodes) {
    const texts =
      node.type === 'paragraph'
        ? [cleanText(sourceOf(node, markdown))]
        : node.type === 'table'
          ? tableRows(node, markdown).flatMap(nameCells)
          : [];
    const name = texts.filter(isBold).map(unbold).find(looksLikeName);
    if (name) return name;
  }
  return undefined;
}

/** The cells of a row that may hold the name: its values, or a label standing alone. */
function nameCells(row: Cell[]): string[] {
  const filled = row.filter((cell) => cell.text);
  if (filled.length === 1) return [filled[0]?.text ?? ''];
  return row.slice(1).map((cell) => cell.text);
}

function looksLikeName(text: string): boolean {
  return PERSON_NAME.test(text) && !DOCUMENT_TITLE.test(text) && sectionKind(text) === undefined;
}

function readNode(node: RootContent, markdown: string, state: WalkState): void {
  if (node.type === 'paragraph') readParagraph(node, markdown, state);
  else if (node.type === 'table') {
    const rows = tableRows(node, markdown);
    if (isLanguageGrid(rows))
      sectionNamed(state.outline, 'Languages').blocks.push(...languageItems(rows));
    else readTable(rows, sourceOf(node, markdown), state);
  } else if (node.type !== 'thematicBreak') {
    const text = sourceOf(node, markdown);
    if (text) (state.outline.current ?? sectionNamed(state.outline, 'Notes')).blocks.push(text);
  }
}

/**
 * "**WORK EXPERIENCE**" in capitals opens a section; a bold line under the name is its
 * headline; any other paragraph belongs to the section it stands in.
 */
function readParagraph(node: Paragraph, markdown: string, state: WalkState): void {
  const text = cleanText(sourceOf(node, markdown));
  if (!text || isOwnerName(text, state)) return;
  if (isBold(text)) {
    const inner = unbold(text);
    if (DOCUMENT_TITLE.test(inner)) return;
    if (/\p{Lu}{3}/u.test(inner) && !/\p{Ll}/u.test(inner)) {
      openSection(state.outline, headingText(inner));
      state.inHeader = false;
      return;
    }
    if (state.inHeader) {
      state.outline.headlines.push(text);
      return;
    }
  }
  // Under the name each line may be a contact; in a section a paragraph stays one text.
  addLines(state.inHeader ? text.split('\n') : [text.replace(/\s*\n\s*/g, ' ')], state);
}
