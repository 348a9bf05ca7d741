import { alternativesOf } from '../meaning/related.ts';
import { initialismIndex } from './initialisms.ts';
import type { SearchHit, Snippet } from './model.ts';

/**
 * BM25 over the snippets' stems, through an inverted index so that a search touches only the
 * lines sharing a word (or a word of the same meaning) with the question.
 */
export function createSearch(snippets: readonly Snippet[]) {
  const df = new Map<string, number>();
  for (const s of snippets) for (const st of new Set(s.stems)) df.set(st, (df.get(st) ?? 0) + 1);
  const avgLength = snippets.reduce((n, s) => n + s.stems.length, 0) / Math.max(1, snippets.length);
  const idfs = new Map<string, number>();
  const idf = (st: string) => {
    let value = idfs.get(st);
    if (value === undefined) {
      value = Math.log(1 + (snippets.length - (df.get(st) ?? 0) + 0.5) / ((df.get(st) ?? 0) + 0.5));
      if (idfs.size > 20_000) idfs.clear();
      idfs.set(st, value);
    }
    return value;
  };

  const postings = invertedIndex(snippets);
  const spelledOut = initialismIndex(snippets);
  // A word no line holds may be an initialism a line spells out: "WER", "word error rate". Only
  // the asked word itself: "car", a word of the same meaning as "AUTOSAR", is no initialism.
  const linesFor = (alternative: string, asked: string) =>
    postings.get(alternative) ??
    (df.has(alternative) || alternative !== asked
      ? []
      : spelledOut(alternative).map((snippet) => ({ snippet, tf: 1 })));

  const search = (queryStems: readonly string[], filter?: (s: Snippet) => boolean): SearchHit[] => {
    const unique = [...new Set(queryStems)];
    const totalWeight = unique.reduce((n, st) => n + idf(st), 0) || 1;
    // `term` is the last question word a line was credited for, so each counts once.
    const found = new Map<Snippet, SearchHit & { term: number }>();
    for (let t = 0; t < unique.length; t++) {
      const term = unique[t] ?? '';
      const share = idf(term) / totalWeight;
      for (const [alternative, factor] of alternativesOf(term)) {
        const w = idf(alternative) * factor;
        for (const { snippet, tf } of linesFor(alternative, term)) {
          if (filter && !filter(snippet)) continue;
          let hit = found.get(snippet);
          if (!hit) {
            hit = { snippet, score: 0, coverage: 0, term: -1 };
            found.set(snippet, hit);
          }
          hit.score +=
            (w * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * snippet.stems.length) / avgLength));
          if (hit.term === t) continue;
          hit.term = t;
          hit.coverage += share * factor;
        }
      }
    }
    return [...found.values()].sort((a, b) => b.score - a.score || a.snippet.id - b.snippet.id);
  };
  // The lines holding a stem, as written: no words of the same meaning, no initialisms.
  const linesWith = (stem: string): Snippet[] => (postings.get(stem) ?? []).map((p) => p.snippet);
  return Object.assign(search, { linesWith });
}

/** Each stem to the lines holding it and how often. */
function invertedIndex(snippets: readonly Snippet[]) {
  const postings = new Map<string, { snippet: Snippet; tf: number }[]>();
  for (const snippet of snippets) {
    const counts = new Map<string, number>();
    for (const st of snippet.stems) counts.set(st, (counts.get(st) ?? 0) + 1);
    for (const [st, tf] of counts) {
      const list = postings.get(st) ?? [];
      list.push({ snippet, tf });
      postings.set(st, list);
    }
  }
  return postings;
}
