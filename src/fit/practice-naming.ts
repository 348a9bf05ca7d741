import type { ProfileSupport, Support } from '../answer/support.ts';
import { technologyNamed } from '../answer/vocabulary/index.ts';
import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import { technologiesInRequirement } from './technologies.ts';

/** Longest run of words tried as a requirement's own name for a technology. */
const MAX_NAME_WORDS = 3;

// "modelling" and "modeling" are one word: doubled letters are spelling, not meaning.
const normal = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .replace(/(\p{L})\1/gu, '$1')
    .trim();

/** The phrases of a requirement the vocabulary reads as `canonical`: "on-call" for Incident management. */
function namingsIn(text: string, canonical: string, support: ProfileSupport): string[] {
  const words = text.match(/[\p{L}\d][\p{L}\d+#.-]*/gu) ?? [];
  const found: string[] = [];
  for (let size = 1; size <= MAX_NAME_WORDS; size += 1) {
    for (let start = 0; start + size <= words.length; start += 1) {
      const phrase = words.slice(start, start + size).join(' ');
      if (technologiesInRequirement(support, phrase).includes(canonical)) found.push(phrase);
    }
  }
  return found;
}

/** A practice's name is plain words ("Incident management"), where a tool's is a proper name. */
const PRACTICE = /^[\p{Lu}\p{Ll}][\p{Ll}-]*(?:\s+[\p{Ll}][\p{Ll}-]*)+$/u;

/**
 * A practice the requirement names in lower case ("on-call") is shown only by that practice
 * written in the knowledge: a vocabulary entry that groups it with other practices ("incident
 * response") makes the profile close, never a match. Proper names of tools keep their aliases.
 */
export function heldOnlyThroughVocabulary(
  text: string,
  result: Support,
  support: ProfileSupport,
): boolean {
  if (result.status === 'absent' || result.status === 'implied') return false;
  if (normal(text).includes(normal(result.canonical))) return false;
  const namings = namingsIn(text, result.canonical, support);
  if (namings.length === 0) return false;
  // "On-call exp" opens a list item with a capital: a practice's naming there is no proper name.
  const opening = (n: string) =>
    PRACTICE.test(result.canonical) && text.trimStart().startsWith(n.split(' ')[0] ?? n);
  // "k8s" in lower case is still an abbreviation of a name: plain words hold no digits.
  const proper = (n: string) => /[\p{Lu}\d]/u.test(opening(n) ? n.slice(1) : n);
  if (namings.some(proper)) return false;
  // "postgres" for PostgreSQL: a tool's own spelling, in lower case, is still its name.
  const tool = technologyNamed(result.canonical);
  if (tool && !tool.tags.includes('practice')) {
    const spellings = new Set([tool.name, ...tool.aliases].map(normal));
    if (namings.some((n) => spellings.has(normal(n)))) return false;
  }
  const lines = result.evidence.map((line) => ` ${normal(line.text)} `);
  return !namings.some((n) => lines.some((line) => wordIn(line, normal(n))));
}

const wordIn = (line: string, phrase: string): boolean =>
  new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(phrase)}(?![\\p{L}\\d])`, 'u').test(line);
