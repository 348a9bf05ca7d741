import { parse } from 'yaml';

// Jekyll and Hugo pages open with a YAML (---) or TOML (+++) block about the page.
const FRONT_MATTER = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n\1[ \t]*(?:\r?\n|$)/;

export interface FrontMatter {
  /** The page without its front matter. */
  body: string;
  /** The front matter's top-level text fields (YAML, or TOML's plain strings; empty when absent or unreadable). */
  fields: Record<string, string>;
}

/** Splits a page's front matter from its body; a block that does not parse gives no fields. */
export function splitFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text, fields: {} };
  const body = text.slice(match[0].length);
  if (match[1] !== '---') return { body, fields: tomlFields(match[2] ?? '') };
  let data: unknown;
  try {
    data = parse(match[2] ?? '', { maxAliasCount: 0, uniqueKeys: false });
  } catch {
    return { body, fields: {} };
  }
  const fields: Record<string, string> = {};
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [key, value] of Object.entries(data)) {
      const text = typeof value === 'string' ? value : nameField(value);
      if (text) fields[key.toLowerCase()] = text.trim();
    }
    // `social: { github: "…", mastodon: "…" }`: the links of a nested map, by their own keys.
    for (const value of Object.values(data)) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
      for (const [key, inner] of Object.entries(value as Record<string, unknown>))
        if (typeof inner === 'string' && /^(?:https?:\/\/|[\w.+-]+@)/.test(inner.trim()))
          fields[key.toLowerCase()] ??= inner.trim();
    }
  }
  return { body, fields };
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
    const value = fields[key];
    if (value && FULL_NAME.test(value)) return value;
  }
  const title = fields.title;
  if (title && FULL_NAME.test(title) && !isSectionTitle(title)) return title;
  for (const key of ['description', 'summary', 'subtitle']) {
    const opening = NAME_OPENING.exec(fields[key] ?? '')?.[1];
    if (opening && !isSectionTitle(opening)) return opening;
  }
  return undefined;
}
