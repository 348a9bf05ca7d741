import type { Heading, Paragraph, Root, RootContent, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { takeDates } from './entry-dates.ts';
import { INSTITUTION } from './entry-text.ts';
import { plain } from './line-text.ts';
import { isDocumentTitle } from './name-heading.ts';
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
import { placeApart } from './table-roles.ts';
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
  const headings = nodes.filter((node): node is Heading => node.type === 'heading');
  // "# Europass Curriculum Vitae" over "## WORK EXPERIENCE": headings that title the document
  // and its sections, and name no one; a heading of any other kind is a markdown document's.
  const titled = headings.some((h) => isDocumentTitle(plain(h.children)));
  if (!headings.every((h) => isDocumentTitle(plain(h.children)) || isSectionHeading(h)))
    return undefined;
  const tables = nodes.filter((node): node is Table => node.type === 'table');
  const tableText = tables.reduce((sum, table) => sum + sourceOf(table, markdown).length, 0);
  // A README with one table in its prose is not a table document, unless a heading says it
  // is a CV and the name stands in a table under it.
  if (tables.length === 0 || (!titled && tableText * 2 < markdown.trim().length)) return undefined;
  const name = findName(titled ? tables : nodes, markdown);
  if (!name) return undefined;
  const state: WalkState = { outline: emptyOutline(name), inHeader: true };
  for (const node of nodes) readNode(node, markdown, state);
  return { markdown: renderOutline(state.outline), tables: tables.length };
}

/** "## WORK EXPERIENCE": a heading below the first level that names a section. */
function isSectionHeading(heading: Heading): boolean {
  const text = plain(heading.children);
  return heading.depth > 1 && (sectionKind(text) !== undefined || !/\p{Ll}/u.test(text));
}
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
    if (name) return capitalised(name);
  }
  return undefined;
}

/** The cells of a row that may hold the name: its values, or a label standing alone. */
function nameCells(row: Cell[]): string[] {
  const filled = row.filter((cell) => cell.text);
  const cells = filled.length === 1 ? filled : row.slice(1);
  // "**ŽIGA VRHOVNIK**<br>Senior Smart Contract Engineer<br>📍 Ljubljana": the cell's first line.
  return cells.flatMap((cell) => [cell.text, ...cell.lines.slice(0, 1).map((l) => l.text)]);
}

/** "ŽIGA VRHOVNIK" → "Žiga Vrhovnik": a name typed in capitals for show, as it is spelt. */
function capitalised(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, c: string) => before + c.toUpperCase());
}

function looksLikeName(text: string): boolean {
  return PERSON_NAME.test(text) && !isDocumentTitle(text) && sectionKind(text) === undefined;
}

function readNode(node: RootContent, markdown: string, state: WalkState): void {
  if (state.pendingDate !== undefined && readDatedEntry(node, markdown, state)) return;
  if (node.type === 'paragraph') readParagraph(node, markdown, state);
  else if (node.type === 'heading') readHeading(plain(node.children), state);
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

// A few words and no sentence: "Organisational / managerial skills", "Other language(s)".
const SUB_HEADING = /^\p{Lu}[\p{L}\s/&(),'’-]{2,48}$/u;
const CAPITAL_LABEL = /^(\p{Lu}[\p{Lu} &/'’-]{1,40}):\s+(\S[\s\S]*)$/u;

/** "2012 – 2016", "2023": a paragraph that is a date and nothing more. */
function isDateOnly(text: string): boolean {
  return takeDates(text)?.rest === '' || /^(?:19|20)\d{2}$/.test(text);
}

// "Job title: **QA Tester**": a labelled line, which the reader of the section takes as it is.
const LABELLED_LINE = /^[^:\n]{2,30}:\s/;

/**
 * "2023" on its own line, then "ISTQB® Certified Tester …<br>Issuing board": the paragraph
 * under a date line is the entry of that date, its first line the entry's name, as a dated
 * table row is. A date over anything else stays a line of its own.
 */
function readDatedEntry(node: RootContent, markdown: string, state: WalkState): boolean {
  const date = state.pendingDate ?? '';
  state.pendingDate = undefined;
  const section = state.outline.current ?? openSection(state.outline, 'Notes');
  const text = node.type === 'paragraph' ? cleanText(sourceOf(node, markdown)) : '';
  const lines = text
    .split(/<br\s*\/?>|\n/i)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0 || LABELLED_LINE.test(text) || isDateOnly(text)) {
    section.blocks.push(date);
    return false;
  }
  // A school on a later line heads the entry: a degree's name may not say it is one.
  const school = lines.find((line) => INSTITUTION.test(line));
  const [first = '', ...rest] =
    school && !INSTITUTION.test(lines[0] ?? '') && !CERTIFICATE.test(lines[0] ?? '')
      ? schoolFirst(lines, school)
      : lines;
  section.blocks.push(`### ${unbold(first)}`, date, ...rest.flatMap(placeApart));
  return true;
}

// "Certified Kafka Developer" over the academy that awarded it: the certificate heads it.
const CERTIFICATE = /\bcertifi(?:ed|cate|cation)\b/i;

/** "Instituto Superior …, Porto (Portugal)" first, its place next, then the degree. */
function schoolFirst(lines: string[], school: string): string[] {
  const [name = school, ...place] = placeApart(school);
  return [name, ...place, ...lines.filter((line) => line !== school)];
}

/** "## WORK EXPERIENCE" opens a section; the document's own title is no part of it. */
function readHeading(text: string, state: WalkState): void {
  if (isDocumentTitle(text)) return;
  openSection(state.outline, headingText(text));
  state.inHeader = false;
}

/**
 * "**WORK EXPERIENCE**" in capitals opens a section; a bold line under the name is its
 * headline; any other paragraph belongs to the section it stands in.
 */
function readParagraph(node: Paragraph, markdown: string, state: WalkState): void {
  const text = cleanText(sourceOf(node, markdown));
  if (!text || isOwnerName(text, state)) return;
  if (!state.inHeader && state.outline.current && isDateOnly(text)) {
    state.pendingDate = text;
    return;
  }
  if (isBold(text)) {
    const inner = unbold(text);
    if (isDocumentTitle(inner)) return;
    if (/\p{Lu}{3}/u.test(inner) && !/\p{Ll}/u.test(inner)) {
      openSection(state.outline, headingText(inner));
      state.inHeader = false;
      return;
    }
    if (state.inHeader) {
      state.outline.headlines.push(text);
      return;
    }
    // "**Digital skills**", "**Driving licence**" under "PERSONAL SKILLS": a sub-heading.
    if (SUB_HEADING.test(inner)) {
      openSection(state.outline, inner);
      return;
    }
  }
  // "ABOUT ME: QA engineer with …": a section's name in capitals, then its text.
  const labelled = CAPITAL_LABEL.exec(text);
  if (labelled?.[1] && labelled[2] && sectionKind(labelled[1]) !== undefined) {
    openSection(state.outline, headingText(labelled[1])).blocks.push(
      labelled[2].replace(/\s*\n\s*/g, ' '),
    );
    state.inHeader = false;
    return;
  }
  // Under the name each line may be a contact; in a section a paragraph stays one text.
  addLines(state.inHeader ? text.split('\n') : [text.replace(/\s*\n\s*/g, ' ')], state);
}
