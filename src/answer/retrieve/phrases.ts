import type { Profile } from '../../knowledge/schema.ts';
import { CATEGORY_WORDS, TAG_LABELS } from '../vocabulary/index.ts';
import {
  type CategoryRef,
  type PhraseMatch,
  phraseTokens,
  type Target,
  type Tech,
} from './model.ts';

export interface Phrase {
  tokens: string[];
  target: Target;
}

/**
 * Every phrase a question may use for a technology, a skill group, an employer or a project,
 * by first word, longest first. Later lists win on equal length: a profile's category beats a
 * generic tag, and a project name beats both.
 */
export function phraseTable(profile: Profile, techWords: Map<Tech, string[]>) {
  const phrase = (w: string, target: Target): Phrase => ({ tokens: phraseTokens(w), target });
  const techPhrases = [...techWords].flatMap(([tech, words]) =>
    [...new Set(words)].map((w) => phrase(w, { kind: 'tech', tech })),
  );
  // Employers by name: "her job at Sóng Pay".
  const rolePhrases = profile.roles.map((role) => phrase(role.company, { kind: 'role', role }));
  const projectPhrases = profile.projects.flatMap((project) =>
    [project.name, ...project.aliases].map((w) => phrase(w, { kind: 'project', project })),
  );
  const byFirst = new Map<string, Phrase[]>();
  const all = [...techPhrases, ...categoryPhrases(profile), ...rolePhrases, ...projectPhrases];
  for (const p of all) {
    const first = p.tokens[0];
    if (!first) continue;
    const list = byFirst.get(first) ?? [];
    list.push(p);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values())
    list.reverse().sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
}

/** Generic words for vocabulary tags, then the profile's own categories (which win a tie). */
function categoryPhrases(profile: Profile): Phrase[] {
  const out: Phrase[] = [];
  const add = (words: Iterable<string>, category: CategoryRef) => {
    for (const w of words)
      out.push({ tokens: phraseTokens(w), target: { kind: 'category', category } });
  };
  for (const [tag, words] of Object.entries(CATEGORY_WORDS))
    add(words, { key: `tag:${tag}`, tag, label: TAG_LABELS[tag] ?? words[0] ?? tag });
  for (const category of profile.skills) {
    const ref = { key: `category:${category.id}`, categoryId: category.id, label: category.name };
    add(new Set([category.name, category.id.replace(/-/g, ' '), ...category.aliases]), ref);
  }
  return out;
}

/** Greedy longest-phrase matching over a question's or a line's words. */
export function phraseMatcher(byFirst: ReadonlyMap<string, Phrase[]>) {
  return (tokens: readonly string[]): PhraseMatch[] => {
    const out: PhraseMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = longestAt(byFirst.get(tokens[i] ?? ''), tokens, i);
      if (hit) {
        out.push({ start: i, end: i + hit.tokens.length, target: hit.target });
        i += hit.tokens.length;
      } else i++;
    }
    return out;
  };
}

/** The first of `candidates` (longest first) whose words stand in `tokens` from `at` on. */
function longestAt(
  candidates: readonly Phrase[] | undefined,
  tokens: readonly string[],
  at: number,
): Phrase | undefined {
  if (!candidates) return undefined;
  for (const p of candidates) {
    let k = 0;
    while (k < p.tokens.length && tokens[at + k] === p.tokens[k]) k++;
    if (k === p.tokens.length) return p;
  }
  return undefined;
}
