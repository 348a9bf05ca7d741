import { allTechnologies, type Technology } from '../answer/vocabulary/index.ts';
import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import { ruledOut } from '../knowledge/ruled-out.ts';
import { splitList } from './entry-text.ts';

/**
 * Technologies named in a sentence ("Day to day I write TypeScript and Python, with
 * React/Next.js on the front …"), found by the engine's vocabulary so that a skills section
 * written as prose gives the same skills a list would.
 */

export interface TechnologyMention {
  /** As the README spells it: "Postgres", "Node.js". */
  name: string;
  /** The vocabulary's name when the README uses another spelling ("PostgreSQL"). */
  canonical?: string;
  /** The plain category it belongs in, e.g. "Databases"; none when its tags name no group. */
  category?: string;
  /**
   * A product, language, framework or platform, as opposed to a practice or a field the
   * vocabulary also knows ("on-call", "Machine learning", "SLOs").
   */
  tool: boolean;
}

// "Machine learning", "Distributed tracing": a field or a practice, named in plain words.
const FIELD_NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Ll}+)+$/u;

/** Whether a mention names a tool: not a practice, not a field, not a plain-word alias. */
function isTool(tech: Technology, written: string): boolean {
  if (tech.tags.includes('practice') || FIELD_NAME.test(tech.name)) return false;
  // "Pipelines" for CI/CD: a plain word standing for a concept, not a short form of the
  // name as "postgres" and "golang" are, nor a product's own initials ("RDS" for AWS).
  const alias = tech.aliases.find((a) => a.toLowerCase() === written.toLowerCase());
  const concept =
    alias !== undefined &&
    /^[a-z]+$/.test(alias) &&
    !/^\p{Lu}+$/u.test(written) &&
    alias.charAt(0) !== tech.name.charAt(0).toLowerCase();
  return !concept;
}

// First tag that matches decides: a language is a language before it is "frontend", a
// database before a cache or a queue, and a hosted platform is cloud before frontend.
const CATEGORY_BY_TAG: readonly (readonly [tags: readonly string[], category: string])[] = [
  [['language'], 'Languages'],
  [['testing'], 'Testing'],
  [['observability'], 'Observability'],
  [['database', 'cache'], 'Databases'],
  [['ml', 'mlops'], 'Machine learning'],
  [['mobile'], 'Mobile'],
  [['cloud', 'devops', 'ci', 'container'], 'Cloud & DevOps'],
  [['frontend'], 'Frontend'],
  [['backend', 'api', 'runtime'], 'Backend'],
  [['queue', 'messaging'], 'Messaging'],
  [['data'], 'Data'],
  [['design'], 'Design'],
  [['security'], 'Security'],
];

interface Spelling {
  /** Lower-cased, to compare with the text. */
  key: string;
  text: string;
  tech: Technology;
  /**
   * `exact`: counts only when written as the vocabulary writes it ("React", not "react");
   * `capitalised`: only when written with a capital ("Node", not "node").
   */
  caseRule: 'any' | 'exact' | 'capitalised';
}

let spellings: Map<string, Spelling[]> | undefined;

/** Spellings by their first lower-cased character, longest first. */
function spellingIndex(): Map<string, Spelling[]> {
  if (spellings) return spellings;
  const index = new Map<string, Spelling[]>();
  const seen = new Set<string>();
  for (const tech of allTechnologies()) {
    for (const [position, text] of [tech.name, ...tech.aliases].entries()) {
      const key = text.toLowerCase();
      // The built-in list comes first and wins a spelling two entries share.
      if (seen.has(key) || key.length === 0) continue;
      seen.add(key);
      // Everyday words ("React", "Jest", linguist's "Text") and plain lower-case aliases
      // ("node", "cache", "shell") mean the technology only when written as its name is.
      const plainAlias = position > 0 && /^[a-z]+$/.test(text);
      const caseRule =
        tech.everydayWord || tech.source === 'linguist'
          ? 'exact'
          : plainAlias
            ? 'capitalised'
            : 'any';
      const spelling: Spelling = { key, text, tech, caseRule };
      const first = key.charAt(0);
      index.set(first, [...(index.get(first) ?? []), spelling]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.key.length - a.key.length);
  spellings = index;
  return index;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function startsWord(text: string, at: number): boolean {
  const before = text.charAt(at - 1);
  return at === 0 || !(WORD_CHAR.test(before) || /[.+#-]/.test(before));
}

function endsWord(text: string, end: number): boolean {
  const after = text.charAt(end);
  if (WORD_CHAR.test(after) || /[+#]/.test(after)) return false;
  // "Node" in "Node.js" is not a word of its own; "AWS." at the end of a sentence is; "IOS" in
  // "IOS-XE" is part of a longer name, "React" in "React-based" is not.
  const next = text.charAt(end + 1);
  return !((after === '.' && WORD_CHAR.test(next)) || (after === '-' && /[\p{Lu}\d]/u.test(next)));
}

function startsSentence(text: string, at: number): boolean {
  return /(?:^|[.!?]\s+)$/.test(text.slice(0, at));
}

/**
 * Every technology of the vocabulary the text names, in order, each once: whole words, case
 * aside, the longest name winning ("React/Next.js" → React, Next.js; "Node.js" is not Node).
 * An `item` of a list ("Dagger DI") is a name, not a sentence: its first word counts as written.
 */
export function technologiesInProse(text: string, item = false): TechnologyMention[] {
  const index = spellingIndex();
  const found: TechnologyMention[] = [];
  const taken = new Set<Technology>();
  let at = 0;
  while (at < text.length) {
    const candidates = startsWord(text, at) ? index.get(text.charAt(at).toLowerCase()) : undefined;
    const match = candidates?.find((spelling) => {
      const end = at + spelling.key.length;
      const written = text.slice(at, end);
      if (written.toLowerCase() !== spelling.key || !endsWord(text, end)) return false;
      if (spelling.caseRule === 'any') return true;
      if (
        spelling.caseRule === 'capitalised' ? written === spelling.key : written !== spelling.text
      )
        return false;
      // A capitalised everyday word opening a sentence is just its first word.
      return !(/^\p{Lu}\p{Ll}+$/u.test(written) && !(item && at === 0) && startsSentence(text, at));
    });
    if (!match) {
      at++;
      continue;
    }
    const written = text.slice(at, at + match.key.length);
    const start = at;
    at += match.key.length;
    // "I don't do native mobile (no Swift or Kotlin)": named only to be ruled out.
    if (taken.has(match.tech) || ruledOut(text, start) || inModelName(text, start)) continue;
    taken.add(match.tech);
    const mention: TechnologyMention = { name: written, tool: isTool(match.tech, written) };
    if (written.toLowerCase() !== match.tech.name.toLowerCase())
      mention.canonical = match.tech.name;
    const category = CATEGORY_BY_TAG.find(([tags]) =>
      tags.some((tag) => match.tech.tags.includes(tag)),
    )?.[1];
    if (category) mention.category = category;
    found.push(mention);
  }
  return found;
}

// "ThinkPad X1 Carbon", "Galaxy S23 Edge": a brand and a model code before the name.
const MODEL_BEFORE = /\p{Lu}[\p{L}]+\s+\p{Lu}{1,3}\d+[\p{L}]?\s+$/u;

/** A word of a device's model name ("X1 Carbon") is not the technology of that name. */
function inModelName(text: string, at: number): boolean {
  return MODEL_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}

// Capitalised words that open a clause without naming anything.
const NOT_A_NAME =
  /^(?:I|We|My|Our|The|A|An|This|That|These|Those|It|Its|Also|And|Or|But|Then|Plus|Mostly|Sometimes|Usually|Often|Always|Everything|Anything|Something|Nothing|All|Most|Some|Even|Day|Each|Every)$/;
const TOOL_CLAUSE =
  /^(?:(?:and|or|plus|then)\s+)?(\p{Lu}[\p{L}\p{N}.+#-]*(?:\s+\p{Lu}[\p{L}\p{N}.+#-]*){0,2})\s+(?:for|when|as)\s+\S/u;

/**
 * Names outside the vocabulary that a sentence plainly lists as tools: "Linear for planning,
 * GitHub Actions for CI/CD, … and Notion for RFCs". Only a list of "Name for purpose" clauses
 * counts, and only when one of its names is a known technology, so that the pattern is
 * confirmed to be a list of tools.
 */
export function listedToolNames(text: string, known: readonly TechnologyMention[]): string[] {
  const clauses = splitList(text);
  const named = clauses.flatMap((clause) => {
    const name = TOOL_CLAUSE.exec(clause)?.[1];
    return name ? [name] : [];
  });
  const knownNames = new Set(known.map((m) => m.name.toLowerCase()));
  if (named.length < 2 || !named.some((name) => knownNames.has(name.toLowerCase()))) return [];
  return named.filter(
    (name) =>
      !knownNames.has(name.toLowerCase()) &&
      !name.split(/\s+/).some((word) => NOT_A_NAME.test(word)) &&
      technologiesInProse(name).length === 0,
  );
}

// "jQuery/Handlebars": two names joined by a slash, neither a plain lower-case word.
const SLASH_PAIR =
  /(?<![\p{L}\d/])([\p{L}][\p{L}\d.+#-]*)\/([\p{L}][\p{L}\d.+#-]*)(?![\p{L}\d/])/gu;
const NAME_LIKE = /\p{Lu}/u;

/**
 * Names a sentence pairs with a known tool by a slash ("a legacy jQuery/Handlebars stack"):
 * the partner of a known tool is a tool too, when it is written as a name.
 */
export function slashPartners(text: string): string[] {
  const partners: string[] = [];
  for (const match of text.matchAll(SLASH_PAIR)) {
    const [left = '', right = ''] = [match[1], match[2]].map((n) =>
      (n ?? '').replace(/[.-]+$/, ''),
    );
    const knownLeft = technologiesInProse(left, true).some((m) => m.tool && m.name === left);
    const knownRight = technologiesInProse(right, true).some((m) => m.tool && m.name === right);
    if (knownLeft === knownRight) continue;
    const partner = knownLeft ? right : left;
    if (NAME_LIKE.test(partner) && partner.length >= 2) partners.push(partner);
  }
  return partners;
}

// "React Native With Expo" in a title-cased line: a word that links names is no name.
const LINKING_WORD = /^(?:With|For|On|In|At|To|Of|By|From|Via|Into|Over|Across|Using)$/;

/**
 * "Vertex AI Feature Store": a known name of two words or more that capitalised words go on
 * from is the start of a longer product's name, which is named as written.
 */
export function longerProductNames(text: string, known: readonly string[]): string[] {
  return known.flatMap((name) => {
    if (!name.includes(' ')) return [];
    const after = new RegExp(
      `(?<![\\p{L}\\d])${escapeRegExp(name)}((?:\\s+\\p{Lu}[\\p{L}\\d]*){1,2})(?![\\p{L}\\d.+#-])`,
      'u',
    ).exec(text)?.[1];
    if (!after) return [];
    const words = after.trim().split(/\s+/);
    if (
      words.some(
        (word) =>
          NOT_A_NAME.test(word) ||
          LINKING_WORD.test(word) ||
          technologiesInProse(word, true).length > 0,
      )
    )
      return [];
    return [`${name}${after}`];
  });
}

// "SQL Server (T-SQL)": one name in the bracket, written as a name.
const BRACKET_PARTNER =
  /(\p{Lu}[\p{L}\d.+#-]*(?:\s\p{Lu}[\p{L}\d.+#-]*){0,2})\s*\(\s*(\p{Lu}[\p{L}\d.+#-]*|[A-Z]+-[A-Z]+)\s*\)/gu;

/**
 * The name in a bracket after a known tool ("SQL Server (T-SQL)"): the dialect, product or
 * flavour of that tool, a tool too when it is written as a name and not a plain word.
 */
export function bracketPartners(text: string): string[] {
  const partners: string[] = [];
  for (const match of text.matchAll(BRACKET_PARTNER)) {
    const [tool = '', partner = ''] = [match[1], match[2]];
    const known = technologiesInProse(tool, true).some((m) => m.tool);
    if (known && partner.length >= 2 && !/^\p{Lu}\p{Ll}+$/u.test(partner)) partners.push(partner);
  }
  return partners;
}

/**
 * "Cisco ASA", "Azure Key Vault" where the skills list "Cisco IOS-XE" or "Azure DevOps": a maker
 * that opens a listed skill's name, then up to three capitalised words, names another product
 * of that maker.
 */
export function makerProducts(text: string, makers: readonly string[]): string[] {
  const word = '\\p{Lu}[\\p{L}\\d-]*';
  return makers.flatMap((maker) => {
    const pattern = new RegExp(
      `(?<![\\p{L}\\d])${escapeRegExp(maker)}((?:\\s+${word}){1,3})(?![\\p{L}\\d+#]|\\.[\\p{L}\\d])`,
      'gu',
    );
    return [...text.matchAll(pattern)].flatMap((match) => {
      const words = (match[1] ?? '').trim().split(/\s+/);
      const cut = words.findIndex((w) => NOT_A_NAME.test(w) || LINKING_WORD.test(w));
      const kept = cut < 0 ? words : words.slice(0, cut);
      return kept.length > 0 ? [`${maker} ${kept.join(' ')}`] : [];
    });
  });
}
