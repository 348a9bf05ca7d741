import type { RootContent, Table } from 'mdast';
import type { Publication } from '../knowledge/schema.ts';
import { plain, tidy } from './line-text.ts';

/**
 * Talks or writing as a table: "year | event | talk", one entry a row. The header says which
 * column holds the title, which the venue and which the date.
 */

const TITLE = /^(?:talk|title|name|topic|session|article|post|paper|publication)s?$/i;
const VENUE = /^(?:event|conference|venue|where|meetup|publisher|journal|outlet|site)s?$/i;
const DATE = /^(?:year|date|when)s?$/i;

/** Whether a node is such a table: its header names a title column. */
export function isPublicationTable(node: RootContent): node is Table {
  return node.type === 'table' && headerOf(node).some((cell) => TITLE.test(cell));
}

function headerOf(table: Table): string[] {
  return (table.children[0]?.children ?? []).map((cell) => tidy(plain(cell.children)));
}

/** One publication a row; `kind` is what the section's heading announces. */
export function readPublicationTable(table: Table, kind: Publication['kind']): Publication[] {
  const header = headerOf(table);
  const column = (pattern: RegExp) => header.findIndex((cell) => pattern.test(cell));
  const [title, venue, date] = [column(TITLE), column(VENUE), column(DATE)];
  return table.children.slice(1).flatMap((row) => {
    const cells = row.children.map((cell) => tidy(plain(cell.children)));
    const name = cells[title];
    if (!name) return [];
    const publication: Publication = { kind, title: name };
    if (venue >= 0 && cells[venue]) publication.venue = cells[venue];
    if (date >= 0 && cells[date]) publication.date = cells[date];
    return [publication];
  });
}
