import Fuse from 'fuse.js';
import type { Snippet } from '../knowledge-index.ts';
import type { Knowledge } from '../pipeline/types.ts';

/**
 * Lines holding a word spelled close to a word asked: "networks" and "Netwerken", "coaching" and
 * "coachen", "automation" and "Automatisierung". A profile written in another language names
 * things in it; where such a word stands, an asked field may be stated, so no "no" is said past
 * it.
 */
const finders = new WeakMap<Knowledge, { fuse: Fuse<string>; lines: Map<string, Snippet[]> }>();

function finderFor(k: Knowledge) {
  let finder = finders.get(k);
  if (!finder) {
    const lines = new Map<string, Snippet[]>();
    for (const snippet of k.index.snippets) {
      for (const word of snippet.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []) {
        const held = lines.get(word);
        if (!held) lines.set(word, [snippet]);
        else if (held.at(-1) !== snippet) held.push(snippet);
      }
    }
    finder = {
      fuse: new Fuse([...lines.keys()], { threshold: 0.3, includeScore: true }),
      lines,
    };
    finders.set(k, finder);
  }
  return finder;
}

export function nearLines(k: Knowledge, words: readonly string[]): Snippet[] {
  const { fuse, lines } = finderFor(k);
  const found = new Set<Snippet>();
  for (const word of words.filter((w) => w.length >= 5)) {
    for (const hit of fuse.search(word.toLowerCase(), { limit: 3 }))
      for (const line of lines.get(hit.item) ?? []) found.add(line);
  }
  return [...found];
}
