import { z } from 'zod';
import { PortfolioBotError } from '../errors.ts';
import {
  type Certification,
  type Contact,
  ContactSchema,
  type Education,
  type Profile,
  type Project,
  type Pronouns,
  type Role,
  type SkillCategory,
  UrlSchema,
  type Volunteer,
} from '../knowledge/schema.ts';
import { availabilityFromProse } from './availability.ts';
import { DEFAULT_PRONOUNS, type ImportResult } from './import-result.ts';
import { certificateFromHighlight, certificatesAmongAwards } from './json-resume-certificates.ts';
import { modernizeJsonResume } from './json-resume-legacy.ts';
import { type JsonResume, JsonResumeSchema } from './json-resume-shape.ts';
import { validateJsonResume } from './json-resume-validate.ts';
import { hostOf, tidy } from './line-text.ts';
import { emptyDraft, type ProfileDraft } from './profile-draft.ts';
import { locationFromProse } from './prose-home.ts';
import { certificationsFromProse, talksFromProse } from './prose-records.ts';
import { yearsFromProse } from './prose-years.ts';
import { settleLanguageCertificates } from './settle-languages.ts';
import { settleTechnologies } from './settle-skills.ts';
import { uniqueId } from './unique-id.ts';

/** A JSON document is a JSON Resume when it is an object with `basics` or `work`. */
export function looksLikeJsonResume(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    ('basics' in value || 'work' in value)
  );
}

export interface JsonResumeOptions {
  pronouns?: Pronouns;
}

/**
 * Reads a resume.json (jsonresume.org) into profile knowledge, field for field. What has no
 * field of its own (a phone number, references, a company's URL) is kept as text in a section.
 */
export function importJsonResume(value: unknown, options: JsonResumeOptions = {}): ImportResult {
  const warnings = validateJsonResume(value);
  const legacy = modernizeJsonResume(value as Record<string, unknown>);
  const parsed = JsonResumeSchema.safeParse(legacy.resume);
  if (!parsed.success) {
    throw new PortfolioBotError('import_failed', `not a JSON Resume: ${parsed.error.message}`);
  }
  const resume = parsed.data;
  const draft = emptyDraft();
  const notes: string[] = [];
  const kept: string[] = [];
  if (legacy.renamed.length > 0)
    notes.push(`older JSON Resume field names read as today's: ${legacy.renamed.join(', ')}`);
  const identity = readBasics(resume, draft, notes, kept);
  identity.pronouns = options.pronouns ?? { ...DEFAULT_PRONOUNS };
  readWork(resume, draft, notes, kept);
  readEducation(resume, draft, notes);
  readSkills(resume, draft, notes);
  readProjects(resume, draft, notes, kept);
  readLists(resume, draft, notes, kept);
  if (!resume.certificates?.length) readCertificatesNamedElsewhere(draft, notes);
  // The tools a job's highlights or a project's description name are its technologies.
  settleTechnologies(draft);
  settleLanguageCertificates(draft, notes);
  readNamedTalks(draft, notes);
  if (resume.meta !== undefined)
    notes.push('meta → not imported: it describes the file, not the owner');
  if (kept.length > 0) {
    draft.sections.push({ id: 'resume-details', title: 'Other résumé details', items: kept });
    notes.push(`other fields → kept as section "resume-details" (${kept.length})`);
  }
  return { profile: { version: 1, identity, ...draft }, notes, warnings };
}

function readBasics(
  resume: JsonResume,
  draft: ProfileDraft,
  notes: string[],
  kept: string[],
): Profile['identity'] {
  const basics = resume.basics ?? {};
  const name = clean(basics.name);
  if (!name) throw new PortfolioBotError('import_failed', 'no name found: basics.name is empty');
  const title = clean(basics.label) ?? clean(resume.work?.[0]?.position);
  if (!title) {
    throw new PortfolioBotError(
      'import_failed',
      'no job title found: set basics.label (e.g. "Data Engineer") or a work entry with a position',
    );
  }
  const identity: Profile['identity'] = { name, title, pronouns: { ...DEFAULT_PRONOUNS } };
  const summary = clean(basics.summary);
  if (summary) draft.summary.push(...paragraphs(summary));
  const location = placeOf(basics.location) ?? (summary ? locationFromProse(summary) : undefined);
  if (location) identity.location = location;
  const address = [basics.location?.address, basics.location?.postalCode].map(clean);
  if (address.some(Boolean)) kept.push(`Address: ${address.filter(Boolean).join(', ')}`);
  const years = summary ? yearsFromProse(summary) : undefined;
  if (years) Object.assign(identity, years);
  const availability = summary ? availabilityFromProse(summary) : undefined;
  if (availability) identity.availability = availability;
  readContact(basics, draft.contact, kept);
  notes.push(
    `basics → identity: name "${name}", title "${title}"${location ? `, location "${location}"` : ''}` +
      `${years ? `, ${years.yearsOfExperienceNote ?? years.yearsOfExperience} years` : ''}` +
      `${availability ? ', availability' : ''}${summary ? ', summary' : ''}`,
  );
  return identity;
}

function placeOf(location: NonNullable<JsonResume['basics']>['location']): string | undefined {
  if (!location) return undefined;
  const parts = [location.city, location.region, countryName(location.countryCode)].map(clean);
  const place = parts.filter(Boolean).join(', ');
  return place || clean(location.address);
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "ES" → "Spain": the schema's ISO 3166-1 code, as people say the country. */
function countryName(code: string | undefined): string | undefined {
  if (!code || !/^[A-Za-z]{2}$/.test(code.trim())) return code;
  try {
    return regionNames.of(code.trim().toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

function readContact(
  basics: NonNullable<JsonResume['basics']>,
  contact: Contact,
  kept: string[],
): void {
  const email = clean(basics.email);
  if (email && z.email().safeParse(email).success) contact.email = email;
  else if (email) kept.push(`Email: ${email}`);
  const image = clean(basics.image);
  if (image) kept.push(`Photo: ${image}`);
  const phone = clean(basics.phone);
  if (phone && ContactSchema.shape.phone.safeParse(phone).success) contact.phone = phone;
  else if (phone) kept.push(`Phone: ${phone}`);
  if (basics.url) {
    if (isUrl(basics.url)) contact.website = basics.url;
    else kept.push(`Website: ${basics.url}`);
  }
  for (const profile of basics.profiles ?? []) {
    const network = clean(profile.network) ?? 'Profile';
    const url = profile.url && isUrl(profile.url) ? profile.url : undefined;
    if (!url) {
      kept.push(`${network}: ${clean(profile.username) ?? profile.url ?? ''}`.trim());
      continue;
    }
    const username = clean(profile.username);
    if (username && !url.toLowerCase().includes(username.toLowerCase()))
      kept.push(`${network}: ${username}`);
    const host = hostOf(url);
    if (host.endsWith('linkedin.com') && !contact.linkedin) contact.linkedin = url;
    else if (host === 'github.com' && !contact.github) contact.github = url;
    else contact.other.push({ label: network, url });
  }
}

function readWork(resume: JsonResume, draft: ProfileDraft, notes: string[], kept: string[]) {
  for (const work of resume.work ?? []) {
    const company = clean(work.name);
    const title = clean(work.position);
    if (!company || !title) {
      kept.push(entryText([work.position, work.name, work.startDate, work.summary]));
      continue;
    }
    const role: Role = { company, title, highlights: cleanList(work.highlights), technologies: [] };
    setDates(role, work.startDate, work.endDate);
    const location = clean(work.location);
    if (location) role.location = location;
    const summary = [work.description, work.summary].map(clean).filter(Boolean).join(' ');
    if (summary) role.summary = summary;
    if (work.url) kept.push(`${company}: ${work.url}`);
    draft.roles.push(role);
  }
  if (draft.roles.length > 0) notes.push(`work → ${draft.roles.length} roles`);
}

function readEducation(resume: JsonResume, draft: ProfileDraft, notes: string[]) {
  for (const entry of resume.education ?? []) {
    const institution = clean(entry.institution);
    if (!institution) continue;
    const details = [
      entry.score ? `Score: ${entry.score}` : '',
      entry.courses?.length ? `Courses: ${cleanList(entry.courses).join(', ')}` : '',
      entry.url ?? '',
    ].filter(Boolean);
    const education: Education = { institution, details };
    const degree = clean(entry.studyType);
    if (degree) education.degree = degree;
    const field = clean(entry.area);
    if (field) education.field = field;
    setDates(education, entry.startDate, entry.endDate);
    draft.education.push(education);
  }
  if (draft.education.length > 0) notes.push(`education → ${draft.education.length} entries`);
}

function readSkills(resume: JsonResume, draft: ProfileDraft, notes: string[]) {
  const loose: SkillCategory = { id: 'skills', name: 'Skills', aliases: [], skills: [] };
  for (const group of resume.skills ?? []) {
    const name = clean(group.name);
    const keywords = cleanList(group.keywords);
    const level = clean(group.level);
    if (keywords.length === 0) {
      // A skill entry without keywords names one skill.
      if (name) loose.skills.push({ name, aliases: [], ...(level ? { note: level } : {}) });
      continue;
    }
    const label = name ?? 'Skills';
    // A skill entry names an area the owner works in ("Machine Learning", level Expert).
    if (name && !draft.expertise.includes(name)) draft.expertise.push(name);
    const id = uniqueId(
      label,
      draft.skills.map((c) => c.id),
    );
    const category: SkillCategory = {
      id,
      name: label,
      aliases: [],
      skills: unique(keywords).map((keyword) => ({ name: keyword, aliases: [] })),
    };
    if (level) category.note = level;
    draft.skills.push(category);
  }
  if (loose.skills.length > 0) {
    loose.id = uniqueId(
      'Skills',
      draft.skills.map((c) => c.id),
    );
    draft.skills.push(loose);
  }
  const count = draft.skills.reduce((n, c) => n + c.skills.length, 0);
  if (count > 0) notes.push(`skills → ${draft.skills.length} categories, ${count} skills`);
}

function readProjects(resume: JsonResume, draft: ProfileDraft, notes: string[], kept: string[]) {
  for (const entry of resume.projects ?? []) {
    const name = clean(entry.name);
    if (!name) {
      kept.push(entryText([entry.description, ...(entry.highlights ?? [])]));
      continue;
    }
    const details = [
      ...cleanList(entry.highlights),
      entry.roles?.length ? `Role: ${cleanList(entry.roles).join(', ')}` : '',
      entry.entity ? `For: ${entry.entity}` : '',
      entry.type ? `Type: ${entry.type}` : '',
      dateSpan(entry.startDate, entry.endDate),
    ].filter(Boolean);
    const project: Project = {
      id: uniqueId(
        name,
        draft.projects.map((p) => p.id),
      ),
      name,
      aliases: [],
      summary: clean(entry.description) ?? clean(entry.summary) ?? name,
      details,
      technologies: unique(cleanList(entry.keywords)),
      links: entry.url && isUrl(entry.url) ? [{ label: hostOf(entry.url), url: entry.url }] : [],
    };
    if (entry.url && !isUrl(entry.url)) project.details.push(entry.url);
    draft.projects.push(project);
  }
  if (draft.projects.length > 0) notes.push(`projects → ${draft.projects.length} projects`);
}

function readLists(resume: JsonResume, draft: ProfileDraft, notes: string[], kept: string[]) {
  for (const entry of resume.certificates ?? []) {
    const name = clean(entry.name);
    if (!name) continue;
    const certification: Certification = { name };
    if (clean(entry.issuer)) certification.issuer = clean(entry.issuer);
    if (clean(entry.date)) certification.year = clean(entry.date);
    if (entry.url && isUrl(entry.url)) certification.url = entry.url;
    draft.certifications.push(certification);
  }
  for (const entry of resume.languages ?? []) {
    const name = clean(entry.language);
    const proficiency = clean(entry.fluency);
    if (name) draft.languages.push({ name, ...(proficiency ? { proficiency } : {}) });
  }
  for (const entry of resume.awards ?? []) {
    const title = clean(entry.title);
    if (!title) continue;
    draft.awards.push(
      withText({ title }, { awarder: entry.awarder, date: entry.date, summary: entry.summary }),
    );
  }
  for (const entry of resume.publications ?? []) {
    const title = clean(entry.name);
    if (!title) continue;
    const publication = withText(
      { kind: 'publication' as const, title },
      { venue: entry.publisher, date: entry.releaseDate, summary: entry.summary },
    );
    if (entry.url && isUrl(entry.url)) Object.assign(publication, { url: entry.url });
    draft.publications.push(publication);
  }
  readVolunteer(resume, draft);
  for (const entry of resume.interests ?? []) {
    const name = clean(entry.name);
    if (name) draft.interests.push({ name, keywords: cleanList(entry.keywords) });
  }
  for (const entry of resume.references ?? []) {
    const text = entryText([entry.reference, entry.name ? `— ${entry.name}` : undefined]);
    if (text) kept.push(`Reference: ${text}`);
  }
  for (const [field, list] of LIST_FIELDS) {
    const count = draft[list].length;
    if (count > 0) notes.push(`${field} → ${list} (${count})`);
  }
}

const LIST_FIELDS = [
  ['certificates', 'certifications'],
  ['languages', 'languages'],
  ['awards', 'awards'],
  ['publications', 'publications'],
  ['volunteer', 'volunteer'],
  ['interests', 'interests'],
] as const;

/** "Gave the talk 'Design tokens are an API' (2023)" among a job's or a volunteer's highlights. */
function readNamedTalks(draft: ProfileDraft, notes: string[]) {
  const known = new Set(draft.publications.map((p) => p.title.toLowerCase()));
  const texts = [...draft.roles, ...draft.volunteer].flatMap((entry) => [
    entry.summary ?? '',
    ...entry.highlights,
  ]);
  const talks = texts
    .flatMap((text) => talksFromProse(text))
    .filter((talk) => !known.has(talk.title.toLowerCase()) && known.add(talk.title.toLowerCase()));
  draft.publications.push(...talks);
  if (talks.length > 0) notes.push(`work and volunteer highlights → talks (${talks.length})`);
}

/** A résumé without a certificates field names them among its awards or a job's highlights. */
function readCertificatesNamedElsewhere(draft: ProfileDraft, notes: string[]) {
  const known = new Set(draft.certifications.map((c) => c.name.toLowerCase()));
  const found = [
    ...certificatesAmongAwards(draft.awards),
    // "Certified Functional Safety Engineer (TÜV Rheinland) since 2019." in the summary.
    ...draft.summary.flatMap((text) => certificationsFromProse(text)),
    ...draft.roles.flatMap((role) => role.highlights.map(certificateFromHighlight)),
  ].filter((c): c is Certification => c !== undefined && !known.has(c.name.toLowerCase()));
  for (const certification of found) {
    known.add(certification.name.toLowerCase());
    draft.certifications.push(certification);
  }
  if (found.length > 0) notes.push(`awards and work highlights → certifications (${found.length})`);
}

function readVolunteer(resume: JsonResume, draft: ProfileDraft) {
  for (const entry of resume.volunteer ?? []) {
    const organization = clean(entry.organization);
    if (!organization) continue;
    const volunteer: Volunteer = withText(
      { organization, highlights: cleanList(entry.highlights) } as Volunteer,
      { position: entry.position, summary: entry.summary },
    );
    setDates(volunteer, entry.startDate, entry.endDate);
    if (entry.url && isUrl(entry.url)) Object.assign(volunteer, { url: entry.url });
    draft.volunteer.push(volunteer);
  }
}

// ---------------------------------------------------------------------------------------------

function clean(text: string | undefined): string | undefined {
  const value = text === undefined ? '' : tidy(text);
  return value || undefined;
}

function cleanList(texts: readonly string[] | undefined): string[] {
  return (texts ?? []).map((text) => tidy(text)).filter(Boolean);
}

function unique(texts: string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((text) => {
    const key = text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Paragraphs of a summary written with blank lines; one paragraph otherwise. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => tidy(part))
    .filter(Boolean);
}

function withText<T extends object>(base: T, fields: Record<string, string | undefined>): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    const text = clean(value);
    if (text) out[key] = text;
  }
  return out as T;
}

function setDates(
  target: { start?: string; end?: string },
  start: string | undefined,
  end: string | undefined,
) {
  if (clean(start)) target.start = clean(start);
  if (clean(end)) target.end = clean(end);
}

function dateSpan(start: string | undefined, end: string | undefined): string {
  if (!clean(start) && !clean(end)) return '';
  return `Dates: ${clean(start) ?? '?'} – ${clean(end) ?? 'present'}`;
}

function entryText(parts: (string | undefined)[]): string {
  return parts.map(clean).filter(Boolean).join(' ');
}

function isUrl(text: string): boolean {
  return UrlSchema.safeParse(text).success;
}
