import type { Profile, Skill, SkillCategory } from '../../knowledge/schema.ts';
import { IMPLICATIONS } from '../meaning/implications.ts';
import { allTechnologies, CATEGORY_WORDS, type Technology } from '../vocabulary/index.ts';
import { phraseTokens, type Tech } from './model.ts';

type TechInput =
  | Technology
  | { name: string; tags: string[]; aliases: string[]; everydayWord: boolean };

/** The technologies being built, by entry and by each of their names' words. */
interface TechTable {
  techs: Tech[];
  /** Every name (and alias) of each technology, as written. */
  techWords: Map<Tech, string[]>;
  byWord: Map<string, Tech>;
  /** Vocabulary names written as one word, as icon ids write them: "githubactions". */
  byCompact: Map<string, Tech>;
  add(tech: TechInput): Tech;
}

/**
 * Technologies: the vocabulary, the skills its implication table adds, merged with the
 * profile's own skills by name or alias.
 */
export function buildTechs(profile: Profile): Pick<TechTable, 'techs' | 'techWords'> {
  const table = techTable();
  addVocabulary(table);
  addImplied(table);
  for (const category of profile.skills)
    for (const skill of category.skills) addListed(table, skill, category);
  for (const category of profile.skills) listGroupNamedForTool(table, category);
  return { techs: table.techs, techWords: table.techWords };
}

let groupWords: ReadonlySet<string> | undefined;

/** Every word the vocabulary names a group of skills with, folded as names are. */
function isGroupWord(name: string): boolean {
  groupWords ??= new Set(
    Object.entries(CATEGORY_WORDS).flatMap(([tag, words]) => [tag, ...words.map(key)]),
  );
  return groupWords.has(name);
}
const NOT_TOOLS = ['practice', 'concept', 'architecture', 'ml', 'mlops', 'devops', 'language'];

function isTool(tech: Tech): boolean {
  return !NOT_TOOLS.some((tag) => tech.tags.has(tag));
}

/**
 * "Shopify: Liquid, Online Store 2.0, Shopify CLI …": a group named after a known tool holds
 * that tool's skills, so the owner lists the tool itself.
 */
function listGroupNamedForTool(table: TechTable, category: SkillCategory) {
  const name = key(category.name);
  const tech = table.byWord.get(name);
  if (!tech || tech.listed || tech.vocabularyName === undefined || tech.obscure) return;
  // "Testing", "Observability", "MLOps": a field's name, not a tool's.
  if (category.skills.length === 0 || isGroupWord(name) || !isTool(tech)) return;
  list(tech, { name: category.name, aliases: [] }, category);
}

function techTable(): TechTable {
  const techs: Tech[] = [];
  const add = (tech: TechInput): Tech => {
    const entry: Tech = {
      key: `tech:${techs.length}`,
      name: tech.name,
      aliases: [],
      tags: new Set(tech.tags),
      everydayWord: tech.everydayWord,
      obscure: 'source' in tech && tech.source === 'linguist',
      evidence: [],
      projects: [],
    };
    techs.push(entry);
    return entry;
  };
  return { techs, techWords: new Map(), byWord: new Map(), byCompact: new Map(), add };
}

const key = (words: string) => phraseTokens(words).join(' ');
const compact = (words: string) => key(words).replace(/[^a-z0-9+#]/g, '');

function addVocabulary(table: TechTable) {
  for (const tech of allTechnologies()) {
    const entry = table.add(tech);
    entry.vocabularyName = tech.name;
    const words = [tech.name, ...tech.aliases];
    table.techWords.set(entry, words);
    for (const w of words) {
      const k = key(w);
      if (k && !table.byWord.has(k)) table.byWord.set(k, entry);
      const c = compact(w);
      if (c.length >= 5 && !table.byCompact.has(c)) table.byCompact.set(c, entry);
    }
  }
}

/** Skills the vocabulary lacks but a listed technology implies ("payments" through Stripe). */
function addImplied(table: TechTable) {
  for (const implied of IMPLICATIONS) {
    const known = table.byWord.get(key(implied.name));
    const entry =
      known ??
      table.add({ name: implied.name, tags: ['concept'], aliases: [], everydayWord: false });
    if (!known) {
      entry.vocabularyName = implied.name;
      table.techWords.set(entry, [implied.name]);
    }
    for (const w of implied.aliases) {
      if (table.byWord.has(key(w))) continue;
      table.byWord.set(key(w), entry);
      table.techWords.get(entry)?.push(w);
    }
    if (!known) table.byWord.set(key(implied.name), entry);
  }
}

function addListed(table: TechTable, skill: Skill, category: SkillCategory) {
  // "Vue 3", "Drupal 10", "PHP 8.2": the technology at a version is the technology.
  const unversioned = VERSIONED_NAME.exec(skill.name)?.[1];
  // "Drupal 7", then "Drupal 10": the bare name stays with the first skill that claimed it.
  const claimed = unversioned !== undefined && table.byWord.get(key(unversioned))?.listed;
  const words = [skill.name, ...skill.aliases, ...(unversioned && !claimed ? [unversioned] : [])];
  let entry = words.map((w) => table.byWord.get(key(w))).find((t) => t !== undefined);
  // "githubactions", "apachekafka": an icon's id, one lower-case word, is the vocabulary's name.
  const iconId = /^[a-z0-9+#]{5,}$/.test(skill.name);
  entry ??= iconId ? table.byCompact.get(compact(skill.name)) : undefined;
  if (!entry || entry.listed) {
    entry = table.add({ name: skill.name, tags: [], aliases: skill.aliases, everydayWord: false });
    table.techWords.set(entry, []);
  }
  const compound = entry.vocabularyName === undefined;
  // The profile's spelling wins (but an icon's id reads as the name it stands for), and a
  // listed skill is never an "everyday word".
  if (!iconId || entry.vocabularyName === undefined) entry.name = skill.name;
  list(entry, skill, category);
  table.techWords.get(entry)?.push(...words);
  for (const w of words) table.byWord.set(key(w), entry);
  // "Coroutines & Flow", "Hilt/Dagger DI": each known part is listed too, and a part of two
  // words or more names the whole skill.
  if (!compound) return;
  for (const part of compoundParts(skill.name)) {
    const known = table.byWord.get(key(part));
    if (known && !known.listed) list(known, skill, category);
    else if (!known && key(part).includes(' ')) {
      table.byWord.set(key(part), entry);
      table.techWords.get(entry)?.push(part);
    }
  }
}

const VERSIONED_NAME = /^(.*?\p{L}[^\s]*)\s+v?\d+(?:\.\d+)*(?:\s*LTS)?\+?$/iu;

/** The parts of a skill written as several: "Coroutines & Flow", "Hilt/Dagger DI". */
function compoundParts(name: string): string[] {
  const parts = name.split(/\s*(?:&|\/|,|\+|\band\b)\s*/).filter((p) => p.trim().length > 1);
  return parts.length > 1 ? parts : [];
}

function list(tech: Tech, skill: Skill, category: SkillCategory) {
  tech.listed = { skill, category };
  (tech.tags as Set<string>).add(category.id);
  for (const word of phraseTokens(category.name)) (tech.tags as Set<string>).add(word);
}
