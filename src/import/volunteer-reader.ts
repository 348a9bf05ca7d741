import type { Volunteer } from '../knowledge/schema.ts';
import { tidy } from './line-text.ts';
import { flatten, linesOf } from './markdown-lines.ts';
import type { Draft, RawSection } from './markdown-sections.ts';
import { volunteeringFromProse } from './prose-volunteering.ts';

// "2017 – 2020", "2019–present", "since 2021": the years of a volunteer entry.
const YEARS =
  /[,(]?\s*\b((?:19|20)\d\d)\s*(?:[–—-]|to)\s*((?:19|20)\d\d|present|now|today|ongoing)\b\)?|[,(]?\s*\b(?:since\s+)?((?:19|20)\d\d)\b\)?/i;
// What a volunteer does: the position, before the organisation it is done for.
export const POSITION =
  /\b(?:volunteer|mentor|instructor|teacher|tutor|coach|organi[sz]er|co-?organi[sz]er|board|member|lead|speaker|coordinator|advis[eo]r|maintainer|trustee|treasurer|chair|judge|reviewer|facilitator|ambassador|founder|host)\b|^(?:mit)?organisator(?:in)?$|^(?:mentorin|trainer(?:in)?|leiter(?:in)?|mitglied|voluntari[oa]|organizador(?:a)?|coordinador(?:a)?|b[ée]n[ée]vole|organisat(?:eur|rice)|format(?:eur|rice))$/i;

/** Words for "since" a line may open with, before its year: "seit 2018", "desde 2020". */
const OPENS_WITH_YEARS =
  /^(?:(?:since|seit|ab|desde|depuis|dal|od|sedan|sinds|fra)\s*)?[\s,;:–—-]*$/i;

/** "Mitorganisatorin der JUG Leipzig – monatliche Meetups": the entry, then what was done. */
function entryAndSummary(text: string): [string, string] {
  const at = /\s+[–—|]\s+/.exec(text);
  return at ? [text.slice(0, at.index), text.slice(at.index + at[0].length)] : [text, ''];
}

/**
 * "Volunteer instructor, Canada Learning Code, 2017 – 2020 – taught intro Python": the position,
 * the organisation, the years and what was done, each as written. The years may open the line
 * too ("**seit 2018** Mitorganisatorin der Java User Group Leipzig").
 */
export function readVolunteerLine(text: string): Volunteer {
  const years = YEARS.exec(text);
  let before = tidy(years ? text.slice(0, years.index) : text).replace(/[\s,;:–—-]+$/, '');
  let summary = years ? tidy(text.slice(years.index + years[0].length)) : '';
  summary = summary.replace(/^[\s,;:–—-]+/, '');
  if (years && OPENS_WITH_YEARS.test(before)) [before, summary] = entryAndSummary(summary);
  let [first = '', ...rest] = before.split(
    /,\s+|\s+(?:at|@|for|with|bei|en|chez|bij|presso)\s+|\s+[–—|]\s+/,
  );
  // "Co-organiser of the PyData Brno meetup": the position, then what it is held in.
  const of =
    rest.length === 0
      ? /^(\S+(?:\s+\S+)?)\s+(?:of|der|des|de|del|di)\s+(?:the\s+)?(.+)$/.exec(first)
      : null;
  if (of?.[1] && of[2] && POSITION.test(of[1])) [first, rest] = [of[1], [of[2]]];
  const split = rest.length > 0 && POSITION.test(first);
  const entry: Volunteer = {
    // „Code Week Sachsen“: the name without the quotes around it.
    organization: (split ? rest.join(', ') : before).replace(/^[„“”"«»‘’'](.+)[“”"»‘’']$/u, '$1'),
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
  const read = items.map((text) => ({ text, entries: readVolunteerText(text) }));
  const entries = read.flatMap((r) => r.entries);
  draft.volunteer.push(...entries);
  const leftover = read.filter((r) => r.entries.length === 0).map((r) => r.text);
  return { note: `volunteering (${entries.length})`, leftover };
}

/**
 * An entry's line, or a sentence told in the first person ("I co-organise Valpo Rust, a monthly
 * meetup, mostly by …") that names its group inside it; one that names none gives no entry.
 */
export function readVolunteerText(text: string): Volunteer[] {
  if (/^(?:I|I['’]m|I've|My|We)\b/.test(text)) return volunteeringFromProse(text);
  const entry = readVolunteerLine(text);
  return entry.organization !== '' ? [entry] : [];
}
