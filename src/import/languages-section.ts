/** The spoken-languages section: one language a line or item, Europass grids included. */
import type { Table } from 'mdast';
import type { Profile } from '../knowledge/schema.ts';
import { isSpokenLanguage } from '../knowledge/spoken-languages.ts';
import { isSpokenEntry, languageWords, readLanguage } from './entry-readers.ts';
import { splitList } from './entry-text.ts';
import { isSpokenLanguageName, MOTHER_TONGUE_LABEL } from './language-names.ts';
import { plain } from './line-text.ts';
import { flatten, type Line, linesOf } from './markdown-lines.ts';
import type { Draft, RawSection } from './markdown-sections.ts';
import { languagesInSentences } from './sentence-languages.ts';

export function readLanguagesSection(
  section: RawSection,
  draft: Draft,
): { note: string; leftover: string[] } {
  const grids = section.body.flatMap((node) =>
    node.type === 'table' ? (cefrGrid(node) ?? []) : [],
  );
  const body = section.body.filter((node) => !grids.some((grid) => grid.table === node));
  const lines = flatten(linesOf(body));
  // Lines that name no spoken language (a column a converter interleaved) stay as text.
  const leftover: string[] = grids.flatMap((grid) => grid.leftover);
  for (const grid of grids) draft.languages.push(...grid.languages);
  for (const line of lines) {
    const europass = europassLanguages(line);
    if (europass) {
      draft.languages.push(...europass);
      continue;
    }
    // "Portuguese is my native language and I'm fluent in English.": told in sentences.
    const told = languagesInSentences(line.text);
    if (told.length > 0) {
      draft.languages.push(...told.filter((l) => !draft.languages.some((d) => d.name === l.name)));
      leftover.push(line.text);
      continue;
    }
    const listed =
      (line.label && line.rest) || oneLanguage(line.text) ? [line.text] : splitList(line.text);
    const parts = listed.length === 1 ? byLanguageName(line.text) : listed;
    if (!parts.some(isSpokenEntry)) {
      // "Parlo italiano, English every day, and un po' de español": named, no levels listed.
      const named = languageWords(line.text);
      if (named.length >= 2)
        draft.languages.push(
          ...named
            .filter((name) => !draft.languages.some((d) => d.name === name))
            .map((name) => ({ name })),
        );
      if (line.text) leftover.push(line.text);
      continue;
    }
    for (const part of parts) {
      const language = readLanguage(part);
      // "Parlo italiano (madrelingua)", "English every day at work": a phrase naming one.
      const words = language.name.split(/\s+/).length;
      const phrase = words > 1 && !isSpokenLanguage(language.name);
      const said = phrase ? languageWords(language.name) : [];
      if (said.length === 1 && said[0]) draft.languages.push({ ...language, name: said[0] });
      else if (language.name && (!phrase || words <= 2)) draft.languages.push(language);
      else if (language.name) leftover.push(part);
    }
  }
  return { note: `spoken languages (${draft.languages.length})`, leftover };
}

/**
 * "Czech – native — English – fluent (C1) — German – intermediate (B1)": dashes between every
 * name and level, each language opening an item of its own.
 */
function byLanguageName(text: string): string[] {
  const items: string[][] = [];
  for (const segment of text.split(/\s+[—–]\s+/)) {
    const word = /^[\p{L}-]+/u.exec(segment)?.[0] ?? '';
    if (items.length === 0 || isSpokenLanguageName(word)) items.push([segment]);
    else items.at(-1)?.push(segment);
  }
  return items.length > 1 ? items.map((item) => item.join(' – ')) : [text];
}

/** "Polish — basic, conversational": one language, then its level, commas and all. */
function oneLanguage(text: string): boolean {
  const dashed = /^(\S[^—–]*?)\s+[—–]\s+(.+)$/.exec(text);
  return (
    !!dashed?.[1] &&
    !!dashed[2] &&
    isSpokenLanguageName(dashed[1]) &&
    !dashed[2].split(/[\s,;·|/—–-]+/).some(isSpokenLanguageName)
  );
}

const CEFR_LEVELS = /^(?:[ABC][12]\s*,?\s*)+$/;

/**
 * Europass: "Mother tongue(s): Romanian", and a grid row "English: C1, C1, C1, C1, B2" (one
 * level a skill): the languages, native or from their lowest to their best level ("B2–C1").
 */
function europassLanguages(line: Line): Profile['languages'] | undefined {
  const label = line.label?.trim() ?? '';
  const rest = line.rest?.trim() ?? '';
  if (!label || !rest) return undefined;
  if (MOTHER_TONGUE_LABEL.test(label))
    // "Italiano (Madrelingua)": the bracket repeats what the label says.
    return splitList(rest.replace(/\s*\([^()]*\)/g, ''))
      .filter(isSpokenLanguageName)
      .map((name) => ({ name, proficiency: 'native' }));
  if (!isSpokenLanguageName(label) || !CEFR_LEVELS.test(rest)) return undefined;
  // "B2, C1, B2, B2, B2": one level a skill; the range says what the grid says.
  const levels = [...rest.matchAll(/[ABC][12]/g)].map((m) => m[0]).sort();
  const [lowest, highest] = [levels[0], levels.at(-1)];
  const proficiency = lowest && highest && lowest !== highest ? `${lowest}–${highest}` : highest;
  return [{ name: label, ...(proficiency ? { proficiency } : {}) }];
}

const SKILL_COLUMN =
  /\b(?:listening|reading|spoken|speaking|writing|understanding|interaction|production)\b/i;
const CEFR = /\b([ABC][12])\b/;

/**
 * The Europass self-assessment grid: "| Other language(s) | UNDERSTANDING Listening | … |
 * WRITING |", a row a language, a CEFR level a cell. Each language keeps the span of its levels
 * ("C1–C2"); a row naming no language (a certificate under the grid) stays as text.
 */
function cefrGrid(
  table: Table,
): { table: Table; languages: Profile['languages']; leftover: string[] } | undefined {
  const [header, ...rows] = table.children.map((row) =>
    row.children.map((cell) => plain(cell.children).trim()),
  );
  if (!header || header.filter((cell) => SKILL_COLUMN.test(cell)).length < 3) return undefined;
  const languages: Profile['languages'] = [];
  const leftover: string[] = [];
  for (const [name = '', ...cells] of rows) {
    const levels = cells.flatMap((cell) => CEFR.exec(cell)?.[1] ?? []).sort();
    if (!isSpokenLanguageName(name) || levels.length === 0) {
      leftover.push(...[name, ...cells].filter(Boolean));
      continue;
    }
    const [low, high] = [levels[0], levels.at(-1)];
    languages.push({ name, proficiency: low === high ? `${low}` : `${low}–${high}` });
  }
  return { table, languages, leftover };
}
