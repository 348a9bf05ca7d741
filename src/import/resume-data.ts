import { PortfolioBotError } from '../errors.ts';
import { type ImportOptions, type ImportResult, plural } from './import-result.ts';
import { importJsonResume } from './json-resume.ts';
import { tidy } from './line-text.ts';
import { isMapping } from './rendercv-shape.ts';
import { type ResumeEntry, readSection } from './resume-data-entries.ts';
import { keyAmong, readPerson } from './resume-data-person.ts';
import { flatText } from './resume-data-values.ts';
import {
  FILE_KEYS,
  PERSON_BLOCKS,
  PERSON_FIELDS,
  RESUME_LISTS,
  SECTION_BLOCKS,
  SECTIONS,
  type SectionKind,
  vocabularyKey,
  WRAPPERS,
} from './resume-data-vocabulary.ts';
import { uniqueId } from './unique-id.ts';

type Entry = Record<string, unknown>;

/** Which syntax the data came in, for the messages. */
export type DataSyntax = 'YAML' | 'JSON';

const SECTION_OF = new Map<string, SectionKind>(
  Object.entries(SECTIONS).flatMap(([kind, names]) =>
    names.map((name) => [name, kind as SectionKind] as const),
  ),
);

/** The résumé itself: the top of the file, or what `resume:`, `cv:` or `data:` holds. */
export function resumeRoot(value: unknown): Entry | undefined {
  if (!isMapping(value)) return undefined;
  let root = value;
  for (let depth = 0; depth < 3; depth++) {
    const wrapper = Object.keys(root).find(
      (key) => WRAPPERS.includes(vocabularyKey(key)) && isMapping(root[key]),
    );
    if (wrapper === undefined) break;
    const rest = Object.fromEntries(Object.entries(root).filter(([key]) => key !== wrapper));
    root = { ...rest, ...(root[wrapper] as Entry) };
  }
  return withSectionsLifted(root);
}

function withSectionsLifted(root: Entry): Entry {
  const block = Object.keys(root).find(
    (key) => SECTION_BLOCKS.includes(vocabularyKey(key)) && isMapping(root[key]),
  );
  if (block === undefined) return root;
  const lifted: Entry = {};
  for (const [key, section] of Object.entries(root[block] as Entry)) {
    const inner = isMapping(section) ? (section.items ?? section.content) : section;
    if (inner !== undefined && !(key in root)) lifted[key] = inner;
  }
  const rest = Object.fromEntries(Object.entries(root).filter(([key]) => key !== block));
  return { ...rest, ...lifted };
}

/**
 * Résumé data: a mapping with a person (a name, an email, a `basics:` or `contact:` block) and
 * at least one list of jobs, schools, skills or projects. A workflow's `jobs:` is a mapping of
 * steps, not a list, so a config file is no résumé.
 */
export function looksLikeResumeData(value: unknown): boolean {
  const root = resumeRoot(value);
  if (!root) return false;
  const person =
    keyAmong(root, [...PERSON_FIELDS.name, ...PERSON_FIELDS.email]) !== undefined ||
    Object.keys(root).some(
      (key) => PERSON_BLOCKS.includes(vocabularyKey(key)) && isMapping(root[key]),
    );
  return person && Object.keys(root).some((key) => isResumeList(key, root[key]));
}

function isResumeList(key: string, value: unknown): boolean {
  const kind = SECTION_OF.get(vocabularyKey(key));
  if (kind === undefined || !RESUME_LISTS.includes(kind)) return false;
  if (Array.isArray(value)) return value.length > 0;
  // Skills grouped as a mapping: `Backend: [Go, Rust]`.
  return (
    kind === 'skills' &&
    isMapping(value) &&
    Object.values(value).every((v) => Array.isArray(v) || typeof v === 'string')
  );
}

interface Normalised {
  resume: Entry;
  notes: string[];
  kept: string[];
  talks: Set<string>;
  tech: Map<string, string[]>;
  availability?: string;
}

/** The data as a JSON Resume, with what had no place kept as lines of text. */
export function normaliseResumeData(value: unknown): Normalised {
  const root = resumeRoot(value) ?? {};
  const person = readPerson(root);
  const out: Normalised = {
    resume: { basics: person.basics },
    notes: [],
    kept: [...person.kept],
    talks: new Set(),
    tech: new Map(),
  };
  if (person.availability) out.availability = person.availability;
  const ignored: string[] = [];
  for (const [key, inner] of Object.entries(root)) {
    if (person.used.has(key)) continue;
    const kind = SECTION_OF.get(vocabularyKey(key));
    if (kind !== undefined) readList(key, kind, inner, out);
    else if (FILE_KEYS.includes(vocabularyKey(key))) ignored.push(key);
    else out.kept.push(...keptLines(key, inner));
  }
  if (ignored.length > 0)
    out.notes.push(`${ignored.join(', ')} → not imported: they describe the file, not the owner`);
  return out;
}

function readList(key: string, kind: SectionKind, value: unknown, out: Normalised) {
  const { entries, kept } = readSection(kind, value);
  const target = kind === 'talks' ? 'publications' : kind;
  const list = (out.resume[target] ?? []) as ResumeEntry[];
  out.resume[target] = list;
  for (const entry of entries) {
    if (kind === 'talks' && typeof entry.name === 'string')
      out.talks.add(tidy(entry.name).toLowerCase());
    if (Array.isArray(entry.tech)) {
      out.tech.set(roleKey(entry.name, entry.position), entry.tech);
      delete entry.tech;
    }
    list.push(entry);
  }
  out.kept.push(...kept);
  out.notes.push(`${key} → ${kind} (${entries.length} entr${entries.length === 1 ? 'y' : 'ies'})`);
}

function keptLines(key: string, value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items
    .map(flatText)
    .filter(Boolean)
    .map((text) => `${key}: ${text}`);
}

function roleKey(company: unknown, title: unknown): string {
  return `${tidy(String(company ?? ''))}\n${tidy(String(title ?? ''))}`.toLowerCase();
}

/**
 * Reads résumé data of any common shape (a Jekyll or Hugo `_data` file, a `cv.json`, a JSON
 * Resume written as YAML) by turning it into a JSON Resume and reading that. Keys with no
 * place are kept, searchable, in a section and named in the notes.
 */
export function importResumeData(
  value: unknown,
  syntax: DataSyntax,
  options: ImportOptions = {},
): ImportResult {
  const data = normaliseResumeData(value);
  requireOwner(data.resume, syntax);
  const result = importJsonResume(data.resume, options);
  const { profile } = result;
  for (const role of profile.roles) {
    const tech = data.tech.get(roleKey(role.company, role.title)) ?? [];
    const known = new Set(role.technologies.map((t) => t.toLowerCase()));
    role.technologies.push(
      ...tech.filter((t) => !known.has(t.toLowerCase()) && known.add(t.toLowerCase())),
    );
  }
  for (const publication of profile.publications)
    if (data.talks.has(publication.title.toLowerCase())) publication.kind = 'talk';
  if (data.availability && !profile.identity.availability)
    profile.identity.availability = data.availability;
  if (data.kept.length > 0) {
    const id = uniqueId(
      'resume-data',
      profile.sections.map((s) => s.id),
    );
    profile.sections.push({ id, title: 'Other résumé data', items: data.kept });
    data.notes.push(
      `other keys → kept as section "${id}" (${data.kept.length} line${plural(data.kept.length)})`,
    );
  }
  return { ...result, notes: [...data.notes, ...result.notes] };
}

function requireOwner(resume: Entry, syntax: DataSyntax) {
  const basics = resume.basics as Entry;
  const work = (resume.work ?? []) as ResumeEntry[];
  const missing = !basics.name
    ? 'no name ("name:")'
    : !basics.label && !work[0]?.position
      ? 'no job title'
      : '';
  if (!missing) return;
  const other =
    syntax === 'YAML'
      ? 'a RenderCV file (rendercv.com): it has no top-level "cv:" with "name" and "sections"'
      : 'a JSON Resume (jsonresume.org): it has neither "basics" nor "work"';
  throw new PortfolioBotError(
    'import_failed',
    `is ${syntax} but not ${other}; read as résumé data it has ${missing}: add "name:" and "title:" (e.g. "Data Engineer") or an experience entry with a position`,
  );
}
