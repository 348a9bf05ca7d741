import type { Award, Publication } from '../knowledge/schema.ts';
import { availabilityFromProse } from './availability.ts';
import { readCitation } from './citation.ts';
import { addContact } from './contact-links.ts';
import { takeYear } from './entry-dates.ts';
import { isSpokenLanguageLine, readLanguage } from './entry-readers.ts';
import { cleanSegment, splitList } from './entry-text.ts';
import { plain, tidy } from './line-text.ts';
import { flatten, type Line, linesOf } from './markdown-lines.ts';
import {
  type Draft,
  entryUnits,
  type Pending,
  paragraphTexts,
  type RawSection,
} from './markdown-sections.ts';
import { talksFromProse } from './prose-records.ts';
import { isPublicationTable, readPublicationTable } from './publication-table.ts';
import { isFirstPersonStory } from './section-shapes.ts';
import { POSITION, readVolunteerText } from './volunteer-reader.ts';

/**
 * Sections of talks and writing, awards, and availability: one entry per bullet or line, its
 * title from quotes, emphasis or a link, its venue and year from the rest of the line.
 */

type Kind = Publication['kind'];

const KIND_WORDS: [RegExp, Kind][] = [
  // "1er puesto en el Hackathon de Valencia Digital Summit 2019": a placing won, not a talk.
  [
    /\b(?:1st|2nd|3rd|first|second|third|\d+(?:st|nd|rd|th|er|º|°))\s+(?:place|puesto|premio|prize|platz|prix|lugar|posto)\b|\b(?:winners?|won|ganador\w*|vencedor\w*|gewonnen)\b/iu,
    'other',
  ],
  [/\b(?:podcasts?|episode)\b|🎙/iu, 'podcast'],
  // "In: Proceedings of the 26th International Conference …": a paper, though at a conference.
  [/\b(?:proceedings|journal|arxiv|doi)\b/i, 'publication'],
  [
    /\b(?:talks?|keynote|spoke|speak(?:er|ing)|conf(?:erences?|s)?|\w+Con\b|summit|meetup|workshop|panel|webinar|lightning|charlas?|ponencias?|vortr(?:a|ä)ge?|palestras?|prelekcj\w*|wystąpie\w*)\b|🎤/iu,
    'talk',
  ],
  [/\b(?:papers?|journal|proceedings|arxiv|doi|thesis|preprint)\b/i, 'publication'],
  [
    /\b(?:blog|articles?|posts?|wrote|written|writing|magazine|newsletter|medium|dev\.to|essay)\b/i,
    'article',
  ],
];

function kindOf(text: string, fallback: Kind): Kind {
  return KIND_WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? fallback;
}

const SPOKEN =
  /\b(?:talks?|keynote|spoke|speak(?:er|ing)|slides|meetup|panel|webinar|charlas?|ponencias?|vortr(?:a|ä)ge?|palestras?)\b|🎤/iu;
const PAPER_VENUES = /\b(?:conf(?:erences?|s)?|\w+Con|summit|workshops?|track|symposium)\b/giu;

/**
 * Under "Publications" a workshop or a conference is where a paper appeared; only the words of
 * speaking ("talk", "keynote", "slides") make a line of it a talk.
 */
function lineKind(written: string, fallback: Kind): Kind {
  return fallback === 'publication' && !SPOKEN.test(written)
    ? kindOf(written.replace(PAPER_VENUES, ' '), fallback)
    : kindOf(written, fallback);
}

/** The kind a section's heading announces: "Talks" holds talks, "Talks & Writing" either. */
function sectionFallback(title: string): Kind {
  // "Publications", "Papers": the papers of an academic or a researcher.
  if (/^\W*(?:selected |recent )?(?:publications|papers|research papers)\W*$/iu.test(title.trim()))
    return 'publication';
  const kinds = KIND_WORDS.filter(([pattern]) => pattern.test(title)).map(([, kind]) => kind);
  // "Journal Articles", "Conference Proceedings": a word of papers names the kind.
  if (kinds.includes('publication')) return 'publication';
  return kinds.length === 1 && kinds[0] ? kinds[0] : 'other';
}

// "O. Halama", "J.-P. Moreau": an author as a reference names one, initials first.
const AUTHOR = /^(?:\p{Lu}\.(?:-?\p{Lu}\.)?\s*)+\p{Lu}[\p{L}'’-]+$/u;

const QUOTED = /["“”„«]([^"“”„«»]{3,160})["“”»]/u;

/** `"Accessible Checkout Flows at Scale" — React Day Berlin, 2023`, `Blog: *Title* — Venue`. */
export function readPublication(head: Line, lines: Line[], fallback: Kind): Publication {
  const all = [head, ...lines];
  const url = all.flatMap((line) => line.links)[0]?.url;
  // "*Surviving brown-outs: power-fail safe OTA*": a colon inside the italic title is no label.
  const labelled =
    head.label &&
    head.rest &&
    head.label.split(' ').length <= 2 &&
    !(head.italic ?? head.openingItalic)?.startsWith(head.label);
  // "J. Han*, R. Castellanos*": an equal-contribution mark after an author's name.
  const text = (labelled ? (head.rest ?? head.text) : head.text).replace(
    /(?<=\p{L}\.?)\*(?=[,.;]|\s)/gu,
    '',
  );
  const kind = lineKind(labelled ? `${head.label} ${head.raw}` : head.raw, fallback);
  const quoted = QUOTED.exec(text);
  const emphasised = head.lead && !labelled ? head.lead : undefined;
  // "R. Halmágyi, D. Kertész. Lambda-schedule pruning …. J. Chem. …": a reference, whose bold
  // part is the owner's name among the authors.
  const citation = quoted ? undefined : readCitation(text);
  let title: string;
  let rest: string;
  if (citation) {
    title = citation.title;
    rest = citation.year ? `${citation.rest} (${citation.year})` : citation.rest;
  } else if (quoted?.[1]) {
    title = quoted[1];
    rest = text.slice(0, quoted.index) + text.slice(quoted.index + quoted[0].length);
  } else if (
    emphasised &&
    head.italic &&
    head.italic !== emphasised &&
    text.includes(head.italic) &&
    (takeYear(emphasised) || AUTHOR.test(emphasised))
  ) {
    // "**Africa Internet Summit 2025** (lightning talk): *DMARC on .rw domains*": the bold part
    // with a year is the event, "**O. Halama**, J. Novotný: *…*" the owner among the authors;
    // the italic part is the title.
    title = head.italic;
    const at = text.indexOf(head.italic);
    rest = `${text.slice(0, at)} ${text.slice(at + head.italic.length)}`.replace(/:\s*$/, '');
  } else if (emphasised) {
    title = emphasised;
    rest = head.rest ?? '';
  } else if (head.openingItalic && !labelled && text.startsWith(head.openingItalic)) {
    // "*Surviving brown-outs: …* Zephyr Developer Summit 2023, Prague": the title, then where.
    title = head.openingItalic;
    rest = text.slice(head.openingItalic.length);
  } else if (head.italic && text.includes(head.italic)) {
    // "2026 — *Focus order matters*, Some Conf, Lisbon": the italic part is the title.
    title = head.italic;
    const at = text.indexOf(head.italic);
    rest = `${text.slice(0, at)} ${text.slice(at + head.italic.length)}`;
  } else {
    const parts = text.split(/\s+[—–|]\s+|\s+-\s+/);
    // "Hack in the Box Amsterdam 2019 - workshop: …": the part with the year is the venue.
    const dated = parts.length === 2 && takeYear(parts[0] ?? '') && !takeYear(parts[1] ?? '');
    const [first, ...others] = dated ? [parts[1], parts[0]] : parts;
    title = first ?? text;
    rest = others.join(', ');
  }
  const more = lines.filter((line) => !line.linkOnly).map((line) => line.text);
  const year = takeYear(rest);
  // A reference with its authors is a paper, wherever it was presented.
  const read = citation && kind === 'talk' && fallback !== 'talk' ? 'publication' : kind;
  // "…Soil Moisture Monitoring." ends its sentence; "Terraform at 3 a.m." ends an abbreviation.
  const publication: Publication = {
    kind: read,
    title: tidy(title).replace(/[,:]$|(?<=[\p{L}\d]{3})\.$/u, ''),
  };
  const venue = venueOf(year?.rest ?? rest);
  if (venue) publication.venue = venue;
  if (year) publication.date = year.year;
  if (url) publication.url = url;
  if (more.length > 0) publication.summary = more.join(' ');
  return publication;
}

/**
 * "Speaker, "From Hadoop …" -- PyCon CZ 2023": the part played and the marks joining it are
 * no part of the venue.
 */
function venueOf(rest: string): string {
  return cleanSegment(
    rest
      .replace(/^\s*(?:speaker|presenter|panell?ist)\s*[,:]\s*/i, '')
      .replace(/^[\s,;:–—-]+/, '')
      .replace(/^\s*(?:at|in|on|for)\s+/i, '')
      .replace(/[\s,]*\.?$/, ''),
  );
}

/** A line that opens with a community position held ("Co-organiser of …"), no title quoted. */
function opensAsVolunteering(text: string): boolean {
  const first = /^[\p{L}-]+(?:\s+[\p{L}-]+)?/u.exec(text)?.[0] ?? '';
  return (
    POSITION.test(first) &&
    !/\b(?:speaker|host|lead)\b/i.test(first) &&
    !QUOTED.test(text) &&
    !/\b(?:talks?|keynote|spoke|presented|slides)\b/i.test(text)
  );
}

export function readPublications(
  section: RawSection,
  draft: Draft,
): { note: string; leftover: string[] } {
  const groups = listGroups(section);
  if (groups) {
    // "Full list on Google Scholar." above "### Journal articles": a note, no entry.
    const read = groups.map((group) =>
      group.body.some((node) => node.type === 'list')
        ? readPublications(group, draft)
        : { note: 'note', leftover: paragraphTexts(group.body) },
    );
    return {
      note: read.map((r) => r.note).join('; '),
      leftover: read.flatMap((r) => r.leftover),
    };
  }
  const fallback = sectionFallback(section.title);
  const before = draft.publications.length;
  const tables = section.body.filter(isPublicationTable);
  for (const table of tables) draft.publications.push(...readPublicationTable(table, fallback));
  const { units, intro } = entryUnits(section.body.filter((node) => !isPublicationTable(node)));
  const leftover = [...intro];
  // Entries in a list: a paragraph above them ("* equal contribution") is a note, not one.
  const listed = units.some(({ head }) => head.from === 'item');
  for (const { head, lines } of units) {
    if (!head.text) continue;
    // "I gave a talk called *…* at /dev/world/2023, and a lightning talk, *…*, at …": the
    // talks the owner's sentences tell, the sentences kept as written.
    const told = toldTalks(head, lines);
    if (told.length > 0) {
      draft.publications.push(...told);
      leftover.push([head, ...flatten(lines)].map((l) => l.text).join(' '));
      continue;
    }
    // A paragraph of several sentences (a speaker bio under the talks) names no talk.
    if (isProseParagraph(head) || (listed && isNoteParagraph(head, lines))) {
      leftover.push(head.text);
      continue;
    }
    // "Talks & languages": the line listing spoken languages with their levels is no talk.
    if (lines.length === 0 && isSpokenLanguageLine(head.text)) {
      addLanguages(head.text, draft);
      continue;
    }
    // "🏆 Winner, Pixels Camp 2019 hackathon" among the talks: an award, not a talk.
    if (lines.length === 0 && opensAsAward(head)) {
      draft.awards.push(readAward(head.text));
      continue;
    }
    // "Co-organiser of the PyData Brno meetup (2019 – present)" among the talks: volunteering.
    if (lines.length === 0 && opensAsVolunteering(head.text)) {
      const told = readVolunteerText(head.text);
      draft.volunteer.push(...told);
      if (told.length === 0) leftover.push(head.text);
      continue;
    }
    // "🚀 Newsletter: On-Call Notes …" under a bullet is an entry of its own.
    const own = flatten(lines).filter((line) => line.label !== undefined || line.raw !== line.text);
    const rest = flatten(lines).filter((line) => !own.includes(line));
    draft.publications.push(readPublication(head, rest, fallback));
    for (const line of own) draft.publications.push(readPublication(line, [], fallback));
  }
  const added = draft.publications.slice(before);
  const talks = added.filter((p) => p.kind === 'talk').length;
  return {
    note: `publications (${added.length}): ${talks} talk${talks === 1 ? '' : 's'}, ${added.length - talks} other`,
    leftover,
  };
}

/**
 * "## Publications", a numbered list, then "### Invited talks" over a list of its own: each
 * sub-heading titles a group of entries, not an entry; the list above them is the section's.
 */
function listGroups(section: RawSection): RawSection[] | undefined {
  const at = section.body.flatMap((node, i) => (node.type === 'heading' ? [i] : []));
  if (at.length === 0) return undefined;
  const starts = [0, ...at];
  const groups = starts.map((start, n) => {
    const end = starts[n + 1] ?? section.body.length;
    const heading = section.body[start];
    const sub = n > 0 && heading?.type === 'heading' ? heading : undefined;
    return {
      title: sub ? plain(sub.children) : section.title,
      heading: sub ?? section.heading,
      body: section.body.slice(sub ? start + 1 : start, end),
    };
  });
  // Only lists under the sub-headings: a heading over a paragraph is an entry's title.
  const listed = groups.slice(1).every((g) => g.body.some((node) => node.type === 'list'));
  const opening = groups[0]?.body ?? [];
  return listed &&
    (opening.some((node) => node.type === 'list') ||
      opening.every((node) => node.type === 'paragraph'))
    ? groups
    : undefined;
}

/** The talks a paragraph in the owner's words tells of, read as prose. */
function toldTalks(head: Line, lines: Line[]): Publication[] {
  if (head.from !== 'paragraph' || !/^(?:I|My)\s/.test(head.text)) return [];
  return talksFromProse([head, ...flatten(lines)].map((l) => l.text).join(' '));
}

function isNoteParagraph(head: Line, lines: Line[]): boolean {
  return head.from === 'paragraph' && lines.length === 0 && !QUOTED.test(head.text);
}

const FIRST_PERSON_SENTENCE = /^I(?:'m|’m|'ve|’ve)?\s(?:\S+\s+){6,}\S+[.!]$/;

function isProseParagraph(line: Line): boolean {
  // "I work in Finnish and English, …": the owner speaking in a paragraph of their own.
  if (line.from === 'paragraph' && FIRST_PERSON_SENTENCE.test(line.text)) return true;
  const sentences = line.text.split(/(?<=[a-z)][.!?])\s+(?=\p{Lu})/u).length;
  return (
    line.from === 'paragraph' &&
    sentences >= 2 &&
    line.text.split(/\s+/).length > 15 &&
    line.links.length === 0 &&
    !QUOTED.test(line.text)
  );
}

/** Each spoken language a line lists, added once. */
export function addLanguages(text: string, draft: Draft): void {
  for (const entry of splitList(text)) {
    const language = readLanguage(entry);
    if (language.name && !draft.languages.some((l) => l.name === language.name))
      draft.languages.push(language);
  }
}

const AWARD_WORDS =
  /\b(?:award(?:ed)?|winner|won|prize|recipient|honou?r(?:ed)?|Developer Expert|MVP|Champion|Hero|Fellow(?:ship)?|scholarship|medal|grant(?:ed)?|[Rr]unner-up|[Ff]inalist|(?:1st|2nd|3rd|[Ff]irst|[Ss]econd|[Tt]hird) [Pp]lace)\b/;

/** "Google Developer Expert (GDE) for Android since 2023" → title, date "2023". */
export function readAward(text: string): Award {
  // "Home Credit – Credit Risk Model Stability: 2024, 9th / 3,856, 🥇 Gold (solo)": a table's
  // row, the competition first, then its year and how it went.
  const row = /^(.+?):\s+((?:19|20)\d\d),\s*(.+)$/.exec(tidy(text));
  if (row?.[1] && row[2] && row[3]) return { title: row[1], date: row[2], summary: row[3] };
  // "EPSRC Doctoral Training Partnership studentship (2014–2018)": a span, said whole.
  const span = /\s*[,(]\s*((?:19|20)\d\d\s*[–—-]\s*(?:(?:19|20)\d\d|present|now))\)?\s*\.?$/i.exec(
    text,
  );
  const since = span ?? /\s*[,(]?\s*\b(?:since|in|from)\s+((?:19|20)\d\d)\)?\s*\.?$/.exec(text);
  const year = since ? undefined : /\s*[,(–—-]\s*((?:19|20)\d\d)\)?\s*\.?$/.exec(text);
  const date = since?.[1] ?? year?.[1];
  const cut = since ?? year;
  const title = tidy(cut ? text.slice(0, cut.index) : text).replace(/[.,]$/, '');
  const [name, awarder] = title.split(/\s+[—–|]\s+/);
  // "… — peak competitions rank #187 worldwide": a lower-case tail says more, it awards nothing.
  const byWhom = awarder !== undefined && /^\p{Lu}/u.test(awarder);
  const award: Award = { title: byWhom ? (name ?? title) : title };
  if (awarder && byWhom) award.awarder = awarder;
  if (date) award.date = date;
  return award;
}

const AWARD_OPENING =
  /^\s*(?:[-*]\s*)?(?:🏆|🥇|🥈|🥉|🏅|🎖)|^(?:winner|finalist|runner-up|(?:1st|2nd|3rd|first|second|third) place)\b/iu;

/** A line that opens with a trophy or a placing: "🏆 Winner, …", "2nd place at …". */
function opensAsAward(line: Line): boolean {
  return AWARD_OPENING.test(line.raw) || AWARD_OPENING.test(line.text);
}

/** A line of achievements that names an award: it is an award too. */
export function isAwardLine(text: string): boolean {
  return AWARD_WORDS.test(text) && text.split(' ').length <= 20;
}

/** "Solution write-ups are in kaggle-solutions": a sentence beside the awards names none. */
const NOT_AN_AWARD = (text: string) =>
  /\b(?:is|are|was|were)\b/i.test(text) &&
  !/\b(?:awards?|prizes?|winner|won|medals?|place|rank\w*|gold|silver|bronze|finalist)\b|\d/i.test(
    text,
  );

export function readAwards(section: RawSection, draft: Draft) {
  // "Kaggle highlights": the placings under it were awarded on Kaggle.
  const host =
    /^(\p{Lu}[\p{L}\d]+)\s+(?:highlights|results|achievements|medals|wins|rankings?)$/u.exec(
      section.title.replace(/^[^\p{L}]+/u, '').trim(),
    )?.[1];
  const lines = linesOf(section.body).filter((line) => line.text !== '');
  const leftover = lines.filter((line) => NOT_AN_AWARD(line.text)).map((line) => line.text);
  const awards = lines
    .filter((line) => !NOT_AN_AWARD(line.text))
    .map((line) => {
      // "- Best Paper Award — ACM, 2021" with "  - For the paper on …" under it: what it was for.
      const read = readAward(line.text);
      const award = host && !read.awarder ? { ...read, awarder: host } : read;
      const told = flatten(line.children)
        .map((child) => child.text)
        .filter(Boolean);
      return told.length > 0 ? { ...award, summary: told.join(' ') } : award;
    });
  draft.awards.push(...awards);
  return { note: `awards (${awards.length})`, leftover };
}

// "Working with me", "Work with me": a heading over when the owner takes work, or how they work.
const WITH_ME = /\bwith me\b/i;

// Words of a sentence that says when or how the owner takes work.
const TAKES_WORK =
  /\b(?:looking|available|availability|open to|room for|start(?:ing)?|notice|consult\w*|contract\w*|freelance|full-time|part-time|engagements?|hire|hiring)\b/i;

/** "I'm happy at X and not looking … From September 2025 I'll have room for …": those two. */
function availabilitySentences(text: string): string | undefined {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((s) => TAKES_WORK.test(s));
  return sentences.length > 0 ? sentences.slice(0, 2).join(' ') : undefined;
}

/** An "Availability" section: its first sentence about work, or its text as written. */
export function readAvailability(section: RawSection, draft: Draft, pending: Pending) {
  const lines = flatten(linesOf(section.body));
  // "Working with me": how to reach the owner is often said beside when.
  for (const line of lines) addContact(line, draft.contact, true);
  const texts = lines.map((line) => line.text).filter(Boolean);
  const text = texts.join(' ');
  const said = availabilityFromProse(text) ?? availabilitySentences(text);
  // "Working with me: I write things down. …": how the owner works, no word of when; the
  // section's statements are principles, a line that introduces them ("…:") aside.
  if (said === undefined && WITH_ME.test(section.title) && texts.length >= 2) {
    const intro = (t: string) => t.endsWith(':');
    const statements = texts.filter((t) => !intro(t));
    draft.principles.push(...statements);
    return { note: `principles (${statements.length})`, leftover: texts.filter(intro) };
  }
  const availability = said ?? tidy(text);
  if (availability) pending.availability ??= availability;
  // The rest of a section that says more than when stays searchable, word for word; told in
  // the owner's own words ("I live in Stockport, so hybrid works"), it is their introduction.
  const more = said !== undefined && said.length < text.length * 0.8;
  if (more && isFirstPersonStory(section.body, 15)) {
    draft.summary.push(...texts);
    return { note: 'availability, and its story as summary', leftover: [] };
  }
  return { note: availability ? 'availability' : 'nothing', leftover: more ? texts : [] };
}
