import type { Table } from 'mdast';
import type { Link, Project } from '../knowledge/schema.ts';
import { splitList } from './entry-text.ts';
import { makeLine, tidyName } from './markdown-lines.ts';
import { newProject } from './new-project.ts';

/**
 * A projects table read by its header row: "| Project | What it is | Tech | ⭐ |" gives each
 * row's name, summary, technologies and stars; its links are the project's links.
 */

type Column = 'name' | 'summary' | 'technologies' | 'stars' | 'other';

const COLUMNS: [RegExp, Column][] = [
  [/\b(?:project|name|repo(?:sitory)?|tool|library)\b/i, 'name'],
  [/\b(?:what|description|about|summary|purpose|does)\b/i, 'summary'],
  [/\b(?:tech|stack|built with|languages?|tools|technolog\w*)\b/i, 'technologies'],
  [/\bstars?\b|⭐|★|🌟/iu, 'stars'],
];

function columnOf(header: string, index: number): Column {
  const found = COLUMNS.find(([pattern]) => pattern.test(header))?.[1];
  return found ?? (index === 0 ? 'name' : 'other');
}

/** True when the table's header row names a project column, as a projects table does. */
export function isProjectTable(table: Table): boolean {
  const header = table.children[0]?.children.map((cell) => makeLine(cell.children, 'row').raw);
  return (header ?? []).some((text, index) => columnOf(text, index) === 'name' && index === 0);
}

export function readProjectTable(table: Table, taken: readonly Project[]): Project[] {
  const [headerRow, ...rows] = table.children;
  const headers = (headerRow?.children ?? []).map((cell) => makeLine(cell.children, 'row').raw);
  const columns = headers.map(columnOf);
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
