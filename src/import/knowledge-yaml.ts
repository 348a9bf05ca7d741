import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import type { Profile } from '../knowledge/schema.ts';

/** The committed JSON Schema that editors use to check knowledge files. */
export const PROFILE_SCHEMA_FILE = fileURLToPath(
  new URL('../../knowledge/profile.schema.json', import.meta.url),
);

// Keys in the order a person reads them: who, what, when, then the lists. One ranking serves
// every object because no two shapes order the same pair of keys differently.
const KEY_ORDER = [
  '$schema',
  'version',
  'identity',
  'id',
  'name',
  'shortName',
  'pronouns',
  'company',
  'institution',
  'title',
  'headline',
  'degree',
  'field',
  'location',
  'start',
  'end',
  'yearsOfExperience',
  'yearsOfExperienceNote',
  'note',
  'issuer',
  'year',
  'proficiency',
  'aliases',
  'questions',
  'answer',
  'summary',
  'expertise',
  'impact',
  'industries',
  'skills',
  'projects',
  'roles',
  'education',
  'certifications',
  'languages',
  'principles',
  'exploring',
  'contact',
  'faq',
  'sections',
  'details',
  'highlights',
  'technologies',
  'links',
  'items',
  'email',
  'phone',
  'linkedin',
  'github',
  'website',
  'other',
  'label',
  'url',
  'subject',
  'object',
  'possessive',
];
const RANK = new Map(KEY_ORDER.map((key, index) => [key, index]));

/** The `$schema` reference from a knowledge file at `file` (or in `cwd` for stdout). */
export function schemaReference(file: string | undefined, cwd = process.cwd()): string {
  const from = file ? dirname(resolve(cwd, file)) : cwd;
  const path = relative(from, PROFILE_SCHEMA_FILE).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * Knowledge YAML for a profile: the editor's schema comment, a `$schema` key, and no empty
 * lists or defaults that would only add noise.
 */
export function toKnowledgeYaml(profile: Profile, options: { schema: string; source?: string }) {
  const { $schema: _ignored, ...rest } = profile;
  const data = compact({ $schema: options.schema, ...rest });
  const header = [
    `# yaml-language-server: $schema=${options.schema}`,
    '#',
    options.source
      ? `# Imported from ${options.source}. Review it: everything the bot says comes from this file.`
      : '# Everything the bot says comes from this file.',
    '# Check it with `npm run cli -- validate FILE` after editing.',
  ];
  return `${header.join('\n')}\n${stringify(data, { lineWidth: 100, minContentWidth: 40 })}`;
}

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value)
    .map(([key, inner]) => [key, compact(inner)] as const)
    .filter(([, inner]) => inner !== undefined && !(Array.isArray(inner) && inner.length === 0))
    .filter(([, inner]) => !(isPlainObject(inner) && Object.keys(inner).length === 0))
    .sort(([a], [b]) => (RANK.get(a) ?? KEY_ORDER.length) - (RANK.get(b) ?? KEY_ORDER.length));
  return Object.fromEntries(entries);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
