import type { Profile } from '../knowledge/schema.ts';
import { isSpokenLanguageName } from './language-names.ts';
import { LEVEL_WORDS } from './prose-languages.ts';

// How well, as a sentence says it: the words a level is written with, and the phrases only a
// sentence uses ("my mother tongue", "at around B1", "a bit of Spanish").
const SPOKEN_LEVEL = new RegExp(
  `(?<![\\p{L}])(?:(?:around |about )?${LEVEL_WORDS}|mother tongue|first language|upper[- ]intermediate|beginner|elementary|a (?:little|bit))(?![\\p{L}])`,
  'iu',
);

/**
 * Languages a paragraph tells of, each with the level its own clause gives: "I also speak
 * German at around B1 — …; a bit of Spanish". Only a prose line; a language named in a clause
 * with no level ("like every Portuguese person") is not read from it.
 */
export function languagesInSentences(text: string): Profile['languages'] {
  if (text.split(/\s+/).length < 8 || !/[.!?]/.test(text)) return [];
  const out: Profile['languages'] = [];
  for (const clause of text.split(/(?<=[.!?;])\s+|\s+[—–]\s+|,\s+|\s+and\s+/)) {
    const named = (clause.match(/\p{Lu}\p{Ll}+/gu) ?? []).filter(isSpokenLanguageName);
    const level = SPOKEN_LEVEL.exec(clause)?.[0];
    const name = named[0];
    if (named.length !== 1 || !name || !level || out.some((l) => l.name === name)) continue;
    const said = /^native$/i.test(level) && /\bnative language\b/i.test(clause) ? 'native' : level;
    out.push({ name, proficiency: said.replace(/^a (little|bit)$/i, 'a $1') });
  }
  return out.length >= 2 ? out : [];
}
