import type { Volunteer } from '../knowledge/schema.ts';
import { tidy } from './line-text.ts';
import { flatten, linesOf } from './markdown-lines.ts';
import type { Draft, RawSection } from './markdown-sections.ts';

// "2017 – 2020", "2019–present", "since 2021": the years of a volunteer entry.
const YEARS =
  /[,(]?\s*\b((?:19|20)\d\d)\s*(?:[–—-]|to)\s*((?:19|20)\d\d|present|now|today|ongoing)\b\)?|[,(]?\s*\b(?:since\s+)?((?:19|20)\d\d)\b\)?/i;
// What a volunteer does: the position, before the organisation it is done for.
export const POSITION =
  /\b(?:volunteer|mentor|instructor|teacher|tutor|coach|organi[sz]er|co-?organi[sz]er|board|member|lead|speaker|coordinator|advis[eo]r|maintainer|trustee|treasurer|chair|judge|reviewer|facilitator|ambassador|founder|host)\b/i;

/**
 * "Volunteer instructor, Canada Learning Code, 2017 – 2020 – taught intro Python": the position,
 * the organisation, the years and what was done, each as written.
 */
export function readVolunteerLine(text: string): Volunteer {
  const years = YEARS.exec(text);
  const before = tidy(years ? text.slice(0, years.index) : text).replace(/[\s,;:–—-]+$/, '');
  const after = years ? tidy(text.slice(years.index + years[0].length)) : '';
  const summary = after.replace(/^[\s,;:–—-]+/, '');
  let [first = '', ...rest] = before.split(/,\s+|\s+(?:at|@|for|with)\s+|\s+[–—|]\s+/);
  // "Co-organiser of the PyData Brno meetup": the position, then what it is held in.
  const of = rest.length === 0 ? /^(\S+(?:\s+\S+)?)\s+of\s+(?:the\s+)?(.+)$/.exec(first) : null;
  if (of?.[1] && of[2] && POSITION.test(of[1])) [first, rest] = [of[1], [of[2]]];
  const split = rest.length > 0 && POSITION.test(first);
  const entry: Volunteer = {
    organization: split ? rest.join(', ') : before,
    highlights: [],
  };
  if (split) entry.position = first;
  const start = years?.[1] ?? years?.[3];
  if (start) entry.start = start;
  if (years?.[2]) entry.end = years[2];
  if (summary) entry.summary = summary;
  return entry;
}

/** A "Volunteering" section: one entry a bullet or line. */
export function readVolunteering(section: RawSection, draft: Draft) {
  const items = flatten(linesOf(section.body))
    .map((line) => line.text)
    .filter(Boolean);
  draft.volunteer.push(...items.map(readVolunteerLine).filter((v) => v.organization !== ''));
  return { note: `volunteering (${items.length})`, leftover: [] };
}
