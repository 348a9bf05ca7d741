import type { KnowledgeIndex, Snippet, Tech } from './knowledge-index.ts';
import { phraseTokens, preferSentences } from './knowledge-index.ts';
import { IMPLICATIONS, implyingTechnologies } from './meaning/implications.ts';

/** A technology found for a term, and the profile's evidence for it through the implications. */

/** The technology a term names, through the vocabulary, the profile's skills and aliases. */
export function techFor(index: KnowledgeIndex, term: string): Tech | undefined {
  const tokens = phraseTokens(term);
  const match = index.matchPhrases(tokens).find((m) => m.target.kind === 'tech');
  if (match?.target.kind !== 'tech') return undefined;
  // The whole term must be the technology ("Go" yes, "Go concurrency patterns" no).
  return match.end - match.start === tokens.length ? match.target.tech : undefined;
}

/**
 * "Containers", an implied skill asked by its own name: an everyday word ("container") is no
 * technology in running text, but the implication table's name is one.
 */
export function impliedByName(index: KnowledgeIndex, term: string): Tech | undefined {
  const row = IMPLICATIONS.find((r) => r.name.toLowerCase() === term.trim().toLowerCase());
  if (!row) return undefined;
  for (const alias of row.aliases) {
    const tech = techFor(index, alias);
    if (tech && (tech.vocabularyName ?? tech.name) === row.name) return tech;
  }
  return undefined;
}

/** Listed skills that imply a technology, by the implication table. */
export function listedVia(index: KnowledgeIndex, name: string): Tech[] {
  return implying(index, name).filter((t) => t.listed);
}

/** Lines that name the technology or one that implies it. */
export function mentionsOf(index: KnowledgeIndex, tech: Tech): Snippet[] {
  const children = implying(index, tech.vocabularyName ?? tech.name);
  return preferSentences([...new Set([...tech.evidence, ...children.flatMap((t) => t.evidence)])]);
}

const implyingCache = new WeakMap<KnowledgeIndex, Map<string, Tech[]>>();

/** The index's technologies that imply `name`, computed once per name. */
function implying(index: KnowledgeIndex, name: string): Tech[] {
  let cache = implyingCache.get(index);
  if (!cache) {
    cache = new Map();
    implyingCache.set(index, cache);
  }
  const key = name.toLowerCase();
  let found = cache.get(key);
  if (!found) {
    const names = new Set(implyingTechnologies(name).map((n) => n.toLowerCase()));
    found =
      names.size === 0
        ? []
        : index.techs.filter(
            (t) =>
              names.has(t.name.toLowerCase()) || names.has((t.vocabularyName ?? '').toLowerCase()),
          );
    cache.set(key, found);
  }
  return found;
}
