import { gfmTable } from './gfm-table.ts';

/**
 * Pandoc writes a Word document's tables as grid tables (`+----+----+` rules, `|` between
 * cells), which markdown readers do not know. A CV laid out in a two-column table (Europass:
 * "Dates | 01/03/2019 – CURRENT", "Employer | **Acme** – Milan") is unrolled into the lines it
 * holds, each label beside its text; a table of more columns becomes a pipe table.
 */
const RULE = /^\+(?:[-=:]+\+)+\s*$/;
const ROW = /^\|.*\|\s*$/;

// Labels of the Europass layout that say nothing the text beside them does not: the date range,
// the bold position and the employer line are read as an entry.
const ENTRY_LABELS =
  /^(?:dates?|from\s*[–-]\s*to|occupation or position held|position held|employer|name and address of employer|main activities and responsibilities|title of qualification awarded|organisation providing education(?: and training)?|name and type of organisation.*)$/i;

export function unrollGridTables(text: string): { text: string; tables: number } {
  const lines = text.split('\n');
  const out: string[] = [];
  let tables = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!RULE.test(line)) {
      out.push(line);
      continue;
    }
    let end = i + 1;
    while (end < lines.length && (RULE.test(lines[end] ?? '') || ROW.test(lines[end] ?? ''))) end++;
    const rows = gridRows(lines.slice(i, end));
    if (rows.length === 0) {
      out.push(line);
      continue;
    }
    tables++;
    out.push('', ...(rows.every((r) => r.length === 2) ? unrolled(rows) : asPipeTable(rows)), '');
    i = end - 1;
  }
  return { text: out.join('\n'), tables };
}

/** The table's rows, each a list of cells, each cell its lines (common indent taken off). */
function gridRows(block: readonly string[]): string[][][] {
  const rule = block[0] ?? '';
  const edges = [...rule.matchAll(/\+/g)].map((m) => m.index);
  const rows: string[][][] = [];
  let current: string[][] = edges.slice(1).map(() => []);
  for (const line of block.slice(1)) {
    if (RULE.test(line)) {
      if (current.some((cell) => cell.some((l) => l.trim() !== ''))) rows.push(current.map(dedent));
      current = edges.slice(1).map(() => []);
      continue;
    }
    edges.slice(1).forEach((edge, c) => {
      current[c]?.push(line.slice((edges[c] ?? 0) + 1, edge).replace(/\s+$/, ''));
    });
  }
  return rows;
}

function dedent(cell: string[]): string[] {
  const filled = cell.filter((l) => l.trim() !== '');
  const indent = Math.min(...filled.map((l) => /^\s*/.exec(l)?.[0].length ?? 0));
  // "\- Firmware in C …": a dash typed in the document, escaped by pandoc, opens an item.
  const lines = cell.map((l) =>
    l.slice(Number.isFinite(indent) ? indent : 0).replace(/^\\- /, '- '),
  );
  while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
  return lines;
}

/** "Label | text" rows as lines: a capitalised section label as a heading, others labelled. */
function unrolled(rows: readonly string[][][]): string[] {
  const labelOf = (row: string[][] | undefined) =>
    (row?.[0] ?? []).join(' ').replace(/\s+/g, ' ').trim();
  return rows.flatMap(([, right = []], r) => {
    const label = labelOf(rows[r]);
    const body = right.some((l) => l.trim() !== '') ? right : [];
    if (label === '') return [...body, ''];
    if (ENTRY_LABELS.test(label)) return [...body, ''];
    const filled = body.filter((l) => l.trim() !== '');
    // "PERSONAL INFORMATION" over several lines (or rows without a label of their own) titles
    // them; "POSITION | Staff Engineer" labels one.
    const titles = filled.length > 1 || (rows[r + 1] !== undefined && labelOf(rows[r + 1]) === '');
    if (titles && label === label.toUpperCase() && /\p{Lu}{3}/u.test(label))
      return [`**${label}**`, '', ...body, ''];
    if (filled.length <= 1) return [`**${label}:** ${filled.join(' ').trim()}`, ''];
    return [`**${label}:**`, '', ...body, ''];
  });
}

function asPipeTable(rows: readonly string[][][]): string[] {
  const cells = rows.map((row) =>
    row.map((cell) => cell.join(' ').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')),
  );
  return gfmTable(cells).split('\n');
}
