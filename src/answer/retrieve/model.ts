/** What the index is made of: knowledge lines, technologies, and how words are matched. */
import type { Profile, Project, Role, Skill, SkillCategory } from '../../knowledge/schema.ts';
import type { Topic } from '../answer.ts';
import { normalize, STOPWORDS, tokenize } from '../text.ts';

/** One line of knowledge that can be quoted as evidence or found by full-text search. */
export interface Snippet {
  id: number;
  /** Where it comes from, as a reader would say it: "Expertise", "Project: Electric Avenue Portal". */
  source: string;
  /** Where in the knowledge it sits: "skills.Backend", "roles[0].highlights". */
  where: string;
  topic: Topic;
  text: string;
  stems: string[];
  projectId?: string;
  /** Set on lines about a role: the role they belong to. */
  role?: Role;
  /** Set on bare lists of names ("Technologies: Django, AWS"), which say less than a sentence. */
  list?: true;
}

/**
 * Lines to cite for a term: sentences that mention it, or, only when there are none, the bare
 * lists that name it.
 */
/**
 * A role's or a project's stack line ("Technologies: Stripe"): it repeats names other lines
 * tell of, so it ranks after them and makes no word rarer.
 */
export const isStackLine = (snippet: Pick<Snippet, 'where'>): boolean =>
  snippet.where.endsWith('.technologies');

export function preferSentences(lines: readonly Snippet[]): Snippet[] {
  const sentences = lines.filter((s) => !s.list);
  return sentences.length > 0 ? sentences : [...lines];
}

/** A technology the engine can recognise, listed in the profile or not. */
export interface Tech {
  key: string;
  /** As the profile spells it when listed, else the vocabulary's name. */
  name: string;
  /** The vocabulary's own name ("PostgreSQL" for a profile's "Postgres"), when it has one. */
  vocabularyName?: string;
  /** Every name the engine knows it by. */
  aliases: string[];
  tags: ReadonlySet<string>;
  everydayWord: boolean;
  /** From linguist's long tail ("Move", "Clean"): typos are never corrected towards it. */
  obscure: boolean;
  /** Set when the profile lists it as a skill. */
  listed?: { skill: Skill; category: SkillCategory };
  /** Knowledge lines that mention it (by name or alias). */
  evidence: Snippet[];
  /** Projects that name it among their technologies or text. */
  projects: Project[];
}

/** Skill groups a question can name: a profile category, or a tag of the vocabulary. */
export interface CategoryRef {
  key: string;
  /** A profile category id, when the words name one. */
  categoryId?: string;
  /** Vocabulary tags the words stand for ("nosql", "orm"). */
  tag?: string;
  label: string;
}

export type Target =
  | { kind: 'tech'; tech: Tech }
  | { kind: 'category'; category: CategoryRef }
  | { kind: 'project'; project: Project }
  | { kind: 'role'; role: Role };

export interface SearchHit {
  snippet: Snippet;
  score: number;
  /** 0..1: the share of the question's weighted words the line holds (or means). */
  coverage: number;
}

export interface PhraseMatch {
  start: number;
  end: number;
  target: Target;
}

/** Everything about a profile that answering needs, computed once per knowledge load. */
export interface KnowledgeIndex {
  profile: Profile;
  firstName: string;
  techs: Tech[];
  snippets: Snippet[];
  /** Greedy longest-phrase matching of technologies, categories and project names. */
  matchPhrases(tokens: readonly string[]): PhraseMatch[];
  /** Listed skills belonging to a category reference, in profile order. */
  skillsIn(ref: CategoryRef): { skill: Skill; category: SkillCategory; tech: Tech }[];
  /** Every word the index knows: typo correction leaves these alone. */
  knownWords: ReadonlySet<string>;
  /** Words typo correction may correct to (technology and project words). */
  correctionTargets: string[];
  /**
   * Full-text search over snippets (BM25 on stems). A question word also finds lines holding a
   * word of the same meaning (see `RELATED_WORDS`), for a little less.
   */
  search(stems: readonly string[], filter?: (s: Snippet) => boolean): SearchHit[];
  /** The lines holding a stem as written. */
  linesWith(stem: string): readonly Snippet[];
  projectTechs(project: Project): Tech[];
}

/** Matching works on singular word forms so "databases" meets "database". */
export function singular(token: string): string {
  if (STOPWORDS.has(token)) return token;
  if (token.length > 4 && token.endsWith('ies')) return `${token.slice(0, -3)}y`;
  if (token.length > 3 && token.endsWith('s') && !token.endsWith('ss') && !/[#+.]/.test(token))
    return token.slice(0, -1);
  return token;
}

// The vocabulary's names and aliases are the same on every knowledge load: split each once.
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
const phraseCache = new Map<string, string[]>();

// Set by scripts/build.mjs to the vocabulary's phrase words (vocabulary-tokens.ts), which the
// compiled program then never splits; absent when running the sources, which split them.
declare const PORTFOLIO_BOT_VOCABULARY_TOKENS: string | undefined;
const readyMade: Readonly<Record<string, string[]>> =
  typeof PORTFOLIO_BOT_VOCABULARY_TOKENS === 'string'
    ? JSON.parse(PORTFOLIO_BOT_VOCABULARY_TOKENS)
    : {};

/** "ReDI", "JENKIN": a word written as a name of its own, capitals inside or all capitals. */
export const nameShaped = (word: string): boolean => /\p{Ll}\p{Lu}|^\p{Lu}{2,}$/u.test(word);

/**
 * "ReDI School" is not Redis: a word written as a name of its own (capitals inside, or all
 * capitals) that is a technology's name without its final "s" names something else. An
 * ordinary word ("payment", "Pipeline") is the same word as the plural name.
 */
export function shortOfName(written: string, tech: Tech): boolean {
  if (!nameShaped(written)) return false;
  const word = written.toLowerCase();
  const names = [tech.name, tech.vocabularyName ?? '', ...tech.aliases].map((n) => n.toLowerCase());
  return !names.includes(word) && names.some((n) => n === `${word}s` || n === `${word}es`);
}

export function phraseTokens(text: string): string[] {
  let tokens =
    phraseCache.get(text) ?? (Object.hasOwn(readyMade, text) ? readyMade[text] : undefined);
  if (!tokens) {
    // Most names are plain words and single spaces ("Google Cloud"): for those, normalising
    // and tokenising come down to lower case and a split, without the regular expressions.
    tokens = (
      PLAIN_WORDS.test(text) ? text.toLowerCase().split(' ') : tokenize(normalize(text))
    ).map(singular);
    if (phraseCache.size > 50_000) phraseCache.clear();
    phraseCache.set(text, tokens);
  }
  return tokens;
}
