import { countriesIn } from '../../knowledge/places.ts';
import type { Project, Role } from '../../knowledge/schema.ts';
import { SKILL_CUES } from '../intents.ts';
import {
  type CategoryRef,
  type KnowledgeIndex,
  type PhraseMatch,
  phraseTokens,
  type Tech,
} from '../knowledge-index.ts';
import { OTHER_THING_NEXT } from '../meaning/technologies-in-text.ts';
import { STOPWORDS } from '../text.ts';
import everydayNames from './everyday-tech-names.generated.json' with { type: 'json' };

export interface Entities {
  techs: Tech[];
  categories: CategoryRef[];
  projects: Project[];
  roles: Role[];
}

/** The question's words with what the engine needs to read them. */
export interface ReadWords {
  tokens: string[];
  capitals: boolean[];
  isContent: (t: string) => boolean;
  /** Words of the question some entity or intent explains, by position. */
  explained: Set<number>;
  /** A word that makes the question plainly about skills ("know", "use", "stack"). */
  cue: boolean;
  /** Words offered as alternatives, "banking / fintech" or "X or Y": not one name. */
  alternatives?: boolean;
}

const GENERIC_PROJECT_WORDS = new Set(
  'system engine portal platform app application service project tool contribution processing the'.split(
    ' ',
  ),
);
const GENERIC_COMPANY_WORDS = new Set(
  'inc ltd llc gmbh group lab labs technologies technology tech solutions company corp corporation systems software studio studios digital global international consulting services partners health analytics data cloud bank games game interactive entertainment media robotics payments payment logistics ventures venture works networks network security mobility energy srl plc'.split(
    ' ',
  ),
);

/** Linguist's language names that are everyday words (scripts/generate-english-words.ts). */
const EVERYDAY_NAMES: ReadonlySet<string> = new Set(everydayNames);

/** "fish", "sed": a technology's name that is an everyday word too. */
export const isEverydayName = (name: string): boolean => EVERYDAY_NAMES.has(name.toLowerCase());

/** Technologies, skill groups, projects and employers a question names. */
export function createEntityFinder(index: KnowledgeIndex) {
  const { projectWords, byDistinctive } = projectNames(index.profile.projects);
  const projectSummaries = summaryWords(index.profile.projects);
  // Words of the places the profile names: the owner's and each role's.
  const placeWords = new Set(
    [index.profile.identity.location, ...index.profile.roles.map((r) => r.location)].flatMap(
      (place) => (place ? phraseTokens(place) : []),
    ),
  );
  // "Camila Rojas Desarrollo Web": the owner's own name in a business named after them names
  // the owner, not the business.
  const ownerWords = new Set(phraseTokens(index.profile.identity.name));
  const companyWords = index.profile.roles.map((role) => ({
    role,
    // "Ubisoft Montréal": the city in a company's name does not name the company.
    words: phraseTokens(role.company).filter(
      (w) =>
        (w.length >= 4 || acronymIn(role.company, w)) &&
        !STOPWORDS.has(w) &&
        !GENERIC_COMPANY_WORDS.has(w) &&
        !placeWords.has(w) &&
        !ownerWords.has(w) &&
        countriesIn(w).length === 0,
    ),
  }));
  // "red team": an everyday-word technology ("Red") typed with the word the profile writes
  // after it is that phrase of the profile's, not the technology.
  let pairs: Set<string> | undefined;
  const profilePhrase = (match: PhraseMatch, read: ReadWords) => {
    if (match.target.kind !== 'tech' || !match.target.tech.everydayWord) return false;
    const next = read.tokens[match.end];
    if (!next || read.capitals[match.start] === true) return false;
    pairs ??= wordPairs(index.snippets.map((s) => s.text));
    return pairs.has(`${read.tokens.slice(match.start, match.end).join(' ')} ${next}`);
  };
  return (read: ReadWords): Entities => {
    const found: Entities = { techs: [], categories: [], projects: [], roles: [] };
    const matches = index.matchPhrases(read.tokens);
    for (const match of matches)
      if (!profilePhrase(match, read)) addMatch(found, match, read, matches);
    // The question's words as a set, made only when some project shares one of them.
    let asked: Set<string> | undefined;
    for (const i of projectsSharingAWord(byDistinctive, read.tokens)) {
      asked ??= new Set(read.tokens);
      const { project, words } = projectWords[i] as (typeof projectWords)[number];
      if (namedInPart(asked, words) && !found.projects.includes(project)) {
        found.projects.push(project);
        read.tokens.forEach((t, i) => {
          if (words.includes(t)) read.explained.add(i);
        });
      }
    }
    // "how successful was the hiking app she made?": a project named by its summary's words.
    const described = found.projects.length
      ? undefined
      : describedProject(read.tokens, projectSummaries);
    if (described) found.projects.push(described);
    // An employer named by its first distinctive word ("Northwind" for "Northwind Analytics"),
    // when that word means nothing else to the engine.
    for (const { role, words } of companyWords) {
      if (found.roles.includes(role)) continue;
      // Only the first: "clinical" in "how many yrs in clinical programming" does not name
      // "Deccan Clinical Research".
      const hit = firstUnexplained(read, words.slice(0, 1));
      if (hit >= 0 && !otherName(read, hit, words)) {
        found.roles.push(role);
        read.explained.add(hit);
      }
    }
    if (found.roles.length === 0) theKindOfEmployer(read, index.profile.roles, found);
    // A tech named inside a project's or employer's name ("Stripe" in "Stripe Webhook ...",
    // "Payments" in "Douro Payments, S.A.") belongs to it, when the question names that too.
    if (found.projects.length + found.roles.length > 0) {
      const inNames = new Set([
        ...found.projects.flatMap((p) => phraseTokens(p.name)),
        ...found.roles.flatMap((r) => phraseTokens(r.company)),
      ]);
      found.techs = found.techs.filter((t) => !t.aliases.concat(t.name).some(within(inNames)));
    }
    return found;
  };
}

/** Every two words that follow each other in the texts, in lower case. */
function wordPairs(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    const words = phraseTokens(text);
    for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  }
  return out;
}

function addMatch(found: Entities, match: PhraseMatch, read: ReadWords, all: PhraseMatch[]) {
  const target = match.target;
  if (target.kind === 'tech') {
    if (!countsAsTech(target.tech, match, read, all)) return;
    if (!found.techs.includes(target.tech)) found.techs.push(target.tech);
  } else if (target.kind === 'category') {
    if (!found.categories.some((c) => c.key === target.category.key))
      found.categories.push(target.category);
  } else if (target.kind === 'role') {
    if (!found.roles.includes(target.role)) found.roles.push(target.role);
  } else if (!found.projects.includes(target.project)) found.projects.push(target.project);
  for (let i = match.start; i < match.end; i++) read.explained.add(i);
}

/**
 * "go", "echo", "swift" are technologies only when the question is about skills: a skill word,
 * a capital ("Go concurrency", "is Go his main language"), or nothing else but technologies
 * ("go?").
 */
function countsAsTech(tech: Tech, match: PhraseMatch, read: ReadWords, all: PhraseMatch[]) {
  const word = read.tokens.slice(match.start, match.end).join(' ');
  // "node pools": the word with the next one names something else.
  if (OTHER_THING_NEXT[word]?.test(read.tokens[match.end] ?? '')) return false;
  // A skill named by a function word ("CAN", listed for the CAN bus): "when can he start?" asks
  // no such thing; only the name written with a capital, or alone, is the skill.
  if (STOPWORDS.has(word))
    return read.capitals[match.start] === true || onlyTechs(read, match, all);
  if (!tech.everydayWord) return true;
  if (word !== phraseTokens(tech.name).join(' ')) return true;
  const contentCount = read.tokens.filter(read.isContent).length;
  const capital = read.capitals[match.start] === true && (match.start > 0 || contentCount <= 3);
  // Linguist's long tail ("Cool", "Red") needs a skill word or a capital, even on its own; a
  // name that is no everyday word ("ampl?") asked alone is the language.
  // "background job processing": after another noun it is the word, cue or not.
  // "Clean code?", "red team experience", "solid experience with Go": the everyday word
  // describing the noun after it, not Linguist's "Clean" or the SOLID principles.
  if (!tech.listed && describesNext(tech, read, match)) return false;
  if (tech.obscure && !tech.listed)
    return (
      capital ||
      (read.cue && !afterNoun(read, match)) ||
      (!EVERYDAY_NAMES.has(word) && onlyTechs(read, match, all))
    );
  return read.cue || capital || onlyTechs(read, match, all) || namedAsTool(read, match, all);
}

/** Nouns an adjective of quality goes with: "solid experience", "strong background". */
const QUALITY_OF = new Set([
  'experience',
  'knowledge',
  'understanding',
  'background',
  'grasp',
  'skills',
]);

/**
 * The everyday word stands before a noun it describes: any noun for Linguist's long tail
 * ("clean code", "pure functions"), a noun of experience for a practice ("solid experience").
 * A capital inside the sentence still names the technology ("she knows Red well").
 */
function describesNext(tech: Tech, read: ReadWords, match: PhraseMatch): boolean {
  if (read.capitals[match.start] === true && match.start > 0) return false;
  const next = read.tokens[match.end];
  if (next === undefined || !read.isContent(next) || /\d/.test(next)) return false;
  if (tech.obscure) return true;
  const practice = tech.tags.has('practice') || tech.tags.has('concept');
  return practice && QUALITY_OF.has(next);
}

/** The word before the match is a noun the match completes: "job processing", "red team". */
function afterNoun(read: ReadWords, match: PhraseMatch): boolean {
  const before = read.tokens[match.start - 1];
  return (
    before !== undefined &&
    read.isContent(before) &&
    !SKILL_CUES.has(before) &&
    !SKILL_VERBS.has(before) &&
    !/\d/.test(before)
  );
}

/** Verbs before a skill: "write Processing", "learned Red". */
const SKILL_VERBS = new Set([
  'write',
  'writes',
  'wrote',
  'code',
  'coded',
  'program',
  'learn',
  'learned',
  'learning',
  'tried',
  'try',
  'worked',
  'work',
  'working',
  'with',
  'about',
]);

/** Words that count time spent in something: "years of", "experience with". */
const YEARS_WORDS = new Set(['year', 'years', 'yrs', 'yr', 'experience', 'exp']);

const WORKING_IN = new Set(['work', 'code', 'program', 'write', 'build', 'develop', 'ship']);

/** Before an everyday-word technology closing the question: "concurrency in go". */
const TOOL_PREPOSITIONS = new Set(['in', 'with', 'using', 'via']);

/**
 * "concurrency in go", "rust or go": the word closes the question after "in/with/using", or is
 * joined by "and"/"or" to a technology that is not an everyday word.
 */
function namedAsTool(read: ReadWords, match: PhraseMatch, all: PhraseMatch[]): boolean {
  const before = read.tokens[match.start - 1] ?? '';
  if (match.end === read.tokens.length && TOOL_PREPOSITIONS.has(before)) return true;
  // "can she work in react?", "does he code in go": a tool after a verb of working in it.
  if (before === 'in' && WORKING_IN.has(read.tokens[match.start - 2] ?? '')) return true;
  // "can he build react frontends?", "does she write swift": a tool right after such a verb.
  if (WORKING_IN.has(before) && before !== 'work') return true;
  // "how many years of swift?", "experience with swift": what the years are counted in.
  if ((before === 'of' || before === 'with') && YEARS_WORDS.has(read.tokens[match.start - 2] ?? ''))
    return true;
  const joinedTo = (at: number) =>
    all.some(
      (m) => m.start <= at && at < m.end && m.target.kind === 'tech' && !m.target.tech.everydayWord,
    );
  const after = read.tokens[match.end] ?? '';
  // "redux or react query": the word is part of a longer name there.
  if (after && read.isContent(after) && after !== 'and' && after !== 'or') return false;
  return (
    ((before === 'and' || before === 'or') && joinedTo(match.start - 2)) ||
    ((after === 'and' || after === 'or') && joinedTo(match.end + 1))
  );
}

/** Every content word belongs to a technology or group that is not itself an everyday word. */
function onlyTechs(read: ReadWords, match: PhraseMatch, all: PhraseMatch[]): boolean {
  return read.tokens.every(
    (t, i) =>
      !read.isContent(t) ||
      (i >= match.start && i < match.end) ||
      all.some(
        (m) =>
          i >= m.start &&
          i < m.end &&
          (m.target.kind === 'category' ||
            (m.target.kind === 'tech' && !m.target.tech.everydayWord)),
      ),
  );
}

/** Where the question first holds one of `words` that nothing explains yet, or -1. */
/** A name whose every word is among `words`. */
function within(words: ReadonlySet<string>) {
  return (name: string) => {
    const tokens = phraseTokens(name);
    return tokens.length > 0 && tokens.every((w) => words.has(w));
  };
}

const FIELD_NOUNS = new Set([
  'industry',
  'sector',
  'space',
  'world',
  'business',
  'field',
  'market',
  'scene',
]);

/**
 * "before the bank", "at the agency": the kind of business after "the" names the one employer
 * whose name says it ("Thermaikos Bank S.A."), when only one does.
 */
function theKindOfEmployer(read: ReadWords, roles: readonly Role[], found: Entities): void {
  for (let i = 1; i < read.tokens.length; i++) {
    const word = read.tokens[i] as string;
    if (read.tokens[i - 1] !== 'the' || !GENERIC_COMPANY_WORDS.has(word) || read.explained.has(i))
      continue;
    // "in the games industry", "the banking sector": a field of work, not the one employer.
    if (FIELD_NOUNS.has(read.tokens[i + 1] ?? '')) continue;
    const companies = new Set(
      roles.filter((r) => phraseTokens(r.company).includes(word)).map((r) => r.company),
    );
    if (companies.size !== 1) continue;
    found.roles.push(...roles.filter((r) => companies.has(r.company)));
    read.explained.add(i);
    return;
  }
}

/** "DHL Supply Chain", "LPP S.A.": a short word the name writes in capitals is its acronym. */
function acronymIn(company: string, word: string): boolean {
  return (
    word.length >= 2 &&
    /^[a-z]+$/.test(word) &&
    new RegExp(`(?:^|[^\\p{L}])${word.toUpperCase()}(?![\\p{L}.])`, 'u').test(company)
  );
}

function firstUnexplained(read: ReadWords, words: readonly string[]): number {
  if (words.length === 0) return -1;
  for (let i = 0; i < read.tokens.length; i++)
    if (words.includes(read.tokens[i] as string) && !read.explained.has(i)) return i;
  return -1;
}

/**
 * The word at `at` sits in another capitalised name ("Preferred Networks" is not "Sony Network
 * Communications"): a neighbour written with a capital that the company's name lacks.
 */
function otherName(read: ReadWords, at: number, words: readonly string[]): boolean {
  return [at - 1, at + 1].some((i) => {
    const t = read.tokens[i];
    return i > 0 && t !== undefined && read.capitals[i] === true && !words.includes(t);
  });
}

/**
 * Project names split once: the words, and those that are not generic ("system", "engine").
 * Only a project with a distinctive word in the question can be named in part: those are looked
 * up by word rather than trying every project.
 */
function projectNames(projects: readonly Project[]) {
  const projectWords = projects.map((project) => {
    const words = phraseTokens(project.name).filter((w) => !STOPWORDS.has(w));
    return { project, words, distinctive: words.filter((w) => !GENERIC_PROJECT_WORDS.has(w)) };
  });
  const byDistinctive = new Map<string, number[]>();
  projectWords.forEach(({ distinctive }, i) => {
    for (const w of new Set(distinctive)) {
      const list = byDistinctive.get(w);
      if (list) list.push(i);
      else byDistinctive.set(w, [i]);
    }
  });
  return { projectWords, byDistinctive };
}

/** Each project's summary as a set of its words. */
function summaryWords(projects: readonly Project[]) {
  return projects.flatMap((project) =>
    project.summary ? [{ project, words: new Set(phraseTokens(project.summary)) }] : [],
  );
}

const POINTING = new Set(['the', 'that', 'this', 'his', 'her', 'their']);

/**
 * "the hiking app", "her wallet app": two words after a pointing word, both in one project's
 * summary ("Trailmate — offline hiking app") and in no other's, name that project.
 */
function describedProject(
  tokens: readonly string[],
  summaries: readonly { project: Project; words: ReadonlySet<string> }[],
): Project | undefined {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!POINTING.has(tokens[i - 1] as string)) continue;
    const pair = [tokens[i] as string, tokens[i + 1] as string];
    if (pair.some((w) => STOPWORDS.has(w))) continue;
    const holding = summaries.filter(({ words }) => pair.every((w) => words.has(w)));
    if (holding.length === 1) return holding[0]?.project;
  }
  return undefined;
}

/** Positions of the projects with a distinctive name word among `asked`, in profile order. */
function projectsSharingAWord(
  byDistinctive: ReadonlyMap<string, number[]>,
  asked: readonly string[],
): number[] {
  let out: Set<number> | undefined;
  for (const t of asked) {
    const projects = byDistinctive.get(t);
    if (!projects) continue;
    out ??= new Set();
    for (const i of projects) out.add(i);
  }
  return out ? [...out].sort((a, b) => a - b) : [];
}

/**
 * A project named in part (one of its distinctive words is among `asked`): most of its name
 * words, at least two of them.
 */
function namedInPart(asked: ReadonlySet<string>, words: readonly string[]): boolean {
  let hits = 0;
  for (const w of words) if (asked.has(w)) hits++;
  return hits >= 2 && hits / words.length >= 0.5;
}
