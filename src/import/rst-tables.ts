import { gfmTable } from './gfm-table.ts';

/** Rows as a GFM table when there is a header row, else as a list of rows joined by " — ". */
export function tableLines(rows: string[][], header: boolean): string[] {
  const cells = rows.map((row) => row.map((cell) => cell.replace(/\|/g, '\\|')));
  if (!header) return cells.map((row) => `- ${row.filter(Boolean).join(' — ')}`);
  return gfmTable(cells).split('\n');
}

const GRID_RULE = /^\+(?:[-=]+\+)+$/;

export const isGridTable = (line: string) => GRID_RULE.test(line.trim());

/**
 * A grid table (`+----+----+` rules, `|` between cells) from its lines: a row's lines are
 * joined cell by cell; a `+====+` rule marks the rows above it as the header.
 */
export function gridTable(lines: readonly string[]): string[] {
  const rows: string[][] = [];
  let current: string[][] = [];
  let header = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (GRID_RULE.test(line)) {
      if (current.length > 0) rows.push(joinLines(current));
      current = [];
      if (line.includes('=')) header = rows.length === 1;
      continue;
    }
    current.push(line.replace(/^\||\|$/g, '').split('|'));
  }
  return tableLines(rows, header);
}

function joinLines(lines: string[][]): string[] {
  const width = Math.max(...lines.map((cells) => cells.length));
  return Array.from({ length: width }, (_, i) =>
    lines
      .map((cells) => (cells[i] ?? '').trim())
      .filter(Boolean)
      .join(' '),
  );
}

const SIMPLE_RULE = /^=+(?: +=+)+ *$/;

export const isSimpleTableRule = (line: string) => SIMPLE_RULE.test(line);

/**
 * A simple table (`=====  =====` rules): columns from the rule's spans, the last running to
 * the end of the line; a second rule after the first rows sets them apart as the header.
 */
export function simpleTable(lines: readonly string[]): string[] {
  const spans = [...(lines[0] ?? '').matchAll(/=+/g)].map((m) => m.index ?? 0);
  const rules = lines.flatMap((line, i) => (SIMPLE_RULE.test(line) ? [i] : []));
  const header = rules.length >= 3;
  const rows = lines
    .filter((line) => !SIMPLE_RULE.test(line) && line.trim() !== '')
    .map((line) => spans.map((start, i) => line.slice(start, spans[i + 1] ?? line.length).trim()));
  return tableLines(rows, header);
}

/**
 * A `.. list-table::` body: `* - cell` opens a row, `- cell` adds a cell, deeper lines go on
 * with the cell; `:header-rows:` says whether the first row is a header.
 */
export function listTable(body: readonly string[], options: ReadonlyMap<string, string>): string[] {
  const rows: string[][] = [];
  for (const line of body) {
    const row = /^\*\s+-\s+(.*)$/.exec(line.trim());
    const cell = /^-\s+(.*)$/.exec(line.trim());
    if (row && /^\s*\*/.test(line)) rows.push([row[1] ?? '']);
    else if (cell) rows.at(-1)?.push(cell[1] ?? '');
    else if (line.trim() !== '') {
      const last = rows.at(-1);
      if (last && last.length > 0) last[last.length - 1] = `${last.at(-1)} ${line.trim()}`;
    }
  }
  return tableLines(rows, Number(options.get('header-rows') ?? 0) > 0);
}

/**
 * A `.. csv-table::` body: one row a line, cells split at commas outside double quotes;
 * a `:header:` option gives the header row.
 */
export function csvTable(body: readonly string[], options: ReadonlyMap<string, string>): string[] {
  const header = options.get('header');
  const rows = body.filter((line) => line.trim() !== '').map((line) => csvCells(line.trim()));
  return tableLines(header ? [csvCells(header), ...rows] : rows, header !== undefined);
}

/** `"Mobile", "Kotlin, Swift"` → Mobile | Kotlin, Swift: commas inside quotes stay. */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line.charAt(i);
    if (char === '"' && quoted && line.charAt(i + 1) === '"') {
      cell += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  return [...cells, cell.trim()];
}
