import { sentences as sentencesOf } from '../answer/retrieve/sentences.ts';
import type { Contact, Project, Role } from '../knowledge/schema.ts';
import { availabilityFromProse, startFromProse } from './availability.ts';
import { offeredEmail } from './contact-links.ts';
import { plural } from './import-result.ts';
import { hostOf } from './line-text.ts';
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
import { volunteeringFromProse } from './prose-volunteering.ts';
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
  // "Right now I'm a Staff Engineer at …" under "What I do" is read as expertise; it tells the job.
  const told = draft.roles.every((role) => role === fromIntro)
    ? [...draft.summary, ...draft.sections.flatMap((s) => s.items), ...toldExpertise(draft)]
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

const THESIS =
  /\b(?:My|The)\s+(?:(?:master['’]?s|bachelor['’]?s|final[- ]year|PhD|doctoral|diploma)\s+)?(?:thesis|dissertation|final[- ]year project)\b[^.!?]*[.!?]/iu;

/** The expertise an owner wrote as first-person sentences, not as the names of fields. */
function toldExpertise(draft: Draft): string[] {
  return draft.expertise.filter((item) => /^(?:\S+\s+){0,3}I(?:['’]m|\s)/.test(item));
}

/** Certificates, studies and talks written as sentences, when no section lists them. */
export function settleProseRecords(draft: Draft, notes: string[], where: string): void {
  // Each line ends as a sentence does: a list of events never runs on into the next line.
  const text = sentences(proseTexts(draft));
  for (const told of proseTexts(draft)) offeredEmail(told, draft.contact);
  if (draft.certifications.length === 0) {
    const labelled = proseTexts(draft).flatMap(labelledCertificates);
    // "📜 AWS Certified Cloud Practitioner (2023)" among an "About me" list's lines too.
    const lines = proseTexts(draft).flatMap(
      (line) => certificateLine(line.replace(/^[^\p{L}\p{N}]+/u, '')) ?? [],
    );
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
    // "My thesis was about conflict-free offline sync …": the one degree's thesis, kept with it.
    const thesis = THESIS.exec(text)?.[0];
    const [only, ...others] = draft.education;
    if (only && others.length === 0 && thesis && !only.details.includes(thesis))
      only.details.push(thesis);
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

/**
 * "Open to remote contract work from January 2027" on a line of its own, in the summary or a
 * section kept as text: the availability, moved out of the text it stood in.
 */
const OPEN_TO_WORK_BADGE = /^Open to work: /;

export function takeAvailability(draft: Draft): string | undefined {
  const lists = [
    draft.summary,
    ...draft.sections.map((s) => s.items),
    draft.impact,
    draft.exploring,
  ];
  // A sentence about being open to work first; a notice period alone only when there is none;
  // a page's bare "Open to work: <roles>" badge last, when nothing says more.
  const badge = (text: string) => OPEN_TO_WORK_BADGE.test(text);
  const readers = [
    (text: string) => (badge(text) ? undefined : availabilityFromProse(text)),
    (text: string) => (badge(text) ? undefined : startFromProse(text)),
    (text: string) => (badge(text) ? text : undefined),
  ];
  for (const read of readers) {
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
/**
 * The GitHub account a profile README's own widgets are drawn for: a stats, streak, trophy or
 * view-counter card names its user ("github-readme-stats…?username=rafael-moura"). Only when
 * every card names the same one.
 */
const WIDGET_USER =
  /\b(?:github-readme-stats|github-readme-streak-stats|streak-stats\.demolab|github-profile-trophy|github-readme-activity-graph|komarev\.com\/ghpvc)[^\s"'<>)]*?[?&](?:username|user)=([A-Za-z\d-]{1,39})\b/g;

function widgetUser(markdown: string): string | undefined {
  const users = [...markdown.matchAll(WIDGET_USER)].map((m) => m[1] ?? '');
  const one = new Set(users.map((u) => u.toLowerCase())).size === 1;
  return one ? users[0] : undefined;
}

export function settleGithub(contact: Contact, projects: Project[], markdown = ''): void {
  if (contact.github) return;
  const user = widgetUser(markdown);
  if (user) {
    contact.github = `https://github.com/${user}`;
    return;
  }
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
