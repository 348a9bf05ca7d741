import { sentences as sentencesOf } from '../answer/retrieve/sentences.ts';
import { isEverydayName } from '../answer/understand/entities.ts';
import { allTechnologies } from '../answer/vocabulary/index.ts';
import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import type { Contact, Project, Role } from '../knowledge/schema.ts';
import { availabilityFromProse, startFromProse } from './availability.ts';
import { camelCaseNames } from './camel-case-names.ts';
import { offeredEmail } from './contact-links.ts';
import { plural } from './import-result.ts';
import { labelledSkillLists } from './labelled-skills.ts';
import { hostOf } from './line-text.ts';
import { skillsFromListContext } from './list-context-skills.ts';
import type { Draft } from './markdown-sections.ts';
import { awardsFromProse } from './prose-awards.ts';
import { projectsFromProse } from './prose-projects.ts';
import {
  certificateLine,
  certificationsFromProse,
  degreeFromLine,
  educationFromProse,
  labelledCertificates,
  passedExams,
  talksFromProse,
} from './prose-records.ts';
import { endedByNext, rolesFromProse } from './prose-roles.ts';
import { skillPhrasesFromProse } from './prose-skills.ts';
import { volunteeringFromProse } from './prose-volunteering.ts';
import {
  bracketPartners,
  longerProductNames,
  makerProducts,
  slashPartners,
  type TechnologyMention,
  technologiesInProse,
} from './technology-mentions.ts';
import { uniqueId } from './unique-id.ts';

/**
 * What the whole profile says once every section is read: entries written as sentences, the
 * tools a role's bullets name, an availability line wherever it stands, the GitHub account
 * the projects live in.
 */

/** Paragraphs and one-line bullets as one text, each ending as a sentence does. */
function sentences(texts: readonly string[]): string {
  return texts.map((text) => (/[.!?]["”’)]?$/.test(text) ? text : `${text}.`)).join(' ');
}

/** The texts facts may hide in: the summary, achievements and sections kept as text. */
function proseTexts(draft: Draft): string[] {
  return [...draft.summary, ...draft.impact, ...draft.sections.flatMap((s) => s.items)];
}

/**
 * Jobs stated in sentences, kept unless a section already lists that employer. A role the
 * intro itself found (the current one) leaves room for earlier titles at the same employer.
 */
export function settleProseRoles(
  draft: Draft,
  notes: string[],
  where: string,
  fromIntro?: Role,
): void {
  const key = (role: Pick<Role, 'company' | 'title'>) =>
    `${role.company}|${role.title}`.toLowerCase();
  const listed = new Set(
    draft.roles.map((role) => (role === fromIntro ? key(role) : role.company.toLowerCase())),
  );
  const added: Role[] = [];
  // A story told under headings of its own ("Where I am now") holds the jobs when no
  // section lists any.
  // The job the intro names ("**Currently:** Platform Lead at X") lists none of the earlier ones.
  const told = draft.roles.every((role) => role === fromIntro)
    ? [...draft.summary, ...draft.sections.flatMap((s) => s.items)]
    : draft.summary;
  for (const role of rolesFromProse(sentences(told))) {
    if (listed.has(role.company.toLowerCase()) || listed.has(key(role))) continue;
    added.push({ ...role, highlights: [], technologies: [] });
  }
  if (added.length === 0) return;
  endedByNext([...(fromIntro ? [fromIntro] : []), ...added]);
  // The job held now leads, as a CV lists it, wherever the prose told it.
  added.sort((a, b) => Number(b.end === 'present') - Number(a.end === 'present'));
  draft.roles.push(...added);
  notes.push(
    `${where} → role${plural(added.length)} from prose: ${added.map((r) => `${r.title} at ${r.company}`).join('; ')}`,
  );
}

/** Certificates, studies and talks written as sentences, when no section lists them. */
export function settleProseRecords(draft: Draft, notes: string[], where: string): void {
  // Each line ends as a sentence does: a list of events never runs on into the next line.
  const text = sentences(proseTexts(draft));
  for (const told of proseTexts(draft)) offeredEmail(told, draft.contact);
  if (draft.certifications.length === 0) {
    const labelled = proseTexts(draft).flatMap(labelledCertificates);
    const lines = draft.sections
      .flatMap((section) => section.items)
      .flatMap((line) => certificateLine(line) ?? []);
    draft.certifications.push(
      ...(labelled.length > 0
        ? labelled
        : lines.length > 0
          ? lines
          : // "I hold the AWS Certified … certification" among the skills: told in a sentence.
            certificationsFromProse(sentences([...proseTexts(draft), ...draft.expertise]))),
    );
    if (draft.certifications.length > 0)
      notes.push(`${where} → certifications from prose (${draft.certifications.length})`);
  }
  const listed = draft.certifications.map((c) => c.name.toLowerCase());
  // "Recently passed the Google Cloud … exam" beside a list that leaves it out.
  const passed = passedExams(text).filter(
    (c) =>
      !listed.some(
        (name) => name.includes(c.name.toLowerCase()) || c.name.toLowerCase().includes(name),
      ),
  );
  if (passed.length > 0) {
    draft.certifications.push(...passed);
    notes.push(`${where} → certifications told as passed exams (${passed.length})`);
  }
  if (draft.education.length === 0) {
    const kept = draft.sections.flatMap((section) => section.items).map(yearLast);
    const lines = [...draft.summary, ...kept].flatMap((line) => degreeFromLine(line) ?? []);
    draft.education.push(...(lines.length > 0 ? lines : educationFromProse(text)));
    if (draft.education.length > 0)
      notes.push(`${where} → education from prose (${draft.education.length})`);
  }
  const known = new Set(draft.publications.map((p) => p.title.toLowerCase()));
  // A talk a role's text names ("Presented the flow at a conference (\"Title\")") is one too;
  // there only the clear words count, not "gave".
  const roleTalks = draft.roles
    .flatMap((role) => [role.summary ?? '', ...role.highlights])
    .flatMap(sentencesOf)
    .filter((sentence) => /\b(?:presented|spoke|talks?|keynote)\b/i.test(sentence));
  const talks = talksFromProse([text, ...roleTalks].join(' ')).filter(
    (talk) => !known.has(talk.title.toLowerCase()),
  );
  if (talks.length > 0) {
    draft.publications.push(...talks);
    notes.push(`${where} → talks from prose (${talks.length})`);
  }
  settleProjectTalks(draft, notes, where);
  settleProseAwards(text.split(/(?<=[.!?])\s+/), draft, notes, where);
  const groups = new Set(draft.volunteer.map((v) => v.organization.toLowerCase()));
  const volunteering = volunteeringFromProse(text).filter(
    (v) => !groups.has(v.organization.toLowerCase()),
  );
  if (volunteering.length > 0) {
    draft.volunteer.push(...volunteering);
    notes.push(`${where} → volunteering from prose (${volunteering.length})`);
  }
}

// "(presented at Data Council 2024, Austin)": the project itself was a talk, at that event.
const PRESENTED_AT =
  /\b(?:presented|talk(?:ed)?|spoke)\s+(?:it\s+)?(?:at|@)\s+(\p{Lu}[\p{L}\p{N}+&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}+&.'’-]*|\d{4}))*)/u;

/** A project a talk was given about becomes that talk too, named by the project. */
function settleProjectTalks(draft: Draft, notes: string[], where: string): void {
  const known = new Set(draft.publications.map((p) => p.title.toLowerCase()));
  let added = 0;
  for (const project of draft.projects) {
    const venue = PRESENTED_AT.exec([project.summary, ...project.details].join(' '))?.[1];
    if (!venue || known.has(project.name.toLowerCase())) continue;
    draft.publications.push({ kind: 'talk', title: project.name, venue });
    added++;
  }
  if (added > 0) notes.push(`${where} → talks about projects (${added})`);
}

/** Awards told in sentences, those a list did not already name. */
function settleProseAwards(text: string[], draft: Draft, notes: string[], where: string): void {
  const listed = draft.awards.map((a) => a.title.toLowerCase());
  const told = awardsFromProse(text).filter(
    (a) => !listed.some((name) => name.includes(a.title.toLowerCase())),
  );
  if (told.length === 0) return;
  draft.awards.push(...told);
  notes.push(`${where} → awards from prose (${told.length})`);
}

/** "2015: MSc in X, School" → "MSc in X, School, 2015": the year where a degree line has it. */
function yearLast(line: string): string {
  const dated = /^(?:(?:19|20)\d\d\s*[–—-]\s*)?((?:19|20)\d\d)\s*:\s+(.+)$/.exec(line);
  return dated?.[1] && dated[2] ? `${dated[2]}, ${dated[1]}` : line;
}

/**
 * Projects described in the prose ("I built a chaos-testing harness …"), when no section lists
 * projects. Work named only in a role's bullets stays with that role.
 */
export function settleProseProjects(draft: Draft, notes: string[], where: string): void {
  if (draft.projects.length > 0) return;
  const ids: string[] = [];
  for (const { name, sentence } of projectsFromProse(proseTexts(draft).join(' '))) {
    const id = uniqueId(name, ids, 'project');
    ids.push(id);
    draft.projects.push({
      id,
      name,
      aliases: [],
      summary: sentence,
      details: [],
      technologies: [],
      links: [],
    });
  }
  if (ids.length > 0)
    notes.push(
      `${where} → project${plural(ids.length)} from prose: ${draft.projects.map((p) => p.name).join('; ')}`,
    );
}

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
      ];
    });
    const known = new Set(found.map((name) => name.toLowerCase()));
    const camel = texts
      .flatMap((text) => camelCaseNames(text, ownNames))
      .filter((name) => !known.has(name.toLowerCase()));
    return [...new Set([...found, ...camel])];
  };
  for (const role of draft.roles) {
    if (role.technologies.length > 0) continue;
    role.technologies = named([role.summary ?? '', ...role.highlights]);
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
  const listed = draft.skills.length > 0 && !picks;
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

/**
 * "Open to remote contract work from January 2027" on a line of its own, in the summary or a
 * section kept as text: the availability, moved out of the text it stood in.
 */
export function takeAvailability(draft: Draft): string | undefined {
  const lists = [
    draft.summary,
    ...draft.sections.map((s) => s.items),
    draft.impact,
    draft.exploring,
  ];
  // A sentence about being open to work first; a notice period alone only when there is none.
  for (const read of [availabilityFromProse, startFromProse]) {
    for (const list of lists) {
      for (const [index, text] of list.entries()) {
        const availability = read(text);
        if (!availability) continue;
        if (text.replace(/[.!]$/, '') === availability) list.splice(index, 1);
        return availability;
      }
    }
  }
  return undefined;
}

/** The GitHub account that hosts the owner's project links, when no link names it. */
export function settleGithub(contact: Contact, projects: Project[]): void {
  if (contact.github) return;
  const owners = projects.flatMap((project) =>
    project.links.flatMap((link) => {
      const owner =
        hostOf(link.url) === 'github.com'
          ? /github\.com\/([\w-]+)\/[\w.-]+/i.exec(link.url)?.[1]
          : undefined;
      return owner ? [owner] : [];
    }),
  );
  // The owner of most of the repositories (two thirds at least): a work repository of the
  // employer's beside the owner's own does not hide whose projects they are.
  const counts = new Map<string, number>();
  for (const owner of owners) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  const [top, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (top && count && count >= 2 && count * 3 >= owners.length * 2)
    contact.github = `https://github.com/${top}`;
}

/** The dates of one job told twice: the more precise ones ("2019-03" over "2019") win. */
function mergeDates(same: Role, role: Role): void {
  const finer = (a: string | undefined, b: string | undefined) =>
    b !== undefined && (a === undefined || (b.startsWith(a) && b.length > a.length));
  const sameStart = same.start === role.start || finer(same.start, role.start);
  if (finer(same.start, role.start)) same.start = role.start;
  const coarser = finer(role.end, same.end);
  if (!same.end || (role.start && sameStart && !coarser)) same.end = role.end ?? same.end;
}

/**
 * One job told twice ("role: Senior Engineer @ Marea" in an about-me code block, then the same
 * job under Experience): kept once, with the dates and lines of both.
 */
export function settleSameRoles(draft: Draft): void {
  // "Facturis NV, Leuven" in a table and "Facturis NV" in a heading: one employer.
  const key = (r: Role) =>
    `${r.company.split(',')[0]}|${r.title}`.toLowerCase().replace(/\s+/g, ' ');
  const kept: Role[] = [];
  for (const role of draft.roles) {
    const same = kept.find((k) => key(k) === key(role));
    if (!same) {
      kept.push(role);
      continue;
    }
    mergeDates(same, role);
    if (same.company.includes(',') && !role.company.includes(',')) {
      same.location ??= same.company.slice(same.company.indexOf(',') + 1).trim();
      same.company = role.company;
    }
    for (const line of role.highlights)
      if (!same.highlights.includes(line)) same.highlights.push(line);
    for (const t of role.technologies)
      if (!same.technologies.includes(t)) same.technologies.push(t);
    if (!same.location && role.location) same.location = role.location;
    if (!same.summary && role.summary) same.summary = role.summary;
  }
  draft.roles = kept;
}
