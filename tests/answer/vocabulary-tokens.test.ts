import { describe, expect, it } from 'vitest';
import { phraseTokens } from '../../src/answer/retrieve/model.ts';
import { vocabularyWords } from '../../src/answer/retrieve/vocabulary-tokens.ts';
import { TECHNOLOGIES } from '../../src/answer/vocabulary/technologies.ts';

// A plain .mjs script without types: imported by a name TypeScript does not follow.
const BUILD_SCRIPT = '../../scripts/build.mjs';

describe('the vocabulary phrase words the compiled program starts with', () => {
  it('are, word for word, what the sources compute', async () => {
    const build = (await import(BUILD_SCRIPT)) as { vocabularyTokensJson: () => Promise<string> };
    const readyMade = JSON.parse(await build.vocabularyTokensJson()) as Record<string, string[]>;
    const words = vocabularyWords();
    expect(Object.keys(readyMade)).toEqual(words);
    expect(readyMade).toEqual(Object.fromEntries(words.map((w) => [w, phraseTokens(w)])));
  });
});

describe('the built-in vocabulary', () => {
  it('has no alias of one character, which ordinary text holds everywhere ("people\'s")', () => {
    const short = TECHNOLOGIES.flatMap((t) => t.aliases.filter((a) => a.trim().length <= 1));
    expect(short).toEqual([]);
  });
});
