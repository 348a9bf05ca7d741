import type { Table } from 'mdast';
import type { Role } from '../knowledge/schema.ts';
import { takeDates } from './entry-dates.ts';
import { cleanSegment } from './entry-text.ts';
import { makeLine } from './markdown-lines.ts';

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

const cellsOf = (row: Table['children'][number]) =>
  row.children.map((cell) => makeLine(cell.children, 'row').text);

function columnsOf(table: Table): Column[] {
  return cellsOf(table.children[0] ?? { type: 'tableRow', children: [] }).map(
    (header) => COLUMNS.find(([pattern]) => pattern.test(header))?.[1] ?? 'other',
  );
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
    const company = cleanSegment(companyCell.replace(/\s*\([^()]*\)\s*$/, ''));
    const [title = '', ...about] = at('title').split(/\s+·\s+/);
    if (!company || !title.trim()) {
      leftover.push(cells.filter(Boolean).join(' · '));
      continue;
    }
    const role: Role = { company, title: title.trim(), highlights: [], technologies: [] };
    const dates = takeDates(at('dates')) ?? takeDates(cells.join(' · '));
    if (dates) {
      role.start = dates.start;
      role.end = dates.end;
    }
    const place = at('location');
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
