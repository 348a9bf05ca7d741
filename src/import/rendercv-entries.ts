import type {
  Award,
  Certification,
  Education,
  Project,
  Publication,
  Role,
  Volunteer,
} from '../knowledge/schema.ts';
import { takeYear } from './entry-dates.ts';
import { hostLabel } from './line-text.ts';
import type { RenderCvEntry } from './rendercv-shape.ts';
import {
  dateSpan,
  datesOf,
  extraLines,
  extraLinks,
  isUrl,
  linksOf,
  optional,
  plainText,
  textList,
} from './rendercv-text.ts';
import { uniqueId } from './unique-id.ts';

/** How each RenderCV entry type becomes a record of the profile. */

type Of<T extends RenderCvEntry['type']> = Extract<RenderCvEntry, { type: T }>;
type Dated = Of<'experience'> | Of<'education'> | Of<'normal'>;

export function roleOf({ entry, extra }: Of<'experience'>): Role {
  const dates = datesOf(entry);
  return {
    company: plainText(entry.company),
    title: plainText(entry.position),
    ...(dates.start ? { start: dates.start } : dates.date ? { start: dates.date } : {}),
    ...(dates.end ? { end: dates.end } : {}),
    ...optional('location', entry.location),
    ...optional('summary', entry.summary),
    highlights: [...textList(entry.highlights), ...extraLines(extra), ...linkLines(extra)],
    technologies: [],
  };
}

export function educationOf({ entry, extra }: Of<'education'>): Education {
  const dates = datesOf(entry);
  return {
    institution: plainText(entry.institution),
    ...optional('degree', entry.degree),
    ...optional('field', entry.area),
    ...(dates.start ? { start: dates.start } : {}),
    ...(dates.end ? { end: dates.end } : dates.date ? { end: dates.date } : {}),
    details: [
      plainText(entry.summary),
      ...textList(entry.highlights),
      entry.location ? `Location: ${plainText(entry.location)}` : '',
      ...extraLines(extra),
      ...linkLines(extra),
    ].filter(Boolean),
  };
}

/** A named entry in a projects section: `[name](url)` gives the name and its link. */
export function projectOf({ entry, extra }: Of<'normal'>, taken: readonly Project[]): Project {
  const name = plainText(entry.name);
  const summary = plainText(entry.summary) || textList(entry.highlights)[0] || name;
  const span = dateSpan(datesOf(entry));
  const details = [
    ...textList(entry.highlights).filter((line) => line !== summary),
    ...(span ? [`Dates: ${span}`] : []),
    ...(entry.location ? [`Location: ${plainText(entry.location)}`] : []),
    ...extraLines(extra),
  ];
  const links = [...linksOf(entry.name), ...extraLinks(extra), ...linksOf(entry.summary)];
  return {
    id: uniqueId(
      name,
      taken.map((p) => p.id),
    ),
    name,
    aliases: [],
    summary,
    details,
    technologies: [],
    links: links
      .filter((link, i) => links.findIndex((l) => l.url === link.url) === i)
      .map((link) => (link.label === name ? { ...link, label: hostLabel(link.url) } : link)),
  };
}

export function publicationOf(
  item: Of<'publication'> | Of<'normal'>,
  kind: Publication['kind'],
): Publication {
  if (item.type === 'normal') {
    const { entry } = item;
    const url = [...linksOf(entry.name), ...extraLinks(item.extra)][0]?.url;
    const summary = [plainText(entry.summary), ...textList(entry.highlights)];
    return {
      kind,
      title: plainText(entry.name),
      ...optional('venue', entry.location),
      ...optional('date', dateSpan(datesOf(entry))),
      ...(url ? { url } : {}),
      ...optional('summary', [...summary, ...extraLines(item.extra)].filter(Boolean).join(' ')),
    };
  }
  const { entry } = item;
  const doi = plainText(entry.doi);
  const url = [entry.url, doi ? `https://doi.org/${doi}` : undefined].find(
    (candidate): candidate is string => typeof candidate === 'string' && isUrl(candidate),
  );
  const authors = textList(entry.authors);
  const summary = [
    plainText(entry.summary),
    authors.length > 0 ? `Authors: ${authors.join(', ')}.` : '',
    doi ? `DOI: ${doi}.` : '',
    ...extraLines(item.extra),
  ];
  return {
    kind,
    title: plainText(entry.title),
    ...optional('venue', entry.journal),
    ...optional('date', entry.date),
    ...(url ? { url } : {}),
    ...optional('summary', summary.filter(Boolean).join(' ')),
  };
}

/** A certification from a named entry, a one-line entry or a line of text. */
export function certificationOf(item: RenderCvEntry): Certification | undefined {
  if (item.type === 'normal') {
    const { entry } = item;
    const url = [...linksOf(entry.name), ...extraLinks(item.extra)][0]?.url;
    const issuer = plainText(entry.summary) || plainText(entry.location);
    const year = dateSpan(datesOf(entry));
    return {
      name: plainText(entry.name),
      ...(issuer && issuer.split(' ').length <= 6 ? { issuer } : {}),
      ...(year ? { year } : {}),
      ...(url ? { url } : {}),
    };
  }
  const text =
    item.type === 'one-line'
      ? `${plainText(item.entry.label)} ${plainText(item.entry.details)}`
      : item.type === 'text' || item.type === 'bullet'
        ? plainText(item.text)
        : '';
  if (!text) return undefined;
  const year = takeYear(text);
  return year?.rest ? { name: year.rest, year: year.year } : { name: text };
}

export function awardOf(item: Of<'normal'>): Award {
  const { entry } = item;
  const summary = [
    plainText(entry.summary),
    ...textList(entry.highlights),
    ...extraLines(item.extra),
  ];
  return {
    title: plainText(entry.name),
    ...optional('awarder', entry.location),
    ...optional('date', dateSpan(datesOf(entry))),
    ...optional('summary', summary.filter(Boolean).join(' ')),
  };
}

export function volunteerOf(item: Of<'experience'> | Of<'normal'>): Volunteer {
  const { entry } = item;
  const dates = datesOf(entry);
  const organization = plainText('company' in entry ? entry.company : entry.name);
  return {
    organization,
    ...('position' in entry ? optional('position', entry.position) : {}),
    ...(dates.start ? { start: dates.start } : dates.date ? { start: dates.date } : {}),
    ...(dates.end ? { end: dates.end } : {}),
    ...optional('summary', entry.summary),
    highlights: [...textList(entry.highlights), ...extraLines(item.extra)],
  };
}

/** Any entry as one line of text, for a section kept as it was written. */
export function entryLine(item: RenderCvEntry): string {
  switch (item.type) {
    case 'text':
    case 'unknown':
      return plainText(item.text);
    case 'bullet':
      return [plainText(item.text), ...extraLines(item.extra)].join(' — ');
    case 'one-line':
      return `${plainText(item.entry.label)}: ${plainText(item.entry.details)}`;
    case 'publication': {
      const p = publicationOf(item, 'publication');
      return [p.title, p.venue, p.date, p.summary, p.url].filter(Boolean).join(' — ');
    }
    default:
      return datedLine(item);
  }
}

function datedLine(item: Dated): string {
  const { entry } = item;
  const head =
    item.type === 'experience'
      ? `${plainText(item.entry.position)} at ${plainText(item.entry.company)}`
      : item.type === 'education'
        ? [item.entry.degree, item.entry.area, item.entry.institution].map(plainText).join(' ')
        : plainText(item.entry.name);
  const parts = [
    head.trim(),
    dateSpan(datesOf(entry)),
    plainText(entry.location),
    plainText(entry.summary),
    ...textList(entry.highlights),
    ...extraLines(item.extra),
    ...linkLines(item.extra),
  ];
  return parts.filter(Boolean).join(' — ');
}

function linkLines(extra: readonly [string, unknown][]): string[] {
  return extraLinks(extra).map((link) => `${link.label}: ${link.url}`);
}
