/**
 * An AsciiDoc table (`|===` … `|===`) as markdown. Its cells start with `|`, several on a line
 * or one a line; the column count comes from `cols="1,3"` or else from the first row's line.
 * A table with a header row (`options="header"`, or a first line set apart by a blank line)
 * becomes a markdown table; one without becomes a list, a row an item, its cells joined by
 * " — ", which is how a list of projects or links with their descriptions reads.
 */
export function tableMarkdown(body: string[], attributes: string): string[] {
  const columns = columnCount(attributes) ?? cellsOf(firstCellLine(body) ?? '').length;
  const cells = tableCells(body);
  if (columns === 0 || cells.length === 0) return [];
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; i += columns) rows.push(cells.slice(i, i + columns));
  const header = /\bheader\b|%header/.test(attributes) || impliedHeader(body);
  if (!header) return rows.map((row) => `- ${row.filter((cell) => cell !== '').join(' — ')}`);
  const [head = [], ...rest] = rows;
  const line = (row: string[]) => `| ${row.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rest.map(line)];
}

/** `cols="1,3"` → 2, `cols="3*"` → 3, `cols="2*,1"` → 3. */
function columnCount(attributes: string): number | undefined {
  const cols = /\bcols\s*=\s*"?([^"\]]+)"?/.exec(attributes)?.[1];
  if (!cols) return undefined;
  const parts = cols.split(/[,;]/).filter((part) => part.trim() !== '');
  const count = parts.reduce((sum, part) => {
    const times = /^\s*(\d+)\*/.exec(part);
    return sum + (times ? Number(times[1]) : 1);
  }, 0);
  return count > 0 ? count : undefined;
}

const firstCellLine = (body: string[]) => body.find((line) => line.trimStart().startsWith('|'));

/** The first line alone, then a blank line: AsciiDoc's implicit header row. */
function impliedHeader(body: string[]): boolean {
  const first = body.findIndex((line) => line.trim() !== '');
  return first >= 0 && body[first + 1]?.trim() === '' && body.length > first + 2;
}

/** Every cell in order; a line not opening with `|` continues the cell before it. */
function tableCells(body: string[]): string[] {
  const cells: string[] = [];
  for (const line of body) {
    if (line.trim() === '') continue;
    const opens = /^\s*(?:[\d.+*]*[<^>]?(?:\.[<^>])?[adehlmsv]?)\|/.test(line);
    if (!opens && cells.length > 0) {
      cells[cells.length - 1] = `${cells[cells.length - 1]} ${line.trim()}`.trim();
      continue;
    }
    cells.push(...cellsOf(line));
  }
  return cells;
}

/** The cells one line holds: split at `|` (not `\|`), each cell's style prefix dropped. */
function cellsOf(line: string): string[] {
  const parts = line.split(/(?<!\\)\|/);
  parts.shift();
  return parts.map((part, i) => {
    const next = parts[i + 1] === undefined ? part : part.replace(SPEC_AT_END, '');
    return next.replace(/\\\|/g, '|').trim();
  });
}

// A cell's style written before the `|` that opens the next one: `2+|`, `a|`, `^.^|`.
const SPEC_AT_END =
  /\s(?:(?:\d+\+|\d+\*)[<^>]?(?:\.[<^>])?[adehlmsv]?|[<^>](?:\.[<^>])?[adehlmsv]?|[ah])$/;
