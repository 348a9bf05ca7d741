import type { Table } from 'mdast';
import type { Link, Project } from '../knowledge/schema.ts';
import { splitList } from './entry-text.ts';
import { tidyName } from './line-text.ts';
import { makeLine } from './markdown-lines.ts';
import { newProject } from './new-project.ts';

/**
 * A projects table read by its header row: "| Project | What it is | Tech | ⭐ |" gives each
 * row's name, summary, technologies and stars; its links are the project's links.
 */

type Column = 'name' | 'summary' | 'technologies' | 'stars' | 'other';

const COLUMNS: [RegExp, Column][] = [
  [
    /\b(?:project|name|repo(?:sitory)?|tool|library|apps?|games?|products?|proyecto|projeto|projet|projekt|progetto)\b/i,
    'name',
  ],
  // The description in the languages READMEs are written in too: "Descripción", "Beschreibung".
  [
    /\b(?:what|description|about|summary|purpose|does|descripci[oó]n|descri[cç][aã]o|descriptif|beschreibung|descrizione|beschrijving|omschrijving|opis|beskrivning|beskrivelse|kuvaus)\b/iu,
    'summary',
  ],
  [
    /\b(?:tech|stack|built with|languages?|tools|technolog\w*|tecnolog\w*|technologien)\b/i,
    'technologies',
  ],
  [/\bstars?\b|⭐|★|🌟/iu, 'stars'],
];

function namedColumn(header: string): Column | undefined {
  return COLUMNS.find(([pattern]) => pattern.test(header))?.[1];
}

/**
 * Each header's column. The name column is the first header that names one; without such a
 * header it is the first column with a header at all (a leading blank or emoji column, as
 * READMEs put an icon there, is not the name).
 */
function columnsOf(headers: readonly string[]): Column[] {
  const columns = headers.map((header) => namedColumn(header) ?? 'other');
  const named = columns.indexOf('name');
  const fallback = headers.findIndex((header) => /[\p{L}\p{N}]/u.test(header));
  const nameAt = named >= 0 ? named : Math.max(fallback, 0);
  return columns.map((column, index) =>
    index === nameAt ? 'name' : column === 'name' ? 'other' : column,
  );
}

function headersOf(table: Table): string[] {
  return (table.children[0]?.children ?? []).map((cell) => makeLine(cell.children, 'row').raw);
}

/** True when the table has a name column: one a header names, or a first column of its own. */
export function isProjectTable(table: Table): boolean {
  const headers = headersOf(table);
  const nameAt = columnsOf(headers).indexOf('name');
  const header = headers[nameAt] ?? '';
  return nameAt >= 0 && (namedColumn(header) ?? 'name') === 'name';
}

const CODE_HOST =
  /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\//i;

/**
 * A table that lists projects whatever its heading says ("Things I made"): its names come
 * with a description column, and either the headers say "repo"/"project" or give stars, or
 * most names link to a code host. A "Tool | What for" table of a setup is none of these.
 */
export function isProjectListing(table: Table): boolean {
  const headers = headersOf(table);
  const columns = columnsOf(headers);
  const nameAt = columns.indexOf('name');
  if (nameAt < 0 || !columns.includes('summary')) return false;
  const rows = table.children.slice(1);
  if (rows.length === 0) return false;
  const hosted = rows.filter((row) =>
    makeLine(row.children[nameAt]?.children ?? [], 'row').links.some((l) => CODE_HOST.test(l.url)),
  ).length;
  return (
    /\b(?:project|repo(?:sitory)?)s?\b/i.test(headers[nameAt] ?? '') ||
    columns.includes('stars') ||
    hosted * 2 > rows.length
  );
}

export function readProjectTable(table: Table, taken: readonly Project[]): Project[] {
  const rows = table.children.slice(1);
  const headers = headersOf(table);
  const columns = columnsOf(headers);
  const projects: Project[] = [];
  for (const row of rows) {
    const cells = row.children.map((cell) => makeLine(cell.children, 'row'));
    const name = tidyName(cells[columns.indexOf('name')]?.text ?? '');
    if (!name) continue;
    const links: Link[] = cells.flatMap((cell) => cell.links);
    const details: string[] = [];
    const technologies: string[] = [];
    let summary = '';
    cells.forEach((cell, index) => {
      const column = columns[index] ?? 'other';
      if (!cell.text || column === 'name') return;
      if (column === 'summary') summary = cell.text;
      else if (column === 'technologies') technologies.push(...splitList(cell.text));
      else if (column === 'stars') details.push(`${cell.text} stars on GitHub`);
      else details.push(`${headers[index] || 'Note'}: ${cell.text}`);
    });
    projects.push(
      newProject({ name, summary, details, technologies, links }, [...taken, ...projects]),
    );
  }
  return projects;
}
