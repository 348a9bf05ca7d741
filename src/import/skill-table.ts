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
