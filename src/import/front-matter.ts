import { parse } from 'yaml';

// Jekyll and Hugo pages open with a YAML (---) or TOML (+++) block about the page.
const FRONT_MATTER = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n\1[ \t]*(?:\r?\n|$)/;

export interface FrontMatter {
  /** The page without its front matter. */
  body: string;
  /**
   * The front matter's text fields (YAML, or TOML's plain strings; empty when absent or
   * unreadable): the top level's, then those of its maps (Hugo's `params`, Zola's `extra`).
   */
  fields: Record<string, string>;
  /** Its lists of short texts (`skills: [C, Rust]`), by key, from the top level or a map. */
  lists: Record<string, string[]>;
  /** The whole YAML front matter as parsed, when it parsed to a mapping. */
  data?: Record<string, unknown>;
}

/** Splits a page's front matter from its body; a block that does not parse gives no fields. */
export function splitFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text, fields: {}, lists: {} };
  const body = text.slice(match[0].length);
  if (match[1] !== '---') return { body, fields: tomlFields(match[2] ?? ''), lists: {} };
  let data: unknown;
  try {
    data = parse(match[2] ?? '', { maxAliasCount: 0, uniqueKeys: false });
  } catch {
    return { body, fields: {}, lists: {} };
  }
  const fields: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  if (!isMap(data)) return { body, fields, lists };
  readLevel(data, fields, lists);
  // `params: { name: …, social: { github: … } }`: a map's fields where the top level has none.
  for (const value of Object.values(data)) if (isMap(value)) readLevel(value, fields, lists);
  for (const value of Object.values(data)) {
    if (!isMap(value)) continue;
    for (const inner of Object.values(value)) if (isMap(inner)) readLinks(inner, fields);
  }
  return { body, fields, lists, data };
}

function isMap(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** One map's text fields and lists of texts, where none of the same key was read before. */
function readLevel(
  data: Record<string, unknown>,
  fields: Record<string, string>,
  lists: Record<string, string[]>,
): void {
  for (const [key, value] of Object.entries(data)) {
    const name = key.toLowerCase();
    const text = typeof value === 'string' ? value : nameField(value);
    if (text?.trim()) fields[name] ??= text.trim();
    if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) {
      const items = value.map((v) => v.trim()).filter((v) => v.length > 0 && v.length <= 120);
      if (items.length > 0) lists[name] ??= items;
    }
    // `social: { github: "…", mastodon: "…" }`: the links of a nested map, by their own keys.
    if (isMap(value)) readLinks(value, fields);
    // `social: [{ name: GitHub, url: "…" }]`: a theme's list of links, each named.
    if (Array.isArray(value)) for (const item of value) if (isMap(item)) namedLink(item, fields);
  }
}

/** `{ name: Email, url: "mailto:jo@example.dev" }`, `{ icon: github, link: "…" }`. */
function namedLink(item: Record<string, unknown>, fields: Record<string, string>): void {
  const name = [item.name, item.title, item.icon, item.platform].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  const url = [item.url, item.link, item.href].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  if (!name || !url) return;
  const address = url.trim().replace(/^mailto:/i, '');
  if (/^(?:https?:\/\/|[\w.+-]+@)/.test(address))
    fields[
      name
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '')
    ] ??= address;
}

function readLinks(map: Record<string, unknown>, fields: Record<string, string>): void {
  for (const [key, inner] of Object.entries(map))
    if (typeof inner === 'string' && /^(?:https?:\/\/|[\w.+-]+@)/.test(inner.trim()))
      fields[key.toLowerCase()] ??= inner.trim();
}

// `title = "About"`: a TOML string field, before the first [table].
const TOML_FIELD = /^([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\s*$/;

/** The top-level string fields of Hugo's TOML front matter; anything else is left alone. */
function tomlFields(source: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of source.split(/\r?\n/)) {
    if (/^\s*\[/.test(line)) break;
    const m = TOML_FIELD.exec(line.trim());
    const value = m?.[2]?.replace(/\\(["\\])/g, '$1') ?? m?.[3];
    if (m?.[1] && value?.trim()) fields[m[1].toLowerCase()] = value.trim();
  }
  return fields;
}

/** `author: { name: Jane Doe }`, as themes write it. */
function nameField(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const name = (value as Record<string, unknown>).name;
  return typeof name === 'string' ? name : undefined;
}

const NAME_WORD = "\\p{Lu}[\\p{L}'’-]*";
const FULL_NAME = new RegExp(`^${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}$`, 'u');
// "Jane Doe — engineer, speaker", "Jane Doe | Accessibility": a name that opens a description.
const NAME_OPENING = new RegExp(
  `^(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})\\s*(?:[—–|·:,]|-\\s)`,
  'u',
);

/**
 * The owner's name as the page's front matter gives it: its `author` or `name`, a `title` that
 * is a name and nothing else, or a name opening its `description`.
 */
export function nameFromFrontMatter(
  fields: Record<string, string>,
  isSectionTitle: (text: string) => boolean,
): string | undefined {
  for (const key of ['name', 'author']) {
    // "Katarzyna (Kasia) Wróbel": the name people call her by is no part of the full name.
    const value = fields[key]?.replace(/\s*\([^()]*\)\s*/g, ' ').trim();
    if (value && FULL_NAME.test(value)) return value;
  }
  // Pandoc's "title: Katarzyna Wróbel — Senior Firmware Engineer": the name before the job.
  // "About — Inês Carvalho", "About me | Jo Bloggs": the page's name first, then the owner's.
  const parts = fields.title?.split(/\s+[—–|]\s+/).map((part) => part.trim()) ?? [];
  const title = parts[0] && isSectionTitle(parts[0]) ? parts[1] : parts[0];
  if (title && FULL_NAME.test(title) && !isSectionTitle(title)) return title;
  for (const key of ['description', 'summary', 'subtitle']) {
    const opening = NAME_OPENING.exec(fields[key] ?? '')?.[1];
    if (opening && !isSectionTitle(opening)) return opening;
  }
  return undefined;
}

// Front-matter lists a profile section holds, by the section's heading.
const LIST_SECTIONS: Record<string, string> = {
  skills: 'Skills',
  technologies: 'Skills',
  tech: 'Skills',
  stack: 'Skills',
  tech_stack: 'Skills',
  tools: 'Skills',
  languages: 'Languages',
  spoken_languages: 'Languages',
  certifications: 'Certifications',
  certificates: 'Certifications',
  interests: 'Interests',
  hobbies: 'Interests',
};

/**
 * `skills: [C, Rust]` in the front matter, as the markdown section the page would have written
 * (appended after the body), so the importer reads it like any other list.
 */
export function frontMatterSections(lists: Record<string, string[]>, notes: string[]): string {
  const sections = new Map<string, string[]>();
  for (const [key, items] of Object.entries(lists)) {
    const heading = LIST_SECTIONS[key];
    if (heading) sections.set(heading, [...(sections.get(heading) ?? []), ...items]);
  }
  if (sections.size === 0) return '';
  notes.push(`Front matter → ${[...sections.keys()].join(', ')} read as sections`);
  const text = [...sections].map(
    ([heading, items]) =>
      `## ${heading}\n\n${items.map((i) => `- ${i.replace(/\s+/g, ' ')}`).join('\n')}`,
  );
  return `\n\n${text.join('\n\n')}\n`;
}
