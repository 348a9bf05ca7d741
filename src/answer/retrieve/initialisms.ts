import type { Snippet } from './model.ts';

/** Shortest and longest initialism read from a run of words ("WER" from "word error rate"). */
const MIN_LETTERS = 3;
const MAX_LETTERS = 5;

/**
 * The lines that spell out an initialism: "wer" → the lines holding "word error rate". Built on
 * first use (most questions never need it) from runs of the lines' content words.
 */
export function initialismIndex(snippets: readonly Snippet[]) {
  let index: Map<string, Snippet[]> | undefined;
  const build = () => {
    const built = new Map<string, Snippet[]>();
    for (const snippet of snippets) {
      const seen = new Set<string>();
      const { stems } = snippet;
      for (let start = 0; start < stems.length; start++) {
        let letters = '';
        for (let end = start; end < stems.length && end - start < MAX_LETTERS; end++) {
          const first = stems[end]?.charAt(0) ?? '';
          if (!/[a-z]/.test(first)) break;
          letters += first;
          if (letters.length < MIN_LETTERS || seen.has(letters)) continue;
          seen.add(letters);
          const list = built.get(letters) ?? [];
          list.push(snippet);
          built.set(letters, list);
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
