import { isEverydayName } from '../answer/understand/entities.ts';
import { allTechnologies } from '../answer/vocabulary/index.ts';
import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import { camelCaseNames } from './camel-case-names.ts';
import { plural } from './import-result.ts';
import { labelledSkillLists } from './labelled-skills.ts';
import { bracketListNames, skillsFromListContext } from './list-context-skills.ts';
import type { Draft } from './markdown-sections.ts';
import { skillPhrasesFromProse } from './prose-skills.ts';
import {
  bracketPartners,
  longerProductNames,
  makerProducts,
  slashPartners,
  type TechnologyMention,
  technologiesInProse,
} from './technology-mentions.ts';

/** The skills and tools a profile names in its sentences, settled once every section is read. */

/** The tools a role's or project's sentences name become its technologies. */
export function settleTechnologies(draft: Draft): void {
  // Proper names of tools only: "Semgrep", "jQuery"; a practice ("on-call", "SLOs") or a
  // field ("ML") is not a technology the role used.
  // Companies and projects are named in camel case too ("PayPal"): they are not tools.
  const ownNames = [...draft.roles.map((r) => r.company), ...draft.projects.map((p) => p.name)];
  const makers = skillMakers(draft);
  const listed = new Set(draft.skills.flatMap((c) => c.skills.map((s) => s.name.toLowerCase())));
  const named = (texts: string[]) => {
    const found = texts.flatMap((text) => {
      const mentions = technologiesInProse(text).filter((m) => m.tool);
      const tools = mentions
        .filter((m) => /\p{Lu}/u.test(m.name) || lowerCaseTool(m, text, mentions, listed))
        .map((m) => m.name);
      return [
        ...tools,
        ...longerProductNames(text, tools),
        ...slashPartners(text),
        ...bracketPartners(text),
        ...makerProducts(text, makers),
        // "on Google Cloud (BigQuery, Cloud Storage, Pub/Sub, Dataflow)": the rarer names of a
        // list of mostly known tools are tools too.
        ...skillsFromListContext([text]),
        ...bracketListNames(text),
      ];
    });
    const known = new Set(found.map((name) => name.toLowerCase()));
    const camel = texts
      .flatMap((text) => camelCaseNames(text, ownNames))
      .filter((name) => !known.has(name.toLowerCase()));
    return [...new Set([...found, ...camel])];
  };
  // "Skills: Python · Apache Spark · +4 skills" under a job that names Airflow and MLflow in its
  // text: the job used both.
  for (const role of draft.roles) {
    const listedHere = new Set(role.technologies.map((name) => name.toLowerCase()));
    const told = named([role.summary ?? '', ...role.highlights]);
    role.technologies.push(...told.filter((name) => !listedHere.has(name.toLowerCase())));
  }
  for (const project of draft.projects) {
    if (project.technologies.length > 0) continue;
    project.technologies = named([project.summary, ...project.details]);
  }
}

let lowerCase: ReadonlySet<string> | undefined;
/** The vocabulary's names written in lower case by their makers: "dbt", "pandas", "k6". */
const lowerCaseNames = (): ReadonlySet<string> => {
  lowerCase ??= new Set(
    allTechnologies()
      .map((t) => t.name)
      .filter((name) => !/\p{Lu}/u.test(name)),
  );
  return lowerCase;
};

/**
 * "dbt", "pandas", "scikit-learn": a tool whose own name is lower case, where a plain word could
 * not be meant: its name is no everyday word ("fish" and "sed" are), the owner lists it as a
 * skill, or it stands in a list beside other tools ("(zsh, fish, tmux)").
 */
function lowerCaseTool(
  mention: TechnologyMention,
  text: string,
  mentions: readonly TechnologyMention[],
  listed: ReadonlySet<string>,
): boolean {
  const { name } = mention;
  // "microservices" for the vocabulary's "Microservices": a concept written plainly, no tool.
  if (!lowerCaseNames().has(mention.canonical ?? name)) return false;
  if (listed.has(name.toLowerCase()) || !isEverydayName(name)) return true;
  const others = mentions.filter((m) => m.name !== name).map((m) => escapeRegExp(m.name));
  if (others.length === 0) return false;
  const beside = new RegExp(
    `(?:${others.join('|')}),\\s*(?:and\\s+)?${escapeRegExp(name)}\\b|\\b${escapeRegExp(name)},\\s*(?:${others.join('|')})`,
    'i',
  );
  return beside.test(text);
}

/** "Cisco" of a listed "Cisco IOS-XE": the first word of a listed skill of two or more words. */
function skillMakers(draft: Draft): string[] {
  const names = draft.skills.flatMap((c) => c.skills.map((s) => s.name));
  const makers = names.flatMap((name) => {
    const [first = '', ...rest] = name.split(/\s+/);
    return rest.length > 0 && /^\p{Lu}[\p{L}]+$/u.test(first) ? [first] : [];
  });
  return [...new Set(makers)];
}

/**
 * Without a skills section, the tools the prose names are the skills, and the practices its
 * sentences name ("I took over capacity planning", "a chaos-testing harness") its expertise.
 */
const TOP_PICKS = /^top skills$/i;

/** "since 2018 in-house at Prairie Forge": a tool's name inside an employer's is no skill. */
function inEmployerName(draft: Draft, name: string): boolean {
  return draft.roles.some((role) => namesWithin(role.company, name));
}

/** "Forge" in "Prairie Forge Equipment": a word of a longer name, not that name itself. */
function namesWithin(company: string, name: string): boolean {
  if (company.toLowerCase() === name.toLowerCase()) return false;
  return new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}(?![\\p{L}\\d])`, 'iu').test(company);
}

export function settleProseSkills(draft: Draft, notes: string[], where: string): void {
  const labelled = draft.skills.length > 0 ? [] : labelledSkillLists(draft.summary);
  const labelledNames = new Set(
    labelled.flatMap((c) => c.skills.map((skill) => skill.name.toLowerCase())),
  );
  // A LinkedIn "Top Skills" list holds a few picks, not every skill: the text still names them.
  const picks = draft.skills.length > 0 && draft.skills.every((c) => TOP_PICKS.test(c.name));
  const listed = draft.skills.length > 0 && !picks && !fewBesideProse(draft);
  // A labelled list read above is read: its brackets' other words ("Java (11/17)") name nothing.
  const read = new Set(
    labelled.length > 0 ? draft.summary.filter((t) => labelledSkillLists([t]).length > 0) : [],
  );
  const prose = proseTexts(draft).filter((text) => !read.has(text));
  const texts = picks
    ? [...prose, ...draft.roles.flatMap((r) => [r.summary ?? '', ...r.highlights])]
    : [...prose, ...draft.expertise.filter(isSentence)];
  const names = listed
    ? draft.skills.flatMap((c) => c.skills.flatMap((s) => [s.name, ...s.aliases]))
    : namedInProse(texts);
  draft.skills.push(...labelled);
  const picked = new Set(
    draft.skills
      .flatMap((c) => c.skills.flatMap((s) => [s.name, ...s.aliases]))
      .map((name) => name.toLowerCase()),
  );
  const unlisted = names.filter(
    (name) =>
      !labelledNames.has(name.toLowerCase()) &&
      !picked.has(name.toLowerCase()) &&
      !inEmployerName(draft, name),
  );
  if (!listed && unlisted.length > 0) {
    draft.skills.push({
      id: 'skills',
      name: 'Skills',
      aliases: [],
      note: 'named in the prose',
      skills: unlisted.map((name) => ({ name, aliases: [] })),
    });
    notes.push(`${where} → ${unlisted.length} skill${plural(unlisted.length)} named in prose`);
  }
  const known = new Set(
    [...names, ...draft.expertise, ...draft.projects.map((p) => p.name)].map((name) =>
      name.toLowerCase(),
    ),
  );
  const described = projectListSentences(draft);
  const undescribed = proseTexts(draft).map((text) =>
    described.reduce((rest, sentence) => rest.replace(sentence, ' '), text),
  );
  const practices = [
    ...skillPhrasesFromProse(undescribed),
    ...draft.projects.flatMap((project) => practiceOf(project.name)),
  ].filter((phrase) => {
    const key = phrase.toLowerCase();
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
  if (practices.length === 0) return;
  draft.expertise.push(...practices);
  notes.push(`${where} → expertise named in prose (${practices.length}): ${practices.join(', ')}`);
}

/**
 * A sentence that lists several projects describes them ("two things: a, a linter …, and b, a
 * generator …"), not an expertise of the owner's.
 */
function projectListSentences(draft: Draft): string[] {
  return [...new Set(draft.projects.flatMap((p) => (p.summary ? [p.summary] : [])))].filter(
    (sentence) => {
      const listed = sentence.slice(sentence.indexOf(':') + 1);
      return (
        sentence.includes(':') && draft.projects.filter((p) => listed.includes(p.name)).length > 1
      );
    },
  );
}

/** "interactive graphics in D3.js and Svelte": an expertise item that is a sentence names tools. */
function isSentence(item: string): boolean {
  return item.split(/\s+/).length >= 5;
}

/** The technologies the texts name, then the other names of lists that are mostly those. */
function namedInProse(texts: readonly string[]): string[] {
  const names = [...new Set(texts.flatMap((text) => technologiesInProse(text).map((m) => m.name)))];
  const keys = new Set(names.map((name) => name.toLowerCase()));
  return [
    ...names,
    ...skillsFromListContext(texts).filter((name) => !keys.has(name.toLowerCase())),
  ];
}

/** "chaos-testing harness" → "chaos testing": the practice a made thing serves. */
function practiceOf(name: string): string[] {
  const compound = /^(\p{Ll}+)-(\p{Ll}+)\s+\p{Ll}+$/u.exec(name);
  return compound ? [`${compound[1]} ${compound[2]}`] : [];
}

function _sentences(texts: readonly string[]): string {
  return texts.map((text) => (/[.!?]["”’)]?$/.test(text) ? text : `${text}.`)).join(' ');
}

function proseTexts(draft: Draft): string[] {
  return [...draft.summary, ...draft.impact, ...draft.sections.flatMap((s) => s.items)];
}

/**
 * A short "Things I use" list (an editor, a laptop, a notes app) beside paragraphs that tell a
 * career's tools: the list is not the skills, so the prose's are read as when there is none.
 */
function fewBesideProse(draft: Draft): boolean {
  const listed = draft.skills.flatMap((c) => c.skills.map((s) => s.name.toLowerCase()));
  if (listed.length >= 8) return false;
  const told = namedInProse(proseTexts(draft)).filter(
    (name) => !listed.includes(name.toLowerCase()),
  );
  return told.length >= Math.max(6, listed.length * 2);
}
