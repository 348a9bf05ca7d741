import type { PhrasingContent, Table } from 'mdast';

// Headers of a skills table with one skill per row: "| Name | Category | Level | Years |".
const SKILL_COLUMNS: readonly [RegExp, 'name' | 'category' | 'level' | 'years'][] = [
  [/^(?:name|skills?|technolog(?:y|ies)|tech|tools?|languages?|frameworks?)$/i, 'name'],
  [/^(?:category|type|area|group|domain|kind)$/i, 'category'],
  [/^(?:level|proficiency|expertise|comfort|skill level)$/i, 'level'],
  [/^(?:years?|yrs|years of experience|experience(?: \(years\))?|since)$/i, 'years'],
];

/**
 * A table whose header names a skill column first and then its category, level or years: each
 * row becomes the phrasing of "Category: Name (level, N years)", as a skills list writes it.
 * `cellText` reads a cell as the line reader does.
 */
export function skillTableRows(
  table: Table,
  cellText: (cell: PhrasingContent[]) => string,
): PhrasingContent[][] | undefined {
  const headers = (table.children[0]?.children ?? []).map((cell) => cellText(cell.children));
  const kinds = headers.map((h) => SKILL_COLUMNS.find(([pattern]) => pattern.test(h))?.[1]);
  if (kinds[0] !== 'name' || !kinds.slice(1).some((kind) => kind && kind !== 'name')) return;
  return table.children.slice(1).flatMap((row) => {
    const texts = row.children.map((cell) => cellText(cell.children));
    const name = texts[0];
    if (!name) return [];
    const category = texts[kinds.indexOf('category')];
    const level = texts[kinds.indexOf('level')];
    const years = texts[kinds.indexOf('years')];
    const notes = [level, years && /^\d+(?:\.\d+)?\+?$/.test(years) ? `${years} years` : years];
    const note = notes.filter(Boolean).join(', ');
    const item = note ? `${name} (${note})` : name;
    const nodes: PhrasingContent[] = category
      ? [{ type: 'strong', children: [{ type: 'text', value: `${category}:` }] }]
      : [];
    nodes.push({ type: 'text', value: category ? ` ${item}` : item });
    return [nodes];
  });
}

// Column headers of tables read row by row: never a group of skills.
const ROW_COLUMNS =
  /^(?:name|project|projects|repo|repository|description|what|about|stars?|⭐|link|links|url|year|years|date|dates|when|role|company|employer|title|level|category|type|status|issuer|credential|expires|issued|tech|stack|notes?|skill|skills|tool|tools)$/i;

/**
 * A grid of competencies: each column a group named in the header ("Identity governance |
 * Access management"), each cell a short competency. Read column by column, as "Group: a, b,
 * c", rather than taking each row's first cell for a group.
 */
export function competencyColumns(
  table: Table,
  cellText: (cell: PhrasingContent[]) => string,
): PhrasingContent[][] | undefined {
  const [header, ...rows] = table.children;
  const groups = (header?.children ?? []).map((cell) => cellText(cell.children));
  if (groups.length < 2 || rows.length < 2) return undefined;
  if (groups.some((g) => !g || ROW_COLUMNS.test(g) || /\d/.test(g) || g.split(/\s+/).length > 5))
    return undefined;
  const cells = rows.map((row) => row.children.map((cell) => cell.children));
  const short = (cell: PhrasingContent[] | undefined) =>
    cell !== undefined &&
    !cell.some((n) => n.type === 'link') &&
    cellText(cell).split(/\s+/).length <= 8 &&
    !/[.!?]$/.test(cellText(cell));
  if (!cells.every((row) => row.length === groups.length && row.every(short))) return undefined;
  return groups.map((group, column) => {
    const items = cells.map((row) => cellText(row[column] ?? [])).filter(Boolean);
    return [
      { type: 'strong', children: [{ type: 'text', value: `${group}:` }] },
      { type: 'text', value: ` ${items.join(', ')}` },
    ];
  });
}
