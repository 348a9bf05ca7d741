import { NUMBER_WORDS } from '../knowledge/number-words.ts';
import { isPlaceInCountry, namesKnownPlace } from '../knowledge/places.ts';
import { isLearningNote } from '../knowledge/plans.ts';
import type { Profile } from '../knowledge/schema.ts';
import {
  buildKnowledgeIndex,
  type KnowledgeIndex,
  phraseTokens,
  type Snippet,
  type Tech,
} from './knowledge-index.ts';
import { closestListed } from './meaning/closest.ts';
import { technologiesInText } from './meaning/technologies-in-text.ts';
import { impliedByName, listedVia, mentionsOf, techFor } from './tech-evidence.ts';
import { contentStems, normalize, tokenize, UNSPACED_RUN } from './text.ts';

/**
 * One notion of "the profile supports this", shared by the answer engine and anything that
 * weighs a profile against a job description.
 *
 * - `supportFor(term)`: `held` when a listed skill is the term (or an alias of it), `implied`
 *   when listed skills imply it (`via` names them: PostgreSQL ⇒ SQL), `mentioned` when the
 *   profile's text names it (or what implies it) without listing it, `absent` after the whole
 *   knowledge was searched; `closest` names listed skills of the same kind.
 * - `certification(term)`: held only when a certification names it; a skill is not one.
 * - `technologiesIn(text)`: technologies named in free text, by canonical name; everyday words
 *   ("go-karting", "we move fast") are not taken for them.
 * - `search(text, limit)`: the best knowledge lines for a phrase, words of the same meaning
 *   included; `linesMatching(pattern)`: every line a pattern matches.
 * - `years()`, `location()`, `availability()`: from the fields, or failing that from the text.
 */
export interface ProfileSupport {
  supportFor(term: string): Support;
  certification(term: string): { held: boolean; evidence: EvidenceLine[] };
  technologiesIn(text: string): string[];
  groupsIn(text: string): SkillGroup[];
  search(text: string, limit?: number): EvidenceLine[];
  /** Every line of the knowledge that `pattern` matches, whatever its field. */
  linesMatching(pattern: RegExp): EvidenceLine[];
  years(): number | undefined;
  location(): string | undefined;
  availability(): string | undefined;
}

/** A kind of tool a text names ("RDBMS", "message queues") and the listed skills of that kind. */
export interface SkillGroup {
  label: string;
  skills: string[];
}

/** A line of the knowledge and where it sits ("skills.Backend", "roles[0].highlights[1]"). */
export interface EvidenceLine {
  text: string;
  where: string;
}

export interface Support {
  term: string;
  canonical: string;
  status: 'held' | 'implied' | 'mentioned' | 'absent';
  /** Listed skills that imply the term. */
  via: string[];
  evidence: EvidenceLine[];
  /** Closest listed skills to an absent term. */
  closest: string[];
  /** Held only as a listing marked as being learned ("learning"): named, not yet known. */
  learning?: true;
}

const MAX_EVIDENCE = 6;

export function createProfileSupport(profile: Profile): ProfileSupport {
  return supportOver(buildKnowledgeIndex(profile));
}

/** The same support over an index already built (the engine's own). */
export function supportOver(index: KnowledgeIndex): ProfileSupport {
  const search = (text: string, limit = 5) =>
    index
      .search(contentStems(text))
      .filter((h) => h.coverage >= 0.5)
      .slice(0, limit)
      .map((h) => toLine(h.snippet));
  const supported = new Map<string, Support>();
  return {
    supportFor: (term) => {
      let found = supported.get(term);
      if (!found) {
        found = supportFor(index, term);
        if (supported.size > 5_000) supported.clear();
        supported.set(term, found);
      }
      return found;
    },
    certification: (term) => certification(index, term),
    technologiesIn: (text) => technologiesInText(index, text),
    groupsIn: (text) => groupsInText(index, text),
    search,
    linesMatching: (pattern) => index.snippets.filter((s) => pattern.test(s.text)).map(toLine),
    years: once(() => yearsOf(index)),
    location: once(() => locationOf(index)),
    availability: once(
      () =>
        index.profile.identity.availability ??
        fromText(index, AVAILABILITY_IN_TEXT, (found) => !HIGH_AVAILABILITY.test(found)),
    ),
  };
}

// Groups that are kinds of tool, where holding one of the kind is holding the kind: "RDBMS"
// is met by PostgreSQL. Fields ("backend", "security", "mobile") are judged otherwise.
const TOOL_KINDS: ReadonlySet<string> = new Set(
  'database sql nosql orm queue container ci build rtos microcontroller static-analysis scheduler vector serverless streaming crm erp gis visualization jvm'.split(
    ' ',
  ),
);

function groupsInText(index: KnowledgeIndex, text: string): SkillGroup[] {
  const out: SkillGroup[] = [];
  for (const match of index.matchPhrases(phraseTokens(text))) {
    const { target } = match;
    if (target.kind !== 'category' || !target.category.tag) continue;
    if (!TOOL_KINDS.has(target.category.tag)) continue;
    const skills = [...new Set(index.skillsIn(target.category).map((s) => s.skill.name))];
    out.push({ label: target.category.label, skills });
  }
  return out;
}

export function toLine(snippet: Snippet): EvidenceLine {
  return { text: snippet.text, where: snippet.where };
}

function supportFor(index: KnowledgeIndex, term: string): Support {
  const tech = techFor(index, term) ?? impliedByName(index, term);
  if (!tech) return textSupport(index, term);
  const canonical = tech.vocabularyName ?? tech.name;
  const base = { term, canonical, via: [] as string[], closest: [] as string[] };
  const evidence = (snippets: Snippet[]) => snippets.slice(0, MAX_EVIDENCE).map(toLine);
  if (tech.listed) {
    const learning = isLearningNote(tech.listed.skill.note ?? tech.listed.category.note);
    const lines = evidence(heldLines(index, tech));
    return { ...base, status: 'held', evidence: lines, ...(learning ? { learning } : {}) };
  }
  const via = listedVia(index, tech.name);
  if (via.length > 0) {
    const lines = via.flatMap((t) => heldLines(index, t));
    return { ...base, status: 'implied', via: via.map((t) => t.name), evidence: evidence(lines) };
  }
  const mentioned = mentionsOf(index, tech);
  if (mentioned.length > 0) return { ...base, status: 'mentioned', evidence: evidence(mentioned) };
  return {
    ...base,
    status: 'absent',
    evidence: [],
    closest: closestListed(index, tech).map((t) => t.name),
  };
}

/** The skills line of a listed technology first, then the lines that name it. */
function heldLines(index: KnowledgeIndex, tech: Tech): Snippet[] {
  const category = tech.listed?.category.name;
  const skillsLine = index.snippets.find((s) => s.where === `skills.${category}`);
  return [...new Set([...(skillsLine ? [skillsLine] : []), ...tech.evidence])];
}

/** A term the vocabulary does not know: the knowledge text decides. */
function textSupport(index: KnowledgeIndex, term: string): Support {
  const stems = contentStems(term);
  const hits = stems.length
    ? index.search(stems).filter((h) => h.coverage >= 0.99 && exactly(h.snippet, term))
    : [];
  const base = { term, canonical: term.trim(), via: [], closest: [] };
  if (hits.length === 0) return { ...base, status: 'absent', evidence: [] };
  return {
    ...base,
    status: 'mentioned',
    evidence: hits.slice(0, MAX_EVIDENCE).map((h) => toLine(h.snippet)),
  };
}

/** The line holds the term's words in order ("event sourcing", not "event … sourcing"). */
function exactly(snippet: Snippet, term: string): boolean {
  const words = tokenize(normalize(term)).join(' ');
  return ` ${tokenize(normalize(snippet.text)).join(' ')} `.includes(` ${words} `);
}

function certification(index: KnowledgeIndex, term: string) {
  // "基本情報" in "基本情報技術者試験": scripts written without spaces hold a name inside a
  // word, and have no word forms to fold; the name is found as written.
  if (UNSPACED_RUN.test(term)) {
    const named = index.snippets.filter(
      (s) => s.topic === 'certifications' && s.text.includes(term.trim()),
    );
    return { held: named.length > 0, evidence: named.map(toLine) };
  }
  const tech = techFor(index, term);
  const wanted = (
    tech
      ? [tech.name, ...tech.aliases].map((n) => tokenize(normalize(n)).join(' '))
      : vendorSpellings(index, term)
  )
    .map(withoutCertifyingWords)
    .filter(Boolean);
  const lines = index.snippets.filter((s) => s.topic === 'certifications');
  const holding = lines.filter((s) => {
    const text = ` ${withoutCertifyingWords(tokenize(normalize(s.text)).join(' '))} `;
    return wanted.some((w) => text.includes(` ${w} `));
  });
  return { held: holding.length > 0, evidence: holding.map(toLine) };
}

/** "Databricks Certified Data Engineer Professional" names "Databricks Data Engineer Professional". */
function withoutCertifyingWords(tokens: string): string {
  return tokens
    .replace(/\b(?:certified|certifications?|certificates?)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "GCP Professional Data Engineer" as the certificate may spell it: the term with each
 * technology in it written by each of its names ("Google Cloud Professional Data Engineer").
 */
function vendorSpellings(index: KnowledgeIndex, term: string): string[] {
  const tokens = tokenize(normalize(term));
  const spellings = new Set([tokens.join(' ')]);
  for (const match of index.matchPhrases(phraseTokens(term))) {
    if (match.target.kind !== 'tech') continue;
    const { tech } = match.target;
    for (const name of [tech.name, tech.vocabularyName ?? '', ...tech.aliases]) {
      const spelled = tokenize(normalize(name));
      if (spelled.length === 0) continue;
      const variant = [...tokens.slice(0, match.start), ...spelled, ...tokens.slice(match.end)];
      spellings.add(variant.join(' '));
    }
  }
  return [...spellings].filter(Boolean);
}

/** The field, else a sentence of the text, else a place line, else the current role's place. */
function locationOf(index: KnowledgeIndex): string | undefined {
  const { identity, roles } = index.profile;
  const current = roles.find((r) => !r.end || /present|now|current/i.test(r.end));
  return (
    identity.location ??
    fromText(index, LOCATION_IN_TEXT) ??
    fromText(index, PLACE_LINE) ??
    fromText(index, WORKS_IN, (found) => namesKnownPlace(found.replace(/^.*?\bin\s+/, ''))) ??
    (current?.location && !REMOTE_PLACE.test(current.location) ? current.location : undefined) ??
    placeSegment(index)
  );
}

/** "Remote (HQ in Berlin)", "Remoto (sede en Madrid)": where the employer sits, not the owner. */
const REMOTE_PLACE =
  /\b(?:remote|remoto|remota|remotamente|à distance|télétravail|zdalnie|zdalna|fernarbeit|homeoffice|home office)\b/i;

const CLOSED_SPAN = /\b(?:19|20)\d\d\s*[–—-]\s*(?:19|20)\d\d\b/;

/** The end of a postal address: "Margaretenstraße 112/14, 1050 Wien, Austria" → "Wien, Austria". */
const ADDRESS_END =
  /,\s*(?:[A-Z]{0,3}-?\d{3,6}\s+)?(\p{Lu}[\p{L}'.-]*(?:[ -]\p{Lu}[\p{L}'.-]*)*),\s*(\p{Lu}[\p{L}'.-]*(?:[ -]\p{Lu}[\p{L}'.-]*)*)$/u;

/**
 * A line part such as "… | Lyon, Auvergne-Rhône-Alpes, France", or an address's city and
 * country, known as a place: from the lines about the owner first, then the current role's.
 * A past role's place says where the owner was, not where they are.
 */
function placeSegment(index: KnowledgeIndex): string | undefined {
  const current = (s: Snippet) =>
    s.role !== undefined && (!s.role.end || /present|now|current/i.test(s.role.end));
  // "2019 – 2022 · Uutisverkko Media, Helsinki · Data Journalist": a line with a closed span of
  // years tells of the past, wherever the importer left it.
  const own = index.snippets.filter(
    (s) => !s.role && s.topic !== 'skills' && s.topic !== 'project' && !CLOSED_SPAN.test(s.text),
  );
  const roles = index.snippets.filter(current);
  for (const s of [...own, ...roles]) {
    for (const part of s.text.split(/\s+[|·•—–]\s+|\s{2,}/)) {
      // "Halifax, Nova Scotia, Canada (Atlantic Time)": an aside after the place; "Medellín,
      // Colombia 🇨🇴": a flag after it.
      const text = part
        .replace(/[\u{1F1E6}-\u{1F1FF}]|\p{Extended_Pictographic}/gu, '')
        .trim()
        .replace(/\s*\([^()]*\)$/, '');
      const address = s.role || !/\d/.test(text) ? undefined : ADDRESS_END.exec(text);
      const place = address ? `${address[1]}, ${address[2]}` : text;
      if (isPlaceInCountry(place)) return place;
    }
  }
  return undefined;
}

function yearsOf(index: KnowledgeIndex): number | undefined {
  const stated = index.profile.identity.yearsOfExperience;
  if (stated !== undefined) return stated;
  // Only the lines about the owner: "2 years at Acme" in a role is not a career.
  for (const s of index.snippets) {
    if (s.topic !== 'identity' && s.topic !== 'title') continue;
    const m = YEARS_IN_TEXT.exec(s.text);
    const count = m?.[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : Number.NaN;
    if (Number.isFinite(count)) return count;
  }
  return undefined;
}

/** "6+ years of experience", "7 years and counting", "over 10 years building …". */
const YEARS_IN_TEXT = new RegExp(
  `\\b(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\+?\\s*(?:years?|yrs?)\\b` +
    String.raw`(?!\s+(?:ago|old)\b)(?=(?:\s+(?:of|in|and|as|building|working|shipping|designing|writing|leading|professional|experience|industry|counting)\b)|\s*[—–-]|\s*[,.)]|$)`,
  'i',
);
const LOCATION_IN_TEXT =
  /\b(?:[Bb]ased in|[Ll]ocated in|[Ll]ive in|[Ll]iving in|[Ll]ives in|[Bb]ased out of|(?<=\b(?:engineer|developer|designer|scientist|manager|[Ii]'m|[Ii] am)\b.{0,40})from)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)\b)(\p{Lu}[\p{L}'-]*(?:[ -]\p{Lu}[\p{L}'-]*)*(?:,\s*\p{Lu}[\p{L}'-]*(?:[ -]\p{Lu}[\p{L}'-]*)*)?)/u;
/**
 * "Notice period", as CVs in other languages state it: "Okres wypowiedzenia: 1 miesiąc",
 * "Kündigungsfrist: 3 Monate". Questions and prose are both searched for them.
 */
export const NOTICE_PERIOD_WORDS: readonly string[] = [
  'notice period',
  'kündigungsfrist',
  'préavis',
  'preaviso',
  'preavviso',
  'opzegtermijn',
  'okres wypowiedzenia',
];
const NOTICE = `\\b(?:${NOTICE_PERIOD_WORDS.join('|')})\\b`;
// "Verfügbar ab 01.04.2027": a full stop between digits ends no sentence.
const NOT_A_STOP = String.raw`(?:[^.]|\.(?=\d))*`;
const AVAILABILITY_IN_TEXT = new RegExp(
  String.raw`${NOT_A_STOP}(?:\bverfügbar ab\b|\bopen to\b[^.]*\b(?:work|roles?|positions?|opportunit\w*|contracts?|freelance|remote|relocat\w*|offers?|projects?|consulting)\b|\bavailable (?:for|from|to|immediately|now|in)\b|(?<![-\w])availability:|${NOTICE}|\bcan start\b|\blooking for (?:a|new|my|the next|freelance|contract)\b|\bnot (?:actively )?looking\b|\bhappy to (?:chat|talk) about\b[^.]*\broles?\b)${NOT_A_STOP}`,
  'iu',
);
/**
 * "Staff Data Engineer in Rotterdam, Netherlands": a job title, then "in" and a place, which
 * must be a known city or country ("Engineer in Healthcare" names a field).
 */
const WORKS_IN =
  /\b(?:engineer|developer|designer|scientist|manager|architect|consultant|analyst|lead|programmer|researcher)\s+in\s+(\p{Lu}[\p{L}'-]*(?:[ -]\p{Lu}[\p{L}'-]*)*(?:,\s*\p{Lu}[\p{L}'-]*(?:[ -]\p{Lu}[\p{L}'-]*)*)?)/iu;
/** A first line such as "Berlin, Germany · email · site": the place before the separators. */
const PLACE_LINE =
  /^(\p{Lu}[\p{L}'-]*(?:[ -]\p{Lu}[\p{L}'-]*)*,\s*\p{Lu}[\p{L}'-]*(?:[ -]\p{Lu}[\p{L}'-]*)*)\s*[·•|]/u;

/** Availability as uptime ("high-availability design"), which says nothing about hiring. */
const HIGH_AVAILABILITY = /\bhigh(?:ly)?[- ]?availab/i;

/** The first match of a pattern in the knowledge's lines, trimmed, that `keep` accepts. */
function fromText(
  index: KnowledgeIndex,
  pattern: RegExp,
  keep: (found: string) => boolean = () => true,
): string | undefined {
  for (const s of index.snippets) {
    if (s.topic === 'skills' || s.topic === 'project') continue;
    const m = pattern.exec(s.text);
    if (m && keep(m[0])) return (m[1] ?? m[0]).trim().replace(/[.;,]+$/, '');
  }
  return undefined;
}

/** A value computed on first use: the knowledge does not change under an index. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
