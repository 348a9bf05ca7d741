import type { RootContent, Table } from 'mdast';
// "Persönliche Daten", "Données personnelles", "Datos personales": a table or list of labelled
// lines that says where the owner lives, how to reach them and when they can start.
import { namesKnownPlace } from '../knowledge/places.ts';
import { addContact } from './contact-links.ts';
import { readLanguage } from './entry-readers.ts';
import { cleanSegment, splitList } from './entry-text.ts';
import { PERSONAL_LABELS, type PersonalField } from './european-words.ts';
import { plain } from './line-text.ts';
import { placeOfPostalAddress } from './markdown-header.ts';
import { flatten, type Line, linesOf } from './markdown-lines.ts';
import type { Draft, Pending, RawSection } from './markdown-sections.ts';

const FIELD_OF = new Map<string, PersonalField>(
  Object.entries(PERSONAL_LABELS).flatMap(([field, labels]) =>
    labels.map((label) => [label, field as PersonalField] as const),
  ),
);

/** The field a label of personal details fills: "Wohnort:" → location. */
export function personalField(label: string): PersonalField | undefined {
  return FIELD_OF.get(
    label
      .toLowerCase()
      .replace(/[*_:.]+$/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/**
 * "| **Standort** | Regensburg |", "| **Sprachen** | Deutsch, Englisch |": a table of labelled
 * rows at the top of a profile, at least two of them personal details.
 */
export function isPersonalTable(node: RootContent): node is Table {
  if (node.type !== 'table') return false;
  const known = node.children.filter((row) => {
    const label = row.children[0] ? plain(row.children[0].children) : '';
    return row.children.length === 2 && personalField(label) !== undefined;
  });
  return known.length >= 2;
}

/**
 * Reads the labelled lines: a place becomes the owner's location, availability and notice
 * period one availability, addresses and numbers contact; the rest (birth year, citizenship,
 * driving licence) stays as searchable text the bot does not volunteer.
 */
export function readPersonalDetails(
  section: RawSection,
  draft: Draft,
  pending: Pending,
): { note: string; leftover: string[] } {
  const leftover: string[] = [];
  const availability: string[] = [];
  const found: string[] = [];
  for (const line of flatten(linesOf(section.body))) {
    const field = line.label ? personalField(line.label) : undefined;
    const value = cleanSegment(line.rest ?? '');
    if (field === 'location' && value) {
      pending.location ??= placeOfHome(value);
      found.push('location');
    } else if (field === 'languages' && value) {
      // "Deutsch (Muttersprache), Englisch (verhandlungssicher, C1)": one language per item.
      const spoken = splitList(value)
        .map(readLanguage)
        .filter((l) => l.name);
      draft.languages.push(
        ...spoken.filter((l) => !draft.languages.some((d) => d.name === l.name)),
      );
      if (spoken.length > 0) found.push('languages');
    } else if (field === 'availability' && value) {
      availability.push(availability.length === 0 ? value : `${label(line)}: ${value}`);
    } else if (field !== 'private' && addContact(line, draft.contact) > 0) {
      found.push('contact');
      continue;
    }
    // Every other line stays searchable as written, a place or a date as much as a birth year.
    if (line.text) leftover.push(readable(line));
  }
  if (availability.length > 0) {
    pending.availability ??= availability.join('; ');
    found.push('availability');
  }
  return { note: `personal details: ${[...new Set(found)].join(', ') || 'kept'}`, leftover };
}

function label(line: Line): string {
  return (line.label ?? '').replace(/[*_:]+$/g, '').trim();
}

/** "Wohnort: 4040 Linz (Urfahr), Österreich", the line as a reader sees it. */
function readable(line: Line): string {
  return line.label && line.rest ? `${label(line)}: ${cleanSegment(line.rest)}` : line.text;
}

/**
 * "Hauptstraße 5, 4040 Linz, Österreich" → "Linz, Österreich"; "4040 Linz (Urfahr),
 * Österreich" → "Linz (Urfahr), Österreich": the town and country, without street or postcode.
 */
/**
 * "Via Giovanni Pascoli 14, 20900, Monza, Italy (Home)": Europass's address, the postcode a part
 * of its own. The street (with its number) and the postcode go; the town and country stay.
 */
function streetApart(parts: readonly string[]): string | undefined {
  const bare = parts.map((part) =>
    part.replace(/\s*\((?:home|work|private|domicile)\)$/i, '').trim(),
  );
  const last = bare.findLastIndex((part) => /\d/.test(part));
  if (last < 0 || last >= bare.length - 1 || !/^\d{4,6}$/.test(bare[last] ?? '')) return undefined;
  return bare.slice(last + 1).join(', ');
}

// "4050-174 Porto (Portugal)", "80-309 Gdańsk": postcodes with a dash, as Portugal and Poland
// write them, beside the four and five digits of most of Europe.
const POSTCODE = /^(?:[A-Z]{1,2}-?)?(?:\d{4}-\d{3}|\d{2}-\d{3}|\d{4,5})\s+/;
const TOWN_AFTER_POSTCODE = new RegExp(`${POSTCODE.source}\\p{Lu}`, 'u');

export function placeOfHome(value: string): string {
  const postal = placeOfPostalAddress(value);
  if (postal) return postal;
  // "Regensburg (Bayern) – remote bevorzugt, vor Ort in München …": the place, then how the
  // owner works from it, which stays in the text.
  const [place, how] = value.split(/\s+[–—]\s+/);
  if (how && place && namesKnownPlace(place)) return place;
  const parts = splitList(value);
  const town = parts.findIndex((part) => TOWN_AFTER_POSTCODE.test(part));
  if (town < 0) return streetApart(parts) ?? value;
  return parts
    .slice(town)
    .map((part, index) => (index === 0 ? part.replace(POSTCODE, '') : part))
    .join(', ')
    .replace(/\s*\((?!(?:home|work|private|domicile)\))(\p{Lu}[\p{L} ]+)\)$/iu, ', $1');
}
