import type {
  Certification,
  Contact,
  Education,
  Pronouns,
  Role,
  SkillCategory,
} from '../knowledge/schema.ts';
import { isSpokenLanguageName } from './language-names.ts';
import type { ProfileDraft } from './profile-draft.ts';
import { readPronouns } from './pronouns.ts';
import { degreeFromLine } from './prose-records.ts';
import { uniqueId } from './unique-id.ts';

/** What a README's "about me" code says about its owner, by the meaning of each key. */
export interface CodeProfile {
  name?: string;
  title?: string;
  company?: string;
  location?: string;
  pronouns?: Pronouns;
  years?: number;
  availability?: string;
  /** The keys no field takes: "funFact: …", kept as text. */
  other: string[];
}

type Reader = (value: unknown, found: CodeProfile, draft: ProfileDraft) => boolean;

const norm = (key: string) => key.toLowerCase().replace(/[^a-z]/g, '');
const texts = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).flatMap((item) =>
    typeof item === 'string' || typeof item === 'number' ? [String(item).trim()] : [],
  );
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const field = (entry: Record<string, unknown>, keys: RegExp) =>
  Object.entries(entry).find(([key]) => keys.test(norm(key)))?.[1];

/** "English (C1)" or "Portuguese (basic)": a human language, with how well in brackets. */
function spoken(value: unknown) {
  const items = texts(value);
  const named = items.map((item) => /^([^()]+?)\s*(?:\((.*)\))?$/.exec(item));
  if (items.length === 0 || !named.every((m) => m?.[1] && isSpokenLanguageName(m[1]))) return [];
  return named.map((m) => ({ name: m?.[1] ?? '', ...(m?.[2] ? { proficiency: m[2] } : {}) }));
}

function skillGroups(value: unknown, draft: ProfileDraft): boolean {
  const groups = isRecord(value) ? Object.entries(value) : [['skills', value] as const];
  const ids = draft.skills.map((s) => s.id);
  for (const [name, items] of groups) {
    const skills = texts(items).map((skill) => ({ name: skill, aliases: [] }));
    if (skills.length === 0) continue;
    const id = uniqueId(name, ids, 'skills');
    ids.push(id);
    const category: SkillCategory = { id, name, aliases: [], skills };
    draft.skills.push(category);
  }
  return true;
}

function roles(value: unknown, draft: ProfileDraft): boolean {
  if (!Array.isArray(value) || !value.every(isRecord)) return false;
  for (const entry of value) {
    const company = text(field(entry, /^(company|employer|org|organi[sz]ation|at)$/));
    const title = text(field(entry, /^(title|role|position|job)$/));
    if (!company || !title) continue;
    const role: Role = { company, title, highlights: [], technologies: [] };
    const start = texts(field(entry, /^(from|start|startdate|since)$/))[0];
    const end = texts(field(entry, /^(to|end|enddate|until)$/))[0];
    if (start) role.start = start;
    if (end) role.end = end;
    role.highlights.push(
      ...texts(field(entry, /^(highlights?|notes?|comment|summary|description|did|what)$/)),
    );
    draft.roles.push(role);
  }
  return true;
}

const NOT_HELD_YET = /\b(?:expected|scheduled|booked|in progress|planned|pending|studying)\b/i;

/** "Cloud Developer (2024)" → held since 2024; "X (exam scheduled May 2027)" keeps its wording. */
function certificate(item: string): Certification {
  const bracket = /^(.*?)\s*\(([^()]+)\)$/.exec(item);
  if (!bracket?.[1] || !bracket[2]) return { name: item };
  if (NOT_HELD_YET.test(bracket[2]) || /^(?:19|20)\d\d$/.test(bracket[2]))
    return { name: bracket[1], year: bracket[2] };
  return { name: item };
}

function contact(key: string, value: unknown, draft: ProfileDraft): boolean {
  const link = text(value);
  if (!link) return false;
  const c: Contact = draft.contact;
  if (key === 'email' || key === 'mail') c.email ??= link.replace(/^mailto:/, '');
  else if (/linkedin/.test(key) || /linkedin\.com/.test(link)) c.linkedin ??= link;
  else if (/github/.test(key) && /^https?:/.test(link)) c.github ??= link;
  else if (/^(website|site|blog|homepage|url|web)$/.test(key) && /^https?:/.test(link))
    c.website ??= link;
  else if (/^https?:\/\//.test(link)) c.other.push({ label: key, url: link });
  else return false;
  return true;
}

// The readers in order of precedence: the first whose key pattern matches and that takes the
// value wins; a key none takes stays as text.
const READERS: readonly [RegExp, Reader][] = [
  [/^(fullname|name|realname)$/, (v, f) => keep(f, 'name', text(v))],
  [/^(role|title|job|jobtitle|position|currentrole|occupation)$/, (v, f) => titleAt(v, f)],
  [/^(location|based|basedin|city|home|where|livesin)$/, (v, f) => keep(f, 'location', text(v))],
  [/pronouns/, (v, f) => keep(f, 'pronouns', readPronouns(text(v) ?? ''))],
  [/years|^yoe$|experience$/, (v, f) => yearsOf(v, f)],
  [/learning|exploring|studying/, (v, _f, d) => d.exploring.push(...texts(v)) > 0],
  [/askmeabout|expertise|expert|ask/, (v, _f, d) => d.expertise.push(...texts(v)) > 0],
  [/language|speaks|speak|spoken/, (v, _f, d) => d.languages.push(...spoken(v)) > 0],
  [/^(opento|available|availability|lookingfor|hireable|openfor)$/, (v, f) => availabilityOf(v, f)],
  [/career|jobs|experience|work|employment|history|roles/, (v, _f, d) => roles(v, d)],
  [/education|degree|school|studies|university/, (v, _f, d) => education(v, d)],
  [/certs|certifications|certificates|certified/, (v, _f, d) => certificates(v, d)],
  [/stack|skills|tech|tools|toolbox|languages/, (v, _f, d) => skillGroups(v, d)],
];

function keep<K extends 'name' | 'location' | 'pronouns'>(
  found: CodeProfile,
  key: K,
  value: CodeProfile[K],
): boolean {
  if (value) found[key] = value;
  return Boolean(value);
}

function titleAt(value: unknown, found: CodeProfile): boolean {
  const role = text(value);
  if (!role) return false;
  // "Senior Engineer, Platform @ Acme", "Data Engineer at Acme".
  const at = /^(.+?)\s+(?:@|at)\s+(.+)$/.exec(role);
  found.title = at?.[1]?.trim() ?? role;
  if (at?.[2]) found.company = at[2].trim();
  return true;
}

function yearsOf(value: unknown, found: CodeProfile): boolean {
  const years = typeof value === 'number' ? value : Number(/^\d+/.exec(text(value) ?? '')?.[0]);
  if (!Number.isFinite(years) || years <= 0 || years > 60) return false;
  found.years = years;
  return true;
}

function availabilityOf(value: unknown, found: CodeProfile): boolean {
  const said = texts(value).join('; ');
  if (said) found.availability = said;
  return Boolean(said);
}

function education(value: unknown, draft: ProfileDraft): boolean {
  for (const line of texts(value)) {
    draft.education.push(degreeFromLine(line) ?? studyAtSchool(line));
  }
  return texts(value).length > 0;
}

/** "BSc Computing, Northfield University (2015)": the study, then the school and its year. */
function studyAtSchool(line: string): Education {
  const parts = /^(.+),\s*([^,]+?)(?:\s*\(?((?:19|20)\d\d)\)?)?$/.exec(line);
  if (!parts?.[1] || !parts[2]) return { institution: line, details: [] };
  const entry: Education = { institution: parts[2], degree: parts[1], details: [] };
  if (parts[3]) entry.end = parts[3];
  return entry;
}

function certificates(value: unknown, draft: ProfileDraft): boolean {
  draft.certifications.push(...texts(value).map(certificate));
  return texts(value).length > 0;
}

/** The role the code's title names ("… @ Acme"), unless a listed job already is that one. */
function settleCodeRole(code: CodeProfile, draft: ProfileDraft, notes: string[]): void {
  const { title, company } = code;
  if (title && company && !draft.roles.some((r) => r.company === company)) {
    draft.roles.unshift({ company, title, end: 'present', highlights: [], technologies: [] });
  }
  if (code.other.length > 0) {
    draft.sections.push({ id: 'about-code', title: 'About (from code)', items: code.other });
    notes.push(
      `Code keys with no field → kept as text: ${code.other.map((o) => o.split(':')[0]).join(', ')}`,
    );
  }
}

/**
 * Reads the assigned literals of a README's code: the object that names the owner gives its
 * keys, every other variable counts as a key of its own ("const career = [...]").
 */
/** Two or more keys of a person's profile: a role, a place, a stack, the languages spoken. */
function describesPerson(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value).map(norm);
  const personal = [
    /^(role|title|job|position)$/,
    /^(location|based|city)$/,
    /stack|skills/,
    /spoken|speaks/,
    /experience|years/,
    /pronouns/,
  ];
  return personal.filter((pattern) => keys.some((k) => pattern.test(k))).length >= 2;
}

export function readCodeProfile(
  values: Map<string, unknown>,
  draft: ProfileDraft,
  notes: string[],
): CodeProfile {
  const found: CodeProfile = { other: [] };
  const entries: [string, unknown][] = [];
  for (const [name, value] of values) {
    // `const me = { name, … }`, or `(def baltazar {:role … :location …})`: a record that
    // describes a person, whatever the variable is called.
    if (
      isRecord(value) &&
      (field(value, /^(fullname|name)$/) !== undefined || describesPerson(value))
    )
      entries.push(...Object.entries(value));
    else entries.push([name, value]);
  }
  for (const [key, value] of entries) {
    const k = norm(key);
    const taken =
      READERS.some(([pattern, read]) => pattern.test(k) && read(value, found, draft)) ||
      contact(k, value, draft);
    if (!taken) found.other.push(`${key}: ${texts(value).join(', ') || JSON.stringify(value)}`);
  }
  settleCodeRole(found, draft, notes);
  return found;
}
