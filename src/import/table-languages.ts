import type { Cell } from './table-cells.ts';
import { unbold } from './table-cells.ts';

// Common European Framework levels, as CV language grids give them per skill.
const LEVEL = /^[ABC][12]$/;
// "Mother tongue(s) | Romanian": the row that names the native languages.
export const NATIVE_LABEL =
  /^(?:mother\s+tongues?(?:\(s\))?|native\s+languages?|first\s+languages?)$/i;

/** A grid of languages by skill, its cells levels "A1" to "C2". */
export function isLanguageGrid(rows: Cell[][]): boolean {
  const levels = rows.flatMap((row) => row.slice(1)).filter((cell) => LEVEL.test(cell.text));
  return levels.length >= 3;
}

/**
 * "- English — C1 (Cambridge English: Advanced (CAE), 2012)": one item per language row of the
 * grid, at the level it gives most often; a row without a language under it is its note.
 */
export function languageItems(rows: Cell[][]): string[] {
  const items: { name: string; level: string; notes: string[] }[] = [];
  for (const row of rows) {
    const name = unbold(row[0]?.text ?? '');
    const levels = row.slice(1).flatMap((cell) => (LEVEL.test(cell.text) ? [cell.text] : []));
    const others = row
      .slice(1)
      .flatMap((cell) => (cell.text && !LEVEL.test(cell.text) ? [cell.text] : []));
    if (name && levels.length > 0) items.push({ name, level: mostOften(levels), notes: [] });
    else if (!name && levels.length === 0) items.at(-1)?.notes.push(...others);
  }
  return items.map(({ name, level, notes }) =>
    notes.length > 0 ? `- ${name} — ${level} (${notes.join('; ')})` : `- ${name} — ${level}`,
  );
}

/** "Romanian, Hungarian" beside "Mother tongue(s)": each a native language. */
export function nativeItems(value: Cell): string[] {
  return value.text
    .split(/\s*[,;/]\s*|\s+and\s+/)
    .filter(Boolean)
    .map((name) => `- ${unbold(name)} — native`);
}

function mostOften(levels: string[]): string {
  const counts = new Map<string, number>();
  for (const level of levels) counts.set(level, (counts.get(level) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? levels[0] ?? '';
}
