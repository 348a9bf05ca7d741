import { IMPLICATIONS } from '../meaning/implications.ts';
import { allTechnologies, CATEGORY_WORDS } from '../vocabulary/index.ts';
import { phraseTokens } from './model.ts';

/**
 * Every word of the built-in vocabulary a knowledge index splits into phrase words: each
 * technology's names, the implied skills' names, the skill groups' words.
 */
export function vocabularyWords(): string[] {
  const words = new Set<string>();
  for (const tech of allTechnologies()) for (const w of [tech.name, ...tech.aliases]) words.add(w);
  for (const implied of IMPLICATIONS)
    for (const w of [implied.name, ...implied.aliases]) words.add(w);
  for (const group of Object.values(CATEGORY_WORDS)) for (const w of group) words.add(w);
  return [...words];
}

/**
 * The phrase words of every vocabulary word, as JSON. They depend on the vocabulary alone, so
 * scripts/build.mjs computes them once and the compiled program starts with them (see
 * `phraseTokens`) instead of splitting some two thousand names on every start.
 */
export function vocabularyTokensJson(): string {
  return JSON.stringify(Object.fromEntries(vocabularyWords().map((w) => [w, phraseTokens(w)])));
}
