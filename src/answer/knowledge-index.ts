import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import type { Profile, Project } from '../knowledge/schema.ts';
import {
  type CategoryRef,
  type KnowledgeIndex,
  phraseTokens,
  preferSentences,
  type Snippet,
  shortOfName,
  type Tech,
} from './retrieve/model.ts';
import { type Phrase, phraseMatcher, phraseTable } from './retrieve/phrases.ts';
import { createSearch } from './retrieve/search.ts';
import { collectSnippets } from './retrieve/snippets.ts';
import { buildTechs } from './retrieve/techs.ts';
import { normalize, STOPWORDS, tokenize } from './text.ts';

export {
  type CategoryRef,
  type KnowledgeIndex,
  type PhraseMatch,
  phraseTokens,
  preferSentences,
  type SearchHit,
  type Snippet,
  singular,
  type Target,
  type Tech,
} from './retrieve/model.ts';

export function buildKnowledgeIndex(profile: Profile): KnowledgeIndex {
  const firstName =
    profile.identity.shortName ?? profile.identity.name.split(/\s+/)[0] ?? profile.identity.name;
  const snippets = collectSnippets(profile);
  const { techs, techWords } = buildTechs(profile);
  const byFirst = phraseTable(profile, techWords);
  for (const [tech, words] of techWords) tech.aliases = [...new Set(words)];
  const matchPhrases = phraseMatcher(byFirst);
  linkEvidence(profile, snippets, techs, matchPhrases);
  const { knownWords, correction } = wordsKnown(profile, snippets, byFirst);
  const search = createSearch(snippets);
  const techsByProject = new Map<Project, Tech[]>(profile.projects.map((p) => [p, []]));
  for (const tech of techs) for (const p of tech.projects) techsByProject.get(p)?.push(tech);
  return {
    profile,
    firstName,
    techs,
    snippets,
    matchPhrases,
    skillsIn: skillsOf(techs),
    knownWords,
    correctionTargets: [...correction],
    search,
    linesWith: search.linesWith,
    projectTechs: (project) => techsByProject.get(project) ?? [],
  };
}

/** Which knowledge lines, and which projects, mention which technology. */
function linkEvidence(
  profile: Profile,
  snippets: readonly Snippet[],
  techs: readonly Tech[],
  matchPhrases: KnowledgeIndex['matchPhrases'],
) {
  for (const snippet of snippets) {
    const tokens = phraseTokens(snippet.text);
    let written: string[] | undefined;
    for (const match of withNested(tokens, matchPhrases(tokens), matchPhrases)) {
      if (match.target.kind !== 'tech') continue;
      const tech = match.target.tech;
      if (everydaySense(tech, tokens, match, snippet.text)) continue;
      if (match.end - match.start === 1) {
        written ??= tokenize(normalize(snippet.text, true));
        if (shortOfName(written[match.start] ?? '', tech)) continue;
      }
      if (!tech.evidence.includes(snippet)) tech.evidence.push(snippet);
    }
  }
  for (const tech of techs) tech.evidence = preferSentences(tech.evidence);
  for (const project of profile.projects) {
    const words = [project.name, project.summary, ...project.details, ...project.technologies];
    for (const match of matchPhrases(phraseTokens(words.join(' . ')))) {
      if (match.target.kind === 'tech' && !match.target.tech.projects.includes(project))
        match.target.tech.projects.push(project);
    }
  }
}

type PhraseMatches = ReturnType<KnowledgeIndex['matchPhrases']>;

/**
 * "SAST/DAST/SCA in CI pipelines: Semgrep" listed as one skill: the longest match takes the
 * whole name, and the technologies inside it ("CI pipelines") are matched too, on the name
 * without its first word and without its last.
 */
function withNested(
  tokens: readonly string[],
  matches: PhraseMatches,
  matchPhrases: KnowledgeIndex['matchPhrases'],
): PhraseMatches {
  const out = [...matches];
  for (const match of matches) {
    if (match.end - match.start < 3) continue;
    for (const [from, to] of [
      [match.start + 1, match.end],
      [match.start, match.end - 1],
    ] as const) {
      for (const inner of matchPhrases(tokens.slice(from, to)))
        out.push({ ...inner, start: inner.start + from, end: inner.end + from });
    }
  }
  return out;
}

/**
 * "I've had to let a few go": an everyday word written in lower case is not the technology
 * ("Go", "Rust", "Swift" are written with a capital when they are).
 */
function everydaySense(
  tech: Tech,
  tokens: readonly string[],
  match: { start: number; end: number },
  text: string,
): boolean {
  if (!tech.everydayWord || tech.listed) return false;
  // "Spring 2025", "Fall 2019 semester": a season with its year is a date.
  if (/^(?:19|20)\d\d$/.test(tokens[match.end] ?? '')) return true;
  const word = tokens.slice(match.start, match.end).join(' ');
  // "computer vision": a name of several words says what it names in any case.
  if (match.end - match.start > 1 || word !== phraseTokens(tech.name).join(' ')) return false;
  return !writtenAsName(tech.name).test(text);
}

const nameWritten = new Map<string, RegExp>();

/** "Go" as a whole word with its capital, made once per name. */
function writtenAsName(name: string): RegExp {
  let pattern = nameWritten.get(name);
  if (!pattern) {
    const escaped = escapeRegExp(name);
    pattern = new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'u');
    nameWritten.set(name, pattern);
  }
  return pattern;
}

/** Listed skills of a group, by profile category or vocabulary tag, each skill once. */
function skillsOf(techs: readonly Tech[]): KnowledgeIndex['skillsIn'] {
  const listed = techs.filter(
    (t): t is Tech & { listed: NonNullable<Tech['listed']> } => t.listed !== undefined,
  );
  // The same groups come back in question after question: each one's list is made once.
  const made = new Map<string, ReturnType<KnowledgeIndex['skillsIn']>>();
  return (ref) => {
    const key = `${ref.categoryId ?? ''}\u0000${ref.tag ?? ''}`;
    let skills = made.get(key);
    if (!skills) {
      skills = skillsMatching(listed, ref);
      made.set(key, skills);
    }
    return [...skills];
  };
}

function skillsMatching(
  listed: readonly (Tech & { listed: NonNullable<Tech['listed']> })[],
  ref: CategoryRef,
) {
  return (
    listed
      .filter((t) =>
        ref.categoryId
          ? t.listed.category.id === ref.categoryId
          : ref.tag
            ? t.tags.has(ref.tag)
            : false,
      )
      .map((tech) => ({ skill: tech.listed.skill, category: tech.listed.category, tech }))
      // A skill listed through its parts ("Coroutines & Flow") appears once.
      .filter((s, i, all) => all.findIndex((o) => o.skill === s.skill) === i)
  );
}

/** Words typo correction leaves alone, and those it may correct to. */
function wordsKnown(
  profile: Profile,
  snippets: readonly Snippet[],
  byFirst: ReadonlyMap<string, Phrase[]>,
) {
  const knownWords = new Set<string>(STOPWORDS);
  const correction = new Set<string>();
  const said = new Set<string>();
  for (const snippet of snippets) for (const t of phraseTokens(snippet.text)) said.add(t);
  for (const list of byFirst.values()) {
    for (const phrase of list) {
      // Typos are corrected only towards what the profile holds: a misread English word
      // ("quest", "consoles") must not become a question about a tool nobody asked about.
      const absent =
        phrase.target.kind === 'tech' &&
        !phrase.target.tech.listed &&
        !phrase.tokens.every((t) => said.has(t));
      for (const t of phrase.tokens) {
        knownWords.add(t);
        if (!absent && t.length >= 4 && /^[a-z]+$/.test(t)) correction.add(t);
      }
    }
  }
  for (const t of said) knownWords.add(t);
  for (const t of phraseTokens(profile.identity.name)) knownWords.add(t);
  return { knownWords, correction };
}
