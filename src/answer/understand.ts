import { placeWords } from '../knowledge/places.ts';
import type { Project, Role } from '../knowledge/schema.ts';
import { ABBREVIATIONS, BACK_REFERENCES, FOLLOW_UP_OPENERS, SKILL_CUES } from './intents.ts';
import {
  type CategoryRef,
  type KnowledgeIndex,
  phraseTokens,
  singular,
  type Tech,
} from './knowledge-index.ts';
import { meaningWords } from './meaning/related.ts';
import { STOPWORDS, stem } from './text.ts';
import commonAdverbs from './understand/english-adverbs.generated.json' with { type: 'json' };
import commonWords from './understand/english-words.generated.json' with { type: 'json' };
import { createEntityFinder, type ReadWords } from './understand/entities.ts';
import { createIntentMatcher, type IntentTable } from './understand/intent.ts';
import { createSmalltalk } from './understand/smalltalk.ts';
import { createCorrector } from './understand/typos.ts';
import {
  bareUnknownName,
  productWithTech,
  toolForPractice,
  unknownSkillIn,
} from './understand/unknown-skill.ts';
import { type QuestionWord, questionWords } from './understand/words.ts';

export type { IntentTable };

/** What the engine understood of a question, before it words an answer. */
export interface Interpretation {
  /** Singular word forms after typo correction. */
  tokens: string[];
  /** The stem of each token, in order: each word stemmed once, here. */
  tokenStems: string[];
  /** Content stems not explained by a recognised entity or intent: what is left to search. */
  restStems: string[];
  /** All content stems of the question. */
  stems: string[];
  techs: Tech[];
  categories: CategoryRef[];
  projects: Project[];
  /** Roles whose employer the question names. */
  roles: Role[];
  /** The answer kind whose phrases fit the question best. */
  intent?: string;
  smalltalk?: 'greeting' | 'thanks';
  followUp: boolean;
  backReference: boolean;
  corrected: boolean;
  /** A word asked about as a skill that neither the profile nor the vocabulary knows, as typed. */
  unknownSkill?: string;
  /** A question that is only a name nothing knows ("hanami?"): a weak skill probe. */
  unknownName?: string;
}

/** Common English words near the vocabulary's words (scripts/generate-english-words.ts). */
const COMMON_WORDS: ReadonlySet<string> = new Set(commonWords);
/** Common adverbs in "-ly": "… to work with honestly" names no tool. */
const ADVERBS: ReadonlySet<string> = new Set(commonAdverbs);

const PLACE_WORDS: readonly string[] = placeWords();

const FOLLOW_UP_WORDS = new Set(['about', 'also', 'plus', 'same']);

/** Two words the vocabulary names together as a phrase ("unit tests") stay two words. */
function phraseOfTwo(index: KnowledgeIndex) {
  return (a: string, b: string) =>
    [b, singular(b)].some((second) =>
      index.matchPhrases([a, second]).some((m) => m.start === 0 && m.end === 2),
    );
}

/** The question-side half of the engine: words in, entities and intent out. */
export function createUnderstanding(
  index: KnowledgeIndex,
  fuzzyThreshold: number,
  intents: readonly IntentTable[],
) {
  const matchIntent = createIntentMatcher(intents);
  const smalltalk = createSmalltalk();
  const findEntities = createEntityFinder(index);
  // A Map, not the object: a word such as "constructor" must not find Object.prototype.
  const abbreviations = abbreviationsFor(index);
  const openers = FOLLOW_UP_OPENERS.map((o) => ` ${phraseTokens(o).join(' ')} `);
  // A question opens with one of them only if its first word opens one: most do not.
  const openerFirst = new Set(FOLLOW_UP_OPENERS.map((o) => phraseTokens(o)[0]));
  const nameWords = ownerNameWords(index, matchIntent.words);
  const known = new Set([
    ...index.knownWords,
    ...matchIntent.words,
    ...smalltalk.words,
    ...nameWords,
    // "Germany" is a place, not a typo of "German".
    ...PLACE_WORDS,
  ]);
  const knownStem = stemLookup(known);
  const spell = createSpelling(index, known, knownStem, matchIntent.words, fuzzyThreshold);
  // "educational" is a form of the known "education", not an unknown tool.
  const isKnown = (t: string) =>
    known.has(t) || ADVERBS.has(t) || (t.length >= 5 && knownStem(stem(t)));
  // One look-up for the three sets a content word is in none of.
  const notContent = new Set([...STOPWORDS, ...smalltalk.words, ...nameWords]);
  const isContent = (t: string) => !notContent.has(t);

  const isPhrase = phraseOfTwo(index);
  return function understand(question: string): Interpretation {
    const words = questionWords(question, abbreviations, index.knownWords, isPhrase);
    const { tokens, corrected } = spell(words);
    const read: ReadWords = {
      tokens,
      capitals: words.map((w) => w.capital),
      isContent,
      explained: new Set(),
      cue: tokens.some((t) => SKILL_CUES.has(t)),
      alternatives: question.includes('/') || tokens.includes('or'),
    };
    const entities = findEntities(read);
    const intent = intentOf(tokens, nameWords, matchIntent, read.explained);
    const talk = smalltalk(tokens, isContent);
    const unknown = unknownNames(read, entities, intent, words, isKnown);
    const { tokenStems, stems, restStems } = stemsOf(tokens, isContent, read.explained);
    // Every field always present, in one order: every interpretation has the same shape, which
    // keeps reading them fast in the many proposers.
    return {
      tokens,
      tokenStems,
      restStems,
      stems,
      // "Cumulus Linux" is asked about, not Linux.
      techs: unknown.product ? [] : entities.techs,
      categories: entities.categories,
      projects: entities.projects,
      roles: entities.roles,
      intent,
      smalltalk: talk,
      followUp: openerFirst.has(tokens[0]) && startsWithAny(tokens, openers),
      backReference: tokens.some((t) => BACK_REFERENCES.has(t)),
      corrected,
      unknownSkill: unknown.unknownSkill,
      unknownName: unknown.unknownName,
    };
  };
}

/** Each token stemmed once: every token's stem, the content ones, and those left to search. */
function stemsOf(
  tokens: readonly string[],
  isContent: (t: string) => boolean,
  explained: ReadonlySet<number>,
): { tokenStems: string[]; stems: string[]; restStems: string[] } {
  const tokenStems: string[] = [];
  const stems: string[] = [];
  const restStems: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const st = stem(t);
    tokenStems.push(st);
    if (!isContent(t)) continue;
    stems.push(st);
    if (!explained.has(i) && !FOLLOW_UP_WORDS.has(t)) restStems.push(st);
  }
  return { tokenStems, stems, restStems };
}

/**
 * "what does Fahad do?" and "where does Mei-Lin Chua work?" read as "what does he do?" and
 * "where does he work?" to the intent phrases: the owner's name, however many words, is one "he".
 */
const CHANGE_AT = new Set(['before', 'since', 'after', 'until']);
const CHANGE_VERB = new Set([
  'going',
  'becoming',
  'turning',
  'went',
  'became',
  'turned',
  'she',
  'he',
]);
const CHANGE_TO = new Set([
  'freelance',
  'freelancer',
  'independent',
  'solo',
  'self-employed',
  'contractor',
]);

/** "before going freelance", "since she went independent": where such a clause stands. */
function careerChange(tokens: readonly string[]): { from: number; to: number } | undefined {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!CHANGE_AT.has(tokens[i] as string)) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 2 && CHANGE_VERB.has(tokens[j] as string)) j++;
    if (j > i + 1 && CHANGE_TO.has(tokens[j] ?? '')) return { from: i + 1, to: j + 1 };
  }
  return undefined;
}

function intentOf(
  tokens: readonly string[],
  nameWords: ReadonlySet<string>,
  matchIntent: (tokens: readonly string[], explained: Set<number>) => string | undefined,
  explained: Set<number>,
): string | undefined {
  const changed = careerChange(tokens);
  if (!changed && !tokens.some((t) => nameWords.has(t))) return matchIntent(tokens, explained);
  const read: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    // "where did she work before going freelance?": the change dates the question, no topic.
    if (changed && i >= changed.from && i < changed.to) continue;
    const named = nameWords.has(t);
    if (named && i > 0 && nameWords.has(tokens[i - 1] as string)) continue;
    read.push(named ? 'he' : t);
    at.push(i);
  }
  const local = new Set<number>();
  const intent = matchIntent(read, local);
  for (const j of local) explained.add(at[j] as number);
  return intent;
}

/**
 * Names no one knows that the question asks about as skills: after a skill verb, even beside a
 * named group ("havok physics experience?"), or alone ("hanami?") when nothing else is named.
 */
function unknownNames(
  read: ReadWords,
  entities: ReturnType<ReturnType<typeof createEntityFinder>>,
  intent: string | undefined,
  words: readonly QuestionWord[],
  known: (t: string) => boolean,
): { unknownSkill?: string; unknownName?: string; product?: true } {
  const { techs, categories, projects, roles } = entities;
  if (techs.length === 1 && projects.length + roles.length === 0) {
    const product = productWithTech(read.tokens, words, read, known);
    if (product) return { unknownSkill: product.name, product: true };
    const tool = toolForPractice(read.tokens, words, read, known);
    if (tool) return { unknownSkill: tool, product: true };
  }
  if (techs.length + projects.length + roles.length > 0) return {};
  const unknownSkill = unknownSkillIn(read.tokens, words, read, known);
  if (unknownSkill) return { unknownSkill };
  if (categories.length > 0 || intent) return {};
  return { unknownName: bareUnknownName(read.tokens, words, read, known) };
}

/**
 * Whether a stem is that of a known word ("building" of "build"), for typo correction and for
 * unknown names alike. Needed only for a word the knowledge does not hold: built then, once.
 */
function stemLookup(known: ReadonlySet<string>): (st: string) => boolean {
  let stems: ReadonlySet<string> | undefined;
  return (st) => {
    stems ??= new Set([...known].filter((w) => /^[a-z]{4,}$/.test(w)).map(stem));
    return stems.has(st);
  };
}

/** "certifi" and "certif": one stem cut at another letter. */
function sameStem(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Singular forms, with typos corrected towards the words the knowledge and intents know. */
function createSpelling(
  index: KnowledgeIndex,
  known: ReadonlySet<string>,
  isKnownStem: (st: string) => boolean,
  intentWords: ReadonlySet<string>,
  fuzzyThreshold: number,
) {
  // The corrector, too, is made for the first unknown word.
  let corrector: ((token: string) => string | null) | undefined;
  const correct = (token: string) => {
    corrector ??= createCorrector(
      [
        ...new Set([
          ...index.correctionTargets,
          ...[...intentWords].filter((w) => w.length >= 4 && /^[a-z]+$/.test(w)),
          ...meaningWords(),
        ]),
      ],
      fuzzyThreshold,
    );
    return corrector(token);
  };
  const spellWord = (raw: string) => {
    const t = singular(raw);
    const kept = { token: t, corrected: false };
    if (known.has(t) || STOPWORDS.has(raw) || t.length < 4 || !/^[a-z]+$/.test(t)) return kept;
    // "building" is a form of the known "build", not a typo of "billing"; "charging" is a word
    // in its own right, not a typo of "charting".
    if (COMMON_WORDS.has(t)) return kept;
    const fixed = correct(t);
    if (!isKnownStem(stem(t))) return fixed ? { token: fixed, corrected: true } : kept;
    // "certifed", "experiance": a misspelling with a known word's stem is that word, so the
    // phrases of a question kind still find it; a form of another word stays as typed.
    return fixed && fixed !== t && sameStem(stem(fixed), stem(t))
      ? { token: fixed, corrected: true }
      : kept;
  };
  const targets = new Set(index.correctionTargets);
  // Each word is spelled once: the same words come back question after question.
  const spelled = new Map<string, { token: string; corrected: boolean }>();
  return (words: readonly QuestionWord[]) => {
    let corrected = false;
    const tokens: string[] = [];
    let previous = '';
    for (const { word: raw } of words) {
      let read = spelled.get(raw);
      if (!read) {
        read = spellWord(raw);
        if (spelled.size > 20_000) spelled.clear();
        spelled.set(raw, read);
      }
      // "work at careem": after "at" stands a name (an employer, a place), not a misspelt
      // question word such as "career".
      if (previous === 'at' && read.corrected && !targets.has(read.token))
        read = { token: singular(raw), corrected: false };
      previous = raw;
      if (read.corrected) corrected = true;
      tokens.push(read.token);
    }
    return { tokens, corrected };
  };
}

/** The words begin with one of `openers` (each written with a space on both sides). */
function startsWithAny(tokens: readonly string[], openers: readonly string[]): boolean {
  const joined = ` ${tokens.join(' ')} `;
  return openers.some((o) => joined.startsWith(o));
}

/**
 * The words that name the owner: the full name, the short name, and what people shorten the
 * first name to ("Sebas" for Sebastián, "Alex" for Alexandra): a leading part of it a third
 * as long or more, that the knowledge never writes in lower case and no question word is.
 */
function ownerNameWords(index: KnowledgeIndex, intentWords: ReadonlySet<string>): Set<string> {
  const { name, shortName } = index.profile.identity;
  // "Is the candidate Databricks certified?": a recruiter's word for the owner.
  const words = new Set([
    ...phraseTokens(name),
    ...phraseTokens(shortName ?? ''),
    'candidate',
    'applicant',
  ]);
  const first = phraseTokens(name)[0] ?? '';
  const text = index.snippets.map((s) => s.text).join('\n');
  for (let length = Math.max(4, Math.ceil(first.length / 3)); length < first.length; length++) {
    const part = first.slice(0, length);
    // "Sebas" as the page writes it is a name; "math" in lower case is a word.
    const word = index.knownWords.has(part) && new RegExp(`\\b${part}\\b`).test(text);
    // Question words are read singular: "sebas" arrives as "seba".
    if (!word && !intentWords.has(part)) words.add(part).add(singular(part));
  }
  return words;
}

/** "perf" is short for performance, unless the profile lists a tool called perf. */
function abbreviationsFor(index: KnowledgeIndex): Map<string, string> {
  const listed = new Set(
    index.techs
      .filter((t) => t.listed)
      .flatMap((t) => [t.name, ...t.aliases].map((n) => n.toLowerCase())),
  );
  return new Map(Object.entries(ABBREVIATIONS).filter(([short]) => !listed.has(short)));
}
