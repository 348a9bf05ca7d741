import type { Table } from 'mdast';
import { citiesIn } from '../knowledge/places.ts';
import type { Role } from '../knowledge/schema.ts';
import { takeDates } from './entry-dates.ts';
import { cleanSegment } from './entry-text.ts';
import { makeLine } from './markdown-lines.ts';
import { placeApart } from './table-roles.ts';

/**
 * A career written as a table, "| Company | Role | Years |": each row a role, read by the
 * header row. A bracket after the employer ("**Cargalia** (freight SaaS, remote-first)") says
 * what the employer is; text after "·" in the role ("Sr. Engineer · tech lead of the OR team")
 * is the role's summary.
 */
type Column = 'company' | 'title' | 'dates' | 'location' | 'other';

// The same headers in Spanish, Portuguese, French and German: "| Empresa | Rol | Periodo |".
const COLUMNS: [RegExp, Column][] = [
  [
    /(?<!\p{L})(?:company|employer|organi[sz]ation|org|client|where|empresa|compañía|entreprise|société|employeur|unternehmen|firma|arbeitgeber)(?!\p{L})/iu,
    'company',
  ],
  [
    /(?<!\p{L})(?:role|title|position|job|rol|cargo|puesto|poste|fonction|rolle|stelle)(?!\p{L})/iu,
    'title',
  ],
  [
    /(?<!\p{L})(?:years?|dates?|period|when|from|tenure|periodo|período|fechas|años|anos|période|dates|zeitraum|jahre)(?!\p{L})/iu,
    'dates',
  ],
  [
    /(?<!\p{L})(?:location|city|place|based|ubicación|ciudad|lieu|ville|ort|standort)(?!\p{L})/iu,
    'location',
  ],
];

/** "Nordpay, Lisbon", "Acme GmbH, Berlin, Germany": the employer, and the town a table adds. */
function employerAndTown(cell: string): [string, string | undefined] {
  const [named, place] = placeApart(cell);
  if (place) return [named ?? cell, place];
  const last = /^(.+?),\s*([^,]+)$/.exec(cell);
  return last?.[1] && last[2] && citiesIn(last[2]).length > 0
    ? [last[1], last[2]]
    : [cell, undefined];
}

/** "summer 2016": a job within one year, begun and ended in it. */
function oneYear(cell: string): { start: string; end: string } | undefined {
  const years = cell.match(/\b(?:19|20)\d\d\b/g) ?? [];
  const [year] = years;
  return years.length === 1 && year ? { start: year, end: year } : undefined;
}

const cellsOf = (row: Table['children'][number]) =>
  row.children.map((cell) => makeLine(cell.children, 'row').text);

function columnsOf(table: Table): Column[] {
  const headers = cellsOf(table.children[0] ?? { type: 'tableRow', children: [] });
  const columns = headers.map(
    (header) => COLUMNS.find(([pattern]) => pattern.test(header))?.[1] ?? 'other',
  );
  // "| When | Where | What |": beside a place and a time, a bare "What" is the job.
  const what = headers.findIndex((header) => /^\s*what\s*$/i.test(header));
  if (what >= 0 && !columns.includes('title') && columns.includes('company'))
    columns[what] = 'title';
  return columns;
}

/** A table whose header names an employer column and a role column. */
export function isRoleTable(table: Table): boolean {
  const columns = columnsOf(table);
  return columns.includes('company') && columns.includes('title') && table.children.length > 1;
}

/** One role per row that names both; other rows are returned as text. */
export function readRoleTable(table: Table): { roles: Role[]; leftover: string[] } {
  const columns = columnsOf(table);
  const roles: Role[] = [];
  const leftover: string[] = [];
  for (const row of table.children.slice(1)) {
    const cells = cellsOf(row);
    const at = (column: Column) => cells[columns.indexOf(column)]?.trim() ?? '';
    const companyCell = at('company');
    // "**Nordpay**, Lisbon": the employer, then where it is.
    const [company = '', town] = employerAndTown(
      cleanSegment(companyCell.replace(/\s*\([^()]*\)\s*$/, '')),
    );
    const [title = '', ...about] = at('title').split(/\s+·\s+/);
    if (!company || !title.trim()) {
      leftover.push(cells.filter(Boolean).join(' · '));
      continue;
    }
    const role: Role = { company, title: title.trim(), highlights: [], technologies: [] };
    const dates = takeDates(at('dates')) ?? takeDates(cells.join(' · ')) ?? oneYear(at('dates'));
    if (dates) {
      role.start = dates.start;
      role.end = dates.end;
    }
    const place = at('location') || town;
    if (place) role.location = place;
    // "| what I did |", "| Notes |": the other columns tell of the job.
    const told = cells.filter((cell, i) => columns[i] === 'other' && cell.trim() !== '');
    const said = [
      /\(([^()]*)\)\s*$/.exec(companyCell)?.[1],
      about.join(' · '),
      ...told.map((cell) => cell.trim()),
    ].filter(Boolean);
    if (said.length > 0) role.summary = said.join('; ');
    roles.push(role);
  }
  return { roles, leftover };
}
