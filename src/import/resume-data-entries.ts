import { isMapping } from './rendercv-shape.ts';
import { isUrl } from './rendercv-text.ts';
import {
  datePoint,
  datesOf,
  flatText,
  levelOf,
  paragraphsOf,
  textOf,
  textsOf,
} from './resume-data-values.ts';
import {
  BARE_ENTRY,
  ENTRY_FIELDS,
  ENTRY_NOISE,
  LIST_FIELDS,
  type SectionKind,
  vocabularyKey,
} from './resume-data-vocabulary.ts';

type Entry = Record<string, unknown>;
/** One JSON Resume entry: its fields hold a text or a list of texts. */
export type ResumeEntry = Record<string, string | string[]>;

/** A list read into JSON Resume entries, with the lines that had no field. */
export interface ReadSection {
  entries: ResumeEntry[];
  kept: string[];
}

const SPLIT = new Set(['keywords', 'tech', 'courses']);
const DATE_FIELDS = new Set(['date', 'releaseDate']);
const RANGED = new Set(['startDate', 'endDate', 'span']);
const ONE_DATE = /^(?:\d{4}(?:-\d{2})?|\p{L}+\.?\s+\d{4})$/u;
// "jdoe/tidewatch" under `github:` is a repository.
const REPOSITORY = /^[\w.-]+\/[\w.-]+$/;

/** The entries of one résumé list, however it is written: a list, or a mapping of names. */
export function readSection(kind: SectionKind, value: unknown): ReadSection {
  const read: ReadSection = { entries: [], kept: [] };
  for (const item of itemsOf(kind, value)) {
    if (isMapping(item)) readMapping(kind, item, read);
    else if (textOf(item)) {
      const field = BARE_ENTRY[kind];
      if (field) read.entries.push(bareEntry(kind, field, textOf(item)));
      else read.kept.push(textOf(item));
    }
  }
  return read;
}

/**
 * The items of a list. A mapping is one item per key: `Go: 90` a skill with its level,
 * `Backend: [Go, Rust]` a group, `acme: {…}` an entry named by its key if it has no name.
 */
function itemsOf(kind: SectionKind, value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => singleKeyGroup(kind, item));
  if (!isMapping(value))
    return textsOf(value, { split: kind === 'skills' || kind === 'languages' });
  return Object.entries(value).map(([key, inner]) => {
    const name = BARE_ENTRY[kind] ?? Object.keys(ENTRY_FIELDS[kind])[0] ?? 'name';
    if (isMapping(inner)) return { [name]: key, ...inner };
    if (kind === 'skills' && !Array.isArray(inner) && typeof inner !== 'string')
      return { name: key, level: inner };
    if (kind === 'languages') return { language: key, fluency: inner };
    return kind === 'skills' || kind === 'interests' ? { name: key, keywords: inner } : inner;
  });
}

// `- Languages: [Go, Rust]`: a group written as a one-key mapping inside a list.
function singleKeyGroup(kind: SectionKind, item: unknown): unknown[] {
  if (!isMapping(item) || (kind !== 'skills' && kind !== 'languages')) return [item];
  const keys = Object.keys(item);
  const [only] = keys;
  if (keys.length !== 1 || only === undefined || vocabularyKey(only) in fieldIndex(kind))
    return [item];
  return itemsOf(kind, item);
}

function fieldIndex(kind: SectionKind): Record<string, string> {
  const index: Record<string, string> = {};
  for (const [field, names] of Object.entries(ENTRY_FIELDS[kind]))
    for (const name of names) index[name] ??= field;
  return index;
}

function bareEntry(kind: SectionKind, field: string, text: string): ResumeEntry {
  // "English (native)", "German – B2": a language with its level.
  const level = kind === 'languages' ? /^(.+?)\s*(?:\(([^)]+)\)|[–—:-]\s*(.+))$/.exec(text) : null;
  if (level?.[1]) return { language: level[1], fluency: level[2] ?? level[3] ?? '' };
  return { [field]: text };
}

/** A company with several positions (`roles: [{title, dates}]`) is one entry per position. */
function readMapping(kind: SectionKind, item: Entry, read: ReadSection) {
  const fields = pickFields(kind, item);
  const positions = kind === 'work' ? fields.picked.roles : undefined;
  if (Array.isArray(positions) && positions.every(isMapping)) {
    const company = Object.fromEntries(
      Object.entries(item).filter(([key]) => key !== fields.keys.roles),
    );
    for (const position of positions) readMapping(kind, { ...company, ...position }, read);
    return;
  }
  const entry = toEntry(kind, fields.picked);
  const label =
    textOf(
      entry.name ?? entry.institution ?? entry.title ?? entry.organization ?? entry.language ?? '',
    ) || kind;
  for (const [key, value] of fields.rest) {
    const text = flatText(value);
    if (text) read.kept.push(`${label} — ${key}: ${text}`);
  }
  if (typeof entry.other === 'string') read.kept.push(`${label} — dates: ${entry.other}`);
  delete entry.other;
  // A job's `roles` written as words, not as positions, have no field in JSON Resume.
  if (kind === 'work' && entry.roles) read.kept.push(`${label} — roles: ${textOf(entry.roles)}`);
  if (kind === 'work') delete entry.roles;
  read.entries.push(entry);
}

interface Picked {
  picked: Entry;
  keys: Record<string, string>;
  rest: [string, unknown][];
}

/** Each field's value under the first of its names the entry uses; the other keys apart. */
function pickFields(kind: SectionKind, item: Entry): Picked {
  const byKey = new Map(Object.keys(item).map((key) => [vocabularyKey(key), key]));
  const used = new Set<string>();
  const out: Picked = { picked: {}, keys: {}, rest: [] };
  for (const [field, names] of Object.entries(ENTRY_FIELDS[kind])) {
    const key = names.map((name) => byKey.get(name)).find((k) => k !== undefined && !used.has(k));
    if (key === undefined) continue;
    used.add(key);
    out.picked[field] = item[key];
    out.keys[field] = key;
  }
  out.rest = Object.entries(item).filter(
    ([key]) => !used.has(key) && !ENTRY_NOISE.includes(vocabularyKey(key)),
  );
  return out;
}

function toEntry(kind: SectionKind, picked: Entry): ResumeEntry {
  const entry: ResumeEntry = {};
  for (const [field, value] of Object.entries(picked)) {
    if (RANGED.has(field)) continue;
    const text = fieldText(field, value, kind);
    if (text.length > 0) entry[field] = text;
  }
  if ([...RANGED].some((field) => field in picked)) {
    const dates = datesOf(picked.startDate, picked.endDate, picked.span);
    // A school's one date (`year: 2016`) is when the owner finished it.
    if (kind === 'education' && !picked.startDate && ONE_DATE.test(textOf(picked.span))) {
      dates.endDate = dates.startDate;
      delete dates.startDate;
    }
    Object.assign(entry, dates);
  }
  // A description written as a list is the entry's highlights.
  for (const field of ['summary', 'description']) {
    const value = picked[field];
    if (Array.isArray(value) && !entry.highlights && kind !== 'projects') {
      entry.highlights = textsOf(value);
      delete entry[field];
    }
  }
  return entry;
}

function fieldText(field: string, value: unknown, kind: SectionKind): string | string[] {
  if (LIST_FIELDS.has(field)) return textsOf(value, { split: SPLIT.has(field) });
  if (DATE_FIELDS.has(field)) {
    const date = datePoint(value);
    return date && date !== 'present' ? date : '';
  }
  if (field === 'url') return urlOf(value);
  if (field === 'level') return levelOf(value) ?? '';
  if (field === 'summary' || field === 'description' || field === 'reference')
    return kind === 'projects' || !Array.isArray(value) ? paragraphsOf(value) : '';
  return textOf(value);
}

function urlOf(value: unknown): string {
  const text = textOf(value);
  if (REPOSITORY.test(text)) return `https://github.com/${text}`;
  if (text && !isUrl(text) && /^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/.test(text))
    return `https://${text}`;
  return text;
}
