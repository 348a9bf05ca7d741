import { contentStems } from '../text.ts';
import type { Snippet } from './model.ts';

/** Shortest and longest initialism read from a run of words ("WER" from "word error rate"). */
const MIN_LETTERS = 3;
const MAX_LETTERS = 5;
/** A compound of three or more words joined by hyphens. */
const COMPOUND = /\b[a-z]+(?:-[a-z]+){2,}\b/gi;
/** What separates the items of a list or the clauses of a line. */
const CLAUSE = /[,;:|·•()[\]/]+|\s[–—-]\s/;

/**
 * The lines that spell out an initialism: "wer" → the lines holding "word error rate". Built on
 * first use (most questions never need it) from runs of the lines' content words.
 */
export function initialismIndex(snippets: readonly Snippet[]) {
  let index: Map<string, Snippet[]> | undefined;
  const build = () => {
    const built = new Map<string, Snippet[]>();
    const add = (letters: string, snippet: Snippet) => {
      const list = built.get(letters) ?? [];
      if (!list.includes(snippet)) list.push(snippet);
      built.set(letters, list);
    };
    for (const snippet of snippets) {
      // "right-to-left" is RTL: every part of a compound counts, the small words its stems
      // leave out too.
      for (const m of snippet.text.matchAll(COMPOUND)) {
        const letters = m[0]
          .toLowerCase()
          .split('-')
          .map((part) => part.charAt(0))
          .join('');
        if (letters.length >= MIN_LETTERS && letters.length <= MAX_LETTERS) add(letters, snippet);
      }
      const seen = new Set<string>();
      // Within one item of a list: "GitLab CI, Prometheus" spells no "GCP".
      for (const clause of snippet.text.split(CLAUSE)) {
        const stems = contentStems(clause);
        for (let start = 0; start < stems.length; start++) {
          let letters = '';
          for (let end = start; end < stems.length && end - start < MAX_LETTERS; end++) {
            const first = stems[end]?.charAt(0) ?? '';
            if (!/[a-z]/.test(first)) break;
            letters += first;
            if (letters.length < MIN_LETTERS || seen.has(letters)) continue;
            seen.add(letters);
            add(letters, snippet);
          }
        }
      }
    }
    return built;
  };
  return (term: string): readonly Snippet[] => {
    if (term.length < MIN_LETTERS || term.length > MAX_LETTERS || !/^[a-z]+$/.test(term)) return [];
    index ??= build();
    return index.get(term) ?? [];
  };
}
