import Fuse from 'fuse.js';
import { editDistance } from '../text.ts';

/**
 * Typo correction is the one place fuzziness is needed: fuse.js over the words the index and
 * the intents know, memoised because the same misspellings come back. A correction keeps the
 * first letter, so each letter gets its own, much smaller, index.
 */
export function createCorrector(targets: readonly string[], fuzzyThreshold: number) {
  const byLetter = new Map<string, string[]>();
  for (const word of targets) {
    const list = byLetter.get(word[0] ?? '');
    if (list) list.push(word);
    else byLetter.set(word[0] ?? '', [word]);
  }
  const fuses = new Map<string, Fuse<string>>();
  const fuseFor = (letter: string) => {
    let fuse = fuses.get(letter);
    if (!fuse) {
      fuse = new Fuse(byLetter.get(letter) ?? [], {
        includeScore: true,
        threshold: fuzzyThreshold,
        ignoreLocation: true,
        minMatchCharLength: 3,
      });
      fuses.set(letter, fuse);
    }
    return fuse;
  };
  const corrections = new Map<string, string | null>();
  return (token: string): string | null => {
    let hit = corrections.get(token);
    if (hit === undefined) {
      const maxEdits = token.length >= 8 ? 2 : 1;
      const best = fuseFor(token[0] ?? '')
        .search(token, { limit: 5 })
        // Same first letter, length within one: "kubernetis" is Kubernetes, "recommend" is not
        // "recommender".
        .find(
          (r) =>
            r.item[0] === token[0] &&
            Math.abs(r.item.length - token.length) <= 1 &&
            // A swap in a word of five letters or fewer is as likely another word ("valeu").
            editDistance(token, r.item, maxEdits, token.length >= 6) <= maxEdits &&
            // A short word one letter away is as likely another word ("tall" is not "talk");
            // only swapped letters ("tlak") are taken as a typo.
            (token.length > 4 || sameLetters(token, r.item)),
        );
      hit = best?.item ?? null;
      if (corrections.size > 10_000) corrections.clear();
      corrections.set(token, hit);
    }
    return hit;
  };
}

function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}
