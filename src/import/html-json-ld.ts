import { z } from 'zod';
import { findElements, type HtmlParent, textOf } from './html-page-dom.ts';

const Words = z.string().transform((text) => text.replace(/\s+/g, ' ').trim());
const OneOrMany = z
  .union([Words, z.array(Words)])
  .transform((value) => [value].flat().filter(Boolean));
const Named = z
  .union([Words, z.looseObject({ name: Words })])
  .transform((value) => (typeof value === 'string' ? value : value.name));
const Address = z.union([
  Words,
  z
    .looseObject({
      addressLocality: Words.optional(),
      addressRegion: Words.optional(),
      addressCountry: Named.optional(),
    })
    .transform((place) =>
      [place.addressLocality, place.addressRegion, place.addressCountry].filter(Boolean).join(', '),
    ),
]);

/** What schema.org `Person` data in a page's JSON-LD says about the owner. */
const PersonLdSchema = z.looseObject({
  name: Words.optional(),
  jobTitle: OneOrMany.optional(),
  worksFor: z
    .union([Named, z.array(Named)])
    .transform((value) => [value].flat())
    .optional(),
  address: z
    .union([Address, z.array(Address)])
    .transform((value) => [value].flat())
    .optional(),
  email: Words.transform((email) => email.replace(/^mailto:/i, '')).optional(),
  telephone: Words.optional(),
  url: Words.optional(),
  sameAs: OneOrMany.optional(),
});
export type PagePerson = z.infer<typeof PersonLdSchema>;

/** The first `Person` in the page's JSON-LD blocks, also inside `@graph` or `mainEntity`. */
export function jsonLdPerson(document: HtmlParent): PagePerson | undefined {
  const scripts = findElements(
    document,
    (element) =>
      element.tagName === 'script' &&
      element.attrs.some((attr) => attr.name === 'type' && /ld\+json/i.test(attr.value)),
  );
  for (const script of scripts) {
    for (const candidate of things(parseJson(textOf(script)))) {
      if (!isPerson(candidate)) continue;
      const person = PersonLdSchema.safeParse(candidate);
      if (person.success) return person.data;
    }
  }
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // A broken JSON-LD block says nothing; the page's own text still does.
    return undefined;
  }
}

/** Every object in a JSON-LD value, outermost first. */
function things(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(things);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  return [record, ...Object.values(record).flatMap(things)];
}

function isPerson(thing: Record<string, unknown>): boolean {
  const type = thing['@type'];
  return type === 'Person' || (Array.isArray(type) && type.includes('Person'));
}
