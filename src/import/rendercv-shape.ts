import { z } from 'zod';

/**
 * The input file of RenderCV (rendercv.com): `cv:` holds the header fields and `sections:`, a
 * mapping from free section titles to lists of entries; `design:`, `locale:` and the settings
 * blocks only say how the PDF looks. Entry types are told apart by their fields, as RenderCV
 * itself does; every entry may carry extra keys of the owner's own.
 */

// YAML reads `2020` as a number; RenderCV accepts both for dates and usernames.
const Text = z.union([z.string(), z.number()]).transform((value) => String(value));
const OneOrMany = z
  .union([Text, z.array(Text)])
  .transform((value) => (Array.isArray(value) ? value : [value]));

export const RenderCvSocialSchema = z.looseObject({ network: Text, username: Text });

export const RenderCvSchema = z.looseObject({
  cv: z.looseObject({
    name: Text,
    headline: Text.nullish(),
    label: Text.nullish(),
    location: Text.nullish(),
    email: OneOrMany.nullish(),
    phone: OneOrMany.nullish(),
    website: OneOrMany.nullish(),
    photo: Text.nullish(),
    social_networks: z.array(RenderCvSocialSchema).nullish(),
    custom_connections: z
      .array(z.looseObject({ placeholder: Text.nullish(), url: Text.nullish() }))
      .nullish(),
    sections: z.record(z.string(), z.array(z.unknown()).nullish()).nullish(),
  }),
});
export type RenderCv = z.infer<typeof RenderCvSchema>;
export type RenderCvSocial = z.infer<typeof RenderCvSocialSchema>;

/** Top-level blocks that describe the rendering, not the owner. */
export const RENDERING_BLOCKS = [
  'design',
  'locale',
  'locale_catalog',
  'rendercv_settings',
  'settings',
];

/** A value is a RenderCV input when it maps `cv` to a mapping holding `name` and `sections`. */
export function looksLikeRenderCv(value: unknown): boolean {
  const cv = isMapping(value) ? value.cv : undefined;
  return isMapping(cv) && 'name' in cv && 'sections' in cv;
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const Dated = {
  date: Text.nullish(),
  start_date: Text.nullish(),
  end_date: Text.nullish(),
  location: Text.nullish(),
  summary: Text.nullish(),
  highlights: z.array(Text).nullish(),
};

const EntrySchemas = {
  experience: z.looseObject({ company: Text, position: Text, ...Dated }),
  education: z.looseObject({
    institution: Text,
    area: Text.nullish(),
    degree: Text.nullish(),
    ...Dated,
  }),
  publication: z.looseObject({
    title: Text,
    authors: z.array(Text).nullish(),
    doi: Text.nullish(),
    url: Text.nullish(),
    journal: Text.nullish(),
    date: Text.nullish(),
    summary: Text.nullish(),
  }),
  'one-line': z.looseObject({ label: Text, details: Text }),
  bullet: z.looseObject({ bullet: Text }),
  numbered: z.looseObject({ number: Text }),
  'reversed-numbered': z.looseObject({ reversed_number: Text }),
  normal: z.looseObject({ name: Text, ...Dated }),
} as const;

// The fields that name an entry's type, checked in this order (RenderCV's own characteristic
// fields): a publication has a title and authors, an experience a company and a position.
const CHARACTERISTIC: readonly [keyof typeof EntrySchemas, readonly string[]][] = [
  ['experience', ['company', 'position']],
  ['education', ['institution']],
  ['publication', ['title', 'authors']],
  ['one-line', ['label', 'details']],
  ['bullet', ['bullet']],
  ['numbered', ['number']],
  ['reversed-numbered', ['reversed_number']],
  ['normal', ['name']],
];

type Parsed<K extends keyof typeof EntrySchemas> = z.infer<(typeof EntrySchemas)[K]>;

/** One entry of a section, typed by the fields it has; `extra` holds the owner's own keys. */
export type RenderCvEntry =
  | { type: 'text'; text: string }
  | { type: 'experience'; entry: Parsed<'experience'>; extra: [string, unknown][] }
  | { type: 'education'; entry: Parsed<'education'>; extra: [string, unknown][] }
  | { type: 'publication'; entry: Parsed<'publication'>; extra: [string, unknown][] }
  | { type: 'one-line'; entry: Parsed<'one-line'>; extra: [string, unknown][] }
  | { type: 'bullet'; text: string; extra: [string, unknown][] }
  | { type: 'normal'; entry: Parsed<'normal'>; extra: [string, unknown][] }
  | { type: 'unknown'; text: string };

/** Types an entry by its fields; one that fits no type is kept as its text. */
export function readEntry(value: unknown): RenderCvEntry | undefined {
  if (value === null || value === undefined) return undefined;
  if (!isMapping(value)) return { type: 'text', text: String(value) };
  for (const [type, fields] of CHARACTERISTIC) {
    if (!fields.every((field) => field in value && value[field] !== null)) continue;
    const parsed = EntrySchemas[type].safeParse(value);
    if (!parsed.success) continue;
    const known = new Set(Object.keys(EntrySchemas[type].shape));
    const extra = Object.entries(value).filter(([key, v]) => !known.has(key) && v != null);
    const data = parsed.data as Record<string, unknown>;
    if (type === 'bullet' || type === 'numbered' || type === 'reversed-numbered') {
      const text = String(data.bullet ?? data.number ?? data.reversed_number);
      return { type: 'bullet', text, extra };
    }
    return { type, entry: parsed.data, extra } as RenderCvEntry;
  }
  const text = Object.entries(value)
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
    .map(([key, v]) => `${key}: ${v}`)
    .join('; ');
  return text ? { type: 'unknown', text } : undefined;
}
