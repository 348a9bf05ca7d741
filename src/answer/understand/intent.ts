import { phraseTokens } from '../knowledge-index.ts';

/** Phrases that say which kind of answer a question wants, and how much each kind weighs. */
export interface IntentTable {
  name: string;
  phrases: readonly string[];
  weight: number;
}

interface IntentPhrase {
  tokens: string[];
  topic: string;
  score: number;
}

/**
 * The intent whose phrase scores highest (weight, plus half a point a word beyond the first),
 * and the positions its phrases explain.
 */
export function createIntentMatcher(intents: readonly IntentTable[]) {
  const byFirst = new Map<string, IntentPhrase[]>();
  for (const { name, phrases, weight } of intents) {
    for (const phrase of phrases) {
      const tokens = phraseTokens(phrase);
      const first = tokens[0];
      if (!first) continue;
      const entry = { tokens, topic: name, score: weight + 0.5 * (tokens.length - 1) };
      byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
    }
  }
  const words = new Set([...byFirst.values()].flat().flatMap((p) => p.tokens));
  const match = (tokens: readonly string[], explained: Set<number>): string | undefined => {
    let intent: string | undefined;
    let best = 0;
    const hits: { start: number; phrase: IntentPhrase }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const phrases = byFirst.get(tokens[i] as string);
      if (!phrases) continue;
      for (const phrase of phrases) {
        if (!standsAt(phrase.tokens, tokens, i)) continue;
        hits.push({ start: i, phrase });
        if (phrase.score > best) {
          best = phrase.score;
          intent = phrase.topic;
        }
      }
    }
    for (const hit of hits) {
      if (hit.phrase.topic !== intent) continue;
      for (let k = 0; k < hit.phrase.tokens.length; k++) explained.add(hit.start + k);
    }
    return intent;
  };
  return Object.assign(match, { words });
}

/** `phrase` word for word in `tokens` from `at` on. */
function standsAt(phrase: readonly string[], tokens: readonly string[], at: number): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k] !== phrase[k]) return false;
  return true;
}
