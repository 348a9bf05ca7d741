import Fuse from 'fuse.js';
import type { Project, Role } from '../knowledge/schema.ts';
import {
  ABBREVIATIONS,
  BACK_REFERENCES,
  FOLLOW_UP_OPENERS,
  GREETINGS,
  SKILL_CUES,
  THANKS,
} from './intents.ts';
import {
  type CategoryRef,
  type KnowledgeIndex,
  phraseTokens,
  singular,
  type Tech,
} from './knowledge-index.ts';
import { editDistance, normalize, STOPWORDS, sanitize, stem, tokenize } from './text.ts';

/** What the engine understood of a question, before it words an answer. */
export interface Interpretation {
  /** Singular word forms after typo correction. */
  tokens: string[];
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
}

const GENERIC_PROJECT_WORDS = new Set([
  'system',
  'engine',
  'portal',
  'platform',
  'app',
  'application',
  'service',
  'project',
  'tool',
  'contribution',
  'processing',
  'the',
]);

/** The question-side half of the engine: words in, entities and intent out. */
/** Phrases that say which kind of answer a question wants, and how much each kind weighs. */
export interface IntentTable {
  name: string;
  phrases: readonly string[];
  weight: number;
}

export function createUnderstanding(
  index: KnowledgeIndex,
  fuzzyThreshold: number,
  intents: readonly IntentTable[],
) {
  const intentPhrases: { tokens: string[]; topic: string; score: number }[] = [];
  for (const { name, phrases, weight } of intents) {
    for (const phrase of phrases) {
      const tokens = phraseTokens(phrase);
      if (tokens.length === 0) continue;
      intentPhrases.push({ tokens, topic: name, score: weight + 0.5 * (tokens.length - 1) });
    }
  }
  const smalltalk = [
    ...GREETINGS.map((p) => ({ tokens: phraseTokens(p), kind: 'greeting' as const })),
    ...THANKS.map((p) => ({ tokens: phraseTokens(p), kind: 'thanks' as const })),
  ].map((p) => ({ ...p, spaced: ` ${p.tokens.join(' ')} ` }));
  const smalltalkWords = new Set(smalltalk.flatMap((s) => s.tokens));
  // A Map, not the object: a word such as "constructor" must not find Object.prototype.
  const abbreviations = new Map(Object.entries(ABBREVIATIONS));
  const openers = FOLLOW_UP_OPENERS.map((o) => ` ${phraseTokens(o).join(' ')} `);
  const nameWords = new Set(phraseTokens(index.profile.identity.name));
  const intentWords = new Set(intentPhrases.flatMap((p) => p.tokens));
  const intentsByFirst = new Map<string, typeof intentPhrases>();
  for (const phrase of intentPhrases) {
    const first = phrase.tokens[0] ?? '';
    intentsByFirst.set(first, [...(intentsByFirst.get(first) ?? []), phrase]);
  }
  // Project names split once: the words, and those that are not generic ("system", "engine").
  const projectWords = index.profile.projects.map((project) => {
    const words = phraseTokens(project.name).filter((w) => !STOPWORDS.has(w));
    return { project, words, distinctive: words.filter((w) => !GENERIC_PROJECT_WORDS.has(w)) };
  });
  const companyWords = index.profile.roles.map((role) => ({
    role,
    words: phraseTokens(role.company).filter(
      (w) => w.length >= 4 && !STOPWORDS.has(w) && !GENERIC_COMPANY_WORDS.has(w),
    ),
  }));
  const techNameWords = new Map<Tech, string[]>();
  const nameWordsOf = (tech: Tech) => {
    let words = techNameWords.get(tech);
    if (!words) {
      words = phraseTokens(tech.name);
      techNameWords.set(tech, words);
    }
    return words;
  };
  const known = new Set([...index.knownWords, ...intentWords, ...smalltalkWords, ...nameWords]);

  // Typo correction is the one place fuzziness is needed: fuse.js over the words the index and
  // the intents know, memoised because the same misspellings come back.
  const targets = [
    ...new Set([
      ...index.correctionTargets,
      ...[...intentWords].filter((w) => w.length >= 4 && /^[a-z]+$/.test(w)),
    ]),
  ];
  // A correction keeps the first letter, so each letter gets its own, much smaller, index.
  const byLetter = new Map<string, string[]>();
  for (const word of targets)
    byLetter.set(word[0] ?? '', [...(byLetter.get(word[0] ?? '') ?? []), word]);
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
  const correct = (token: string): string | null => {
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
            editDistance(token, r.item, maxEdits) <= maxEdits,
        );
      hit = best?.item ?? null;
      if (corrections.size > 10_000) corrections.clear();
      corrections.set(token, hit);
    }
    return hit;
  };

  return function understand(question: string): Interpretation {
    const clean = sanitize(question);
    // Case is kept only to notice a capitalised "Go"; everything else matches in lower case.
    const words = tokenize(normalize(clean, true)).flatMap((word) => {
      const expansion = abbreviations.get(word.toLowerCase());
      return expansion
        ? expansion.split(' ').map((w) => ({ word: w, capital: false }))
        : [{ word: word.toLowerCase(), capital: /^[A-Z]/.test(word) }];
    });
    // "time zones" meets "timezone", "data base" meets "database": two words join when the
    // knowledge writes them as one.
    for (let i = 0; i + 1 < words.length; i++) {
      const a = words[i];
      const b = words[i + 1];
      if (!a || !b || STOPWORDS.has(a.word) || STOPWORDS.has(b.word)) continue;
      const joined = singular(a.word + b.word);
      if (index.knownWords.has(joined)) words.splice(i, 2, { word: joined, capital: a.capital });
    }
    const capitals = words.map((w) => w.capital);
    const displayWords = words.map((w) =>
      w.capital ? `${w.word[0]?.toUpperCase()}${w.word.slice(1)}` : w.word,
    );
    let corrected = false;
    const tokens = words.map(({ word: raw }) => {
      const t = singular(raw);
      if (known.has(t) || STOPWORDS.has(raw) || t.length < 4 || !/^[a-z]+$/.test(t)) return t;
      const fixed = correct(t);
      if (fixed) corrected = true;
      return fixed ?? t;
    });

    const isContent = (t: string) =>
      !STOPWORDS.has(t) && !smalltalkWords.has(t) && !nameWords.has(t);
    const contentCount = tokens.filter(isContent).length;
    const cue = tokens.some((t) => SKILL_CUES.has(t));
    const explained = new Set<number>();
    const phraseMatches = index.matchPhrases(tokens);
    // True when every content word of the question belongs to a technology or category that is
    // not itself an everyday word.
    const onlyTechs = (start: number, end: number) =>
      tokens.every(
        (t, i) =>
          !isContent(t) ||
          (i >= start && i < end) ||
          phraseMatches.some(
            (m) =>
              i >= m.start &&
              i < m.end &&
              (m.target.kind === 'category' ||
                (m.target.kind === 'tech' && !m.target.tech.everydayWord)),
          ),
      );

    const techs: Tech[] = [];
    const categories: CategoryRef[] = [];
    const projectHits: Project[] = [];
    const roles: Role[] = [];
    for (const match of phraseMatches) {
      const target = match.target;
      if (target.kind === 'tech') {
        const word = tokens.slice(match.start, match.end).join(' ');
        const isBareName = word === nameWordsOf(target.tech).join(' ');
        if (target.tech.everydayWord && isBareName) {
          // "go", "echo", "swift" are technologies only when the question is about skills: a skill
          // word, a capital ("Go concurrency", "is Go his main language"), or nothing else but
          // technologies ("go?").
          const capital = capitals[match.start] === true && (match.start > 0 || contentCount <= 3);
          if (!cue && !capital && !onlyTechs(match.start, match.end)) continue;
        }
        if (!techs.includes(target.tech)) techs.push(target.tech);
      } else if (target.kind === 'category') {
        if (!categories.some((c) => c.key === target.category.key))
          categories.push(target.category);
      } else if (target.kind === 'role') {
        if (!roles.includes(target.role)) roles.push(target.role);
      } else if (!projectHits.includes(target.project)) projectHits.push(target.project);
      for (let i = match.start; i < match.end; i++) explained.add(i);
    }

    // A project named in part: most of its distinctive name words, at least two of them.
    const tokenSet = new Set(tokens);
    for (const { project, words, distinctive } of projectWords) {
      if (projectHits.includes(project)) continue;
      if (!distinctive.some((w) => tokenSet.has(w))) continue;
      const hits = words.filter((w) => tokenSet.has(w)).length;
      const distinctiveHits = distinctive.filter((w) => tokenSet.has(w)).length;
      if (distinctiveHits >= 1 && hits >= 2 && hits / words.length >= 0.5) {
        projectHits.push(project);
        tokens.forEach((t, i) => {
          if (words.includes(t)) explained.add(i);
        });
      }
    }
    // An employer named by its first distinctive word ("Northwind" for "Northwind Analytics"),
    // when that word means nothing else to the engine.
    for (const { role, words } of companyWords) {
      if (roles.includes(role)) continue;
      const hit = tokens.findIndex((t, i) => words.includes(t) && !explained.has(i));
      if (hit >= 0) {
        roles.push(role);
        explained.add(hit);
      }
    }
    // A tech named inside a project's name ("Stripe" in "Stripe Webhook ...") belongs to the project.
    const inProjectNames = new Set(projectHits.flatMap((p) => phraseTokens(p.name)));
    const ownTechs = techs.filter((t) => !nameWordsOf(t).every((w) => inProjectNames.has(w)));

    let intent: string | undefined;
    let best = 0;
    const intentHits: { start: number; phrase: (typeof intentPhrases)[number] }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const phrase of intentsByFirst.get(tokens[i] ?? '') ?? []) {
        if (!phrase.tokens.every((t, k) => tokens[i + k] === t)) continue;
        intentHits.push({ start: i, phrase });
        if (phrase.score > best) {
          best = phrase.score;
          intent = phrase.topic;
        }
      }
    }
    for (const hit of intentHits) {
      if (hit.phrase.topic !== intent) continue;
      for (let k = 0; k < hit.phrase.tokens.length; k++) explained.add(hit.start + k);
    }

    // Small talk needs one of its phrases ("thank you", "hi there"), and nothing else of weight.
    let talk: Interpretation['smalltalk'];
    const spaced = ` ${tokens.join(' ')} `;
    const said = tokens.some((t) => smalltalkWords.has(t))
      ? smalltalk.filter((p) => spaced.includes(p.spaced))
      : [];
    if (
      said.length > 0 &&
      tokens.every((t) => !isContent(t) || smalltalkWords.has(t) || SMALLTALK_FILLER.has(t))
    ) {
      talk = said.some((p) => p.kind === 'thanks') ? 'thanks' : 'greeting';
    }

    const joined = ` ${tokens.join(' ')} `;
    const followUp = openers.some((o) => joined.startsWith(o));
    const backReference = tokens.some((t) => BACK_REFERENCES.has(t));
    const stems = tokens.filter(isContent).map(stem);

    // "has she used Metasploit?": one word after a skill verb that nothing in the profile or the
    // vocabulary knows is most likely a technology the profile lacks.
    let unknownSkill: string | undefined;
    const cueAt = tokens.findIndex((t) => ASKS_ABOUT_SKILL.has(t));
    const clause = cueAt >= 0 && NOT_A_SKILL_NEXT.has(tokens[cueAt + 1] ?? ''); // "know how to cook"
    if (
      cueAt >= 0 &&
      !clause &&
      techs.length + categories.length + projectHits.length + roles.length === 0
    ) {
      const rest = tokens
        .map((t, i) => ({ t, i }))
        .filter(
          ({ t, i }) => i > cueAt && isContent(t) && !explained.has(i) && !SKILL_FILLER.has(t),
        );
      const only = rest.length === 1 ? rest[0] : undefined;
      if (
        only &&
        !index.knownWords.has(only.t) &&
        !known.has(only.t) &&
        /^[a-z][a-z0-9+#.-]{1,30}$/.test(only.t)
      ) {
        unknownSkill = displayWords[only.i] ?? only.t;
      }
    }
    const restStems = tokens
      .filter((t, i) => isContent(t) && !explained.has(i) && !FOLLOW_UP_WORDS.has(t))
      .map(stem);

    return {
      tokens,
      stems,
      restStems,
      techs: projectHits.length > 0 ? ownTechs : techs,
      categories,
      projects: projectHits,
      roles,
      ...(intent ? { intent } : {}),
      ...(talk ? { smalltalk: talk } : {}),
      followUp,
      backReference,
      corrected,
      ...(unknownSkill ? { unknownSkill } : {}),
    };
  };
}

const FOLLOW_UP_WORDS = new Set(['about', 'also', 'plus', 'same']);

/** Verbs after which the next word names a skill: "does she know X", "has he used X". */
const ASKS_ABOUT_SKILL = new Set([
  'know',
  'knows',
  'use',
  'used',
  'uses',
  'using',
  'familiar',
  'proficient',
  'skilled',
  'tried',
]);
/** After "know", these start a clause, not a skill: "know how to …", "know what …". */
const NOT_A_SKILL_NEXT = new Set([
  'how',
  'what',
  'where',
  'when',
  'why',
  'who',
  'if',
  'whether',
  'that',
  'about',
  'of',
  'to',
  'anyone',
  'someone',
  'my',
  'your',
  'our',
  'me',
  'us',
]);
/** Words that may stand between such a verb and the skill. */
const SKILL_FILLER = new Set([
  'experience',
  'experienced',
  'tool',
  'framework',
  'language',
  'library',
  'technology',
  'work',
  'worked',
  'ever',
  'before',
  'professionally',
]);

const GENERIC_COMPANY_WORDS = new Set(
  'inc ltd llc gmbh group lab labs technologies technology tech solutions company corp corporation systems software studio studios digital global international consulting services partners health analytics data cloud bank'.split(
    ' ',
  ),
);

/** Words that keep "thanks, that was really helpful" small talk. */
const SMALLTALK_FILLER = new Set(
  'helpful useful great awesome cool nice good perfect amazing wonderful excellent lot much very really so info information answer answers appreciated help'.split(
    ' ',
  ),
);
