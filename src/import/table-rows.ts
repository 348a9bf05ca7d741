import { takeDates, takeYear } from './entry-dates.ts';
import { INSTITUTION } from './entry-text.ts';
import { isSkillTableHeader } from './skill-table.ts';
import type { Cell, CellLine } from './table-cells.ts';
import { unbold } from './table-cells.ts';
import { NATIVE_LABEL, nativeItems } from './table-languages.ts';
import { headingText, openSection, sectionNamed } from './table-outline.ts';
import { holdsRoles, type LabelRow, placeApart, roleBlocks, roleGroups } from './table-roles.ts';
import {
  addHeaderField,
  addLines,
  isHeaderField,
  isOwnerName,
  type WalkState,
} from './table-walk.ts';

/**
 * One table of a table document: a table of columns under a header ("Period | Company | Role"),
 * a list of dated entries ("2016 | Certificate"), or "Label | value" rows.
 */
export function readTable(rows: Cell[][], source: string, state: WalkState): void {
  const [header, ...body] = rows;
  if (header && isCaptionedGrid(header)) {
    keepGrid(rows, state);
    return;
  }
  if (header && body.length > 0 && isColumnHeader(header, body)) {
    readColumnTable(header, body, source, state);
    return;
  }
  if (isDatedList(rows)) {
    readDatedRows(rows, state);
    return;
  }
  const labelled = rows.map(labelRow);
  if (holdsRoles(labelled)) {
    const section = state.outline.current ?? openSection(state.outline, 'Experience');
    for (const group of roleGroups(labelled)) section.blocks.push(...roleBlocks(group));
    state.inHeader = false;
    return;
  }
  for (const row of labelled) readLabelRow(row, state);
}

/**
 * "SELF-ASSESSMENT | | | |" over rows of ratings: a grid whose first row is only a caption.
 * It names no section and no entry.
 */
function isCaptionedGrid(header: Cell[]): boolean {
  return header.length >= 3 && header.slice(1).every((cell) => !cell.text);
}

/** The grid's rows, each a line of a section the caption names, beside the one it stands in. */
function keepGrid(rows: Cell[][], state: WalkState): void {
  const [caption = '', ...rest] = rows.map((row) =>
    row
      .map((cell) => unbold(cell.text))
      .filter(Boolean)
      .join(' · '),
  );
  const section = sectionNamed(state.outline, headingText(caption));
  section.blocks.push(...rest.filter(Boolean));
}

/**
 * "Period | Company | Role", "Skill | Level": a first row of short names, one per column, over
 * rows of values; not "Phone | +56 …", nor the bold "**LABEL** | value" of a label table.
 */
function isColumnHeader(header: Cell[], body: Cell[][]): boolean {
  const names = header.every(
    (cell) => cell.text && !cell.bold && cell.text.split(' ').length <= 3 && !isDate(cell.text),
  );
  return names && (header.length >= 3 || (body.length >= 2 && !isHeaderField(header)));
}

/** The first cell is the label, the others its value. */
function labelRow(row: Cell[]): LabelRow {
  const [label, ...values] = row;
  const filled = values.filter((cell) => cell.text);
  const lines =
    filled.length === 1
      ? (filled[0]?.lines ?? [])
      : [{ text: filled.map((c) => c.text).join(' · '), item: false }];
  return {
    label: label ?? { lines: [], text: '', bold: false },
    value: {
      lines,
      text: lines.map((l) => l.text).join(' '),
      bold: filled.length === 1 && filled[0]?.bold === true,
    },
  };
}

// "Period | Company | Role" and "Year | Degree | School": a column says when.
const WHEN_HEADER = /^(?:dates?|period|years?|from\s*[-–]\s*to|when|duration|time)$/i;

/** Rows under a header: a job per row when the columns name one, else a dated entry per row. */
function readColumnTable(header: Cell[], body: Cell[][], source: string, state: WalkState): void {
  const names = header.map((cell) => unbold(cell.text));
  // "Skill | Level | Years": a skills matrix, which the skills reader takes as a table.
  const when = isSkillTableHeader(names) ? -1 : names.findIndex((name) => WHEN_HEADER.test(name));
  const section = state.outline.current ?? openSection(state.outline, 'Experience');
  state.inHeader = false;
  if (when < 0) {
    // "C | Expert", "English | C1": a name and what the other column says of it.
    if (header.length === 2) section.blocks.push(...body.map(pairItem));
    else section.blocks.push(source);
    return;
  }
  for (const row of body) {
    const pairs = row.map((cell, index) => ({ label: header[index] ?? cell, value: cell }));
    if (holdsRoles(pairs)) section.blocks.push(...roleBlocks(pairs));
    else {
      // "2016 | BSc Electronics | Universidad X, Valparaíso": one column names the entry, the
      // others are its lines.
      const cells = row.filter((cell, index) => index !== when && cell.text);
      // A school named in one column heads the entry: a degree's name may not say it is one.
      const school = cells.find((cell) => INSTITUTION.test(cell.text));
      const [first, ...rest] = school ? [school, ...cells.filter((c) => c !== school)] : cells;
      if (!first) continue;
      section.blocks.push(`### ${unbold(first.text)}`, row[when]?.text ?? '');
      section.blocks.push(...rest.flatMap((cell) => cell.lines.flatMap(entryLine)));
    }
  }
}

/** "10/2013 – 07/2015", "2016": a label that is a date and nothing more. */
function isDate(text: string): boolean {
  const plain = unbold(text);
  const rest = takeDates(plain)?.rest ?? takeYear(plain)?.rest;
  return rest !== undefined && rest.replace(/[\s,.·–—-]+/g, '') === '';
}

/** Rows whose labels are dates or empty: each dated row opens an entry, the empty ones go on. */
function isDatedList(rows: Cell[][]): boolean {
  const labels = rows.map((row) => row[0]?.text ?? '').filter(Boolean);
  return labels.length > 0 && labels.every(isDate);
}

/** "### Master's degree in Software Engineering", its dates, then the lines under it. */
function readDatedRows(rows: Cell[][], state: WalkState): void {
  const section = state.outline.current ?? openSection(state.outline, 'Experience');
  state.inHeader = false;
  for (const row of rows.map(labelRow)) {
    const [first, ...more] = row.value.lines;
    if (row.label.text && first) {
      section.blocks.push(`### ${unbold(first.text)}`, row.label.text);
      section.blocks.push(...more.flatMap(entryLine));
    } else section.blocks.push(...row.value.lines.flatMap(entryLine));
  }
}

/** "C (Expert)", or "English — C1 (IELTS 7.5)" when the value has a bracket of its own. */
function pairItem([name, value]: Cell[]): string {
  const [first, second] = [unbold(name?.text ?? ''), value?.text ?? ''];
  if (!second) return `- ${first}`;
  return second.includes('(') ? `- ${first} — ${second}` : `- ${first} (${second})`;
}

function entryLine(line: CellLine): string[] {
  return line.item ? [`- ${line.text}`] : placeApart(line.text);
}

// "Job-related skills | ▪ Test automation: Cypress, Playwright<br>▪ Performance: JMeter".
const SKILLS_LABEL = /\b(?:skills?|competen(?:ce|cies)|tools|technolog(?:y|ies))\b/i;
const CATEGORY_LINE = /^([^:]{2,40}):\s+(\S.*)$/;

/**
 * A "Label | value" row: the row with the name opens the lines under it, a bold headline there
 * is the title, "Mother tongue(s)" names languages, skills by category are skills, and any other
 * label is a section of its own holding its value.
 */
// "<img src=… alt=…>", "![photo](me.jpg)": a cell holding an image and nothing else.
const PHOTO = /^\s*(?:<img\b[^>]*>|!\[[^\]]*\]\([^)]*\))\s*$/i;

function readLabelRow({ label, value }: LabelRow, state: WalkState): void {
  // A photo beside the name's cell labels nothing.
  const name = PHOTO.test(label.text) ? '' : unbold(label.text);
  const { outline } = state;
  if (!name) {
    addLines(
      value.lines.map((line) => line.text),
      state,
      value.lines.some((line) => line.item),
    );
    return;
  }
  if (isOwnerName(value.text, state)) {
    state.inHeader = true;
    state.headerLabel = name;
    return;
  }
  if (state.inHeader && addHeaderField(name, value.text, state)) return;
  if (state.inHeader && label.bold && value.bold && value.text.split(' ').length <= 10) {
    outline.headlines.push(value.text);
    return;
  }
  state.inHeader = false;
  if (NATIVE_LABEL.test(name)) {
    sectionNamed(outline, 'Languages').blocks.push(...nativeItems(value));
    return;
  }
  const categories = value.lines.flatMap((line) => {
    const match = CATEGORY_LINE.exec(line.text);
    return match ? [`- **${match[1]}:** ${match[2]}`] : [];
  });
  if (SKILLS_LABEL.test(name) && categories.length * 2 > value.lines.length) {
    sectionNamed(outline, 'Skills').blocks.push(...categories);
    return;
  }
  const section = openSection(outline, headingText(name));
  const items = value.lines.length > 1;
  section.blocks.push(...value.lines.map((line) => (items ? `- ${line.text}` : line.text)));
}
