/**
 * The text of a LinkedIn profile saved as PDF, copied or extracted without its fonts: a sidebar
 * first ("Contact", "Top Skills", "Languages", "Certifications", "Honors-Awards"), one item a
 * line and wrapped at the sidebar's width; then the name, the headline (wrapped too) and the
 * place; then "Summary", "Experience", "Education" with one fact a line. It is rewritten as
 * the markdown the PDF reader gives for the same page: the name a heading, each section a
 * heading, sidebar items one a bullet.
 */
import { looksLikeJobTitle, looksLikePlace } from './entry-text.ts';

const SIDEBAR =
  /^(?:Contact|Top Skills|Languages|Certifications|Honors-Awards|Publications|Patents)$/;
const MAIN =
  /^(?:Summary|Experience|Education|Volunteer Experience|Projects|Publications|Honors & Awards|Licenses & Certifications|Courses)$/;
// Marks of the PDF's text: its footers, LinkedIn's tenure in brackets, its language levels.
const MARKS = [
  /^\s*Page \d+ of \d+\s*$/m,
  /^\p{L}+ \d{4} - (?:\p{L}+ \d{4}|Present) \(\d+ (?:years?|months?)/mu,
  /\((?:Native or Bilingual|Full Professional|Professional Working|Limited Working|Elementary)\)$/m,
  /^www\.linkedin\.com\/in\/\S+/m,
];
const FOOTER = /^Page \d+ of \d+$/;
// The sidebar's width: a line this long or longer may go on in the next one.
const WRAP_WIDTH = 30;

export function isLinkedInPdfText(text: string): boolean {
  if (/^#{1,6}\s/m.test(text)) return false;
  const lines = text.split('\n').map((line) => line.trim());
  const first = lines.find((line) => line !== '') ?? '';
  if (!SIDEBAR.test(first)) return false;
  return lines.some((line) => MAIN.test(line)) && MARKS.filter((m) => m.test(text)).length >= 2;
}

/** The text as markdown, or unchanged when it is no such text. */
export function markLinkedInPdfText(text: string): { text: string; rewritten: boolean } {
  if (!isLinkedInPdfText(text)) return { text, rewritten: false };
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !FOOTER.test(line));
  const mainAt = lines.findIndex((line, i) => MAIN.test(line) && !SIDEBAR.test(line) && i > 0);
  const header = readHeader(lines, mainAt < 0 ? lines.length : mainAt);
  if (!header) return { text, rewritten: false };
  const out = [`# ${header.name}`, '', header.headline, header.place, ''];
  out.push(...sidebarSections(lines.slice(0, header.nameAt)));
  out.push(...mainSections(lines.slice(mainAt < 0 ? lines.length : mainAt)));
  return { text: out.join('\n'), rewritten: true };
}

interface Header {
  name: string;
  nameAt: number;
  headline: string;
  place: string;
}

/**
 * Above the first main section: the place, the headline's lines, and the name above them, the
 * nearest line shaped like a person's name that is no job title.
 */
function readHeader(lines: readonly string[], mainAt: number): Header | undefined {
  const placeAt = mainAt - 1;
  const place = lines[placeAt] ?? '';
  if (!looksLikePlace(place)) return undefined;
  for (let at = placeAt - 1; at >= Math.max(1, placeAt - 5); at--) {
    const line = lines[at] ?? '';
    if (!personNameShaped(line) || looksLikeJobTitle(line)) continue;
    const headline = lines.slice(at + 1, placeAt).join(' ');
    return { name: line, nameAt: at, headline, place };
  }
  return undefined;
}

function personNameShaped(line: string): boolean {
  const words = line.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w)) &&
    !SIDEBAR.test(line) &&
    !MAIN.test(line)
  );
}

/** Each sidebar name a heading, its items bullets, wrapped items joined. */
function sidebarSections(lines: readonly string[]): string[] {
  const out: string[] = [];
  let items: string[] = [];
  let previous = '';
  const flush = () => {
    out.push(...items.map((item) => `- ${item}`), '');
    items = [];
  };
  for (const line of lines) {
    if (SIDEBAR.test(line)) {
      flush();
      out.push(`## ${line === 'Honors-Awards' ? 'Honors & Awards' : line}`, '');
      previous = '';
      continue;
    }
    const last = items.at(-1);
    if (last !== undefined && carriesOn(previous, line))
      items[items.length - 1] = `${last} ${line}`;
    else items.push(line);
    previous = line;
  }
  flush();
  return out;
}

/**
 * "Databricks Certified Data Engineer" then "Professional": a line that starts in lower case,
 * is a bracketed label ("(LinkedIn)") or a single word, or follows a line that stops on a
 * joining word or a certificate's level ("Google Cloud Certified - Professional"), goes on
 * from the line above.
 */
function carriesOn(previous: string, line: string): boolean {
  if (/^\p{Ll}/u.test(line) || /^\([^()]+\)$/.test(line)) return true;
  if (LANGUAGE_LEVEL.test(previous)) return false;
  if (!/\s/.test(line) && previous.length >= WRAP_WIDTH) return true;
  return (
    /(?:[-–—:&,]|\b(?:of|and|for|in|the|to|with|on|at))$/i.test(previous) ||
    LEVEL_END.test(previous)
  );
}

const LANGUAGE_LEVEL =
  /\((?:Native or Bilingual|[\p{L} ]+ Working|Elementary|Full Professional)\)$/u;
// "… Certified - Professional": the level comes first in such names, the subject after it.
const LEVEL_END = /\s[-–]\s(?:Professional|Associate|Expert|Specialty|Foundational)$/;

/** The main sections as headings; an education entry's school a heading of its own. */
function mainSections(lines: readonly string[]): string[] {
  const out: string[] = [];
  let section = '';
  const starts = positionStarts(lines);
  for (const [i, line] of lines.entries()) {
    if (MAIN.test(line)) {
      section = line;
      out.push('', `## ${line}`, '');
      continue;
    }
    // A position's first line after a description's bullets: a blank line ends the list, so
    // the company and the title are not read as one more line of the last bullet.
    if (starts.has(i) && out.at(-1) !== '') out.push('');
    const next = lines[i + 1] ?? '';
    // "Technische Universität München" over "Master of Science - MS, … · (2017 - 2019)".
    if (section === 'Education' && /·\s*\(.*\d{4}.*\)$/.test(next) && !/\d{4}/.test(line)) {
      out.push('', `### ${line}`, '');
      continue;
    }
    out.push(line);
  }
  return out;
}

// "March 2022 - Present (4 years 10 months)": a position's dates; "5 years 2 months": the
// time at a company holding several positions.
const POSITION_DATES = /^\p{L}+ \d{4} - (?:\p{L}+ \d{4}|Present)(?: \([^()]*\))?$/u;
const TENURE = /^\d+ (?:years?|months?)(?: \d+ months?)?$/;

/**
 * The lines that open a position: the title above its dates, and the company above the title
 * (or above the company's tenure) where that line is a name, not the end of a description.
 */
function positionStarts(lines: readonly string[]): Set<number> {
  const starts = new Set<number>();
  const named = (line: string | undefined) =>
    line !== undefined &&
    line.length <= 60 &&
    !/[.:;,!?)]$/.test(line) &&
    !/^[-•*]\s/.test(line) &&
    /^\p{Lu}/u.test(line) &&
    !MAIN.test(line);
  lines.forEach((line, i) => {
    if (!POSITION_DATES.test(lines[i + 1] ?? '') || !named(line)) return;
    starts.add(i);
    const above = lines[i - 1];
    if (above !== undefined && TENURE.test(above) && named(lines[i - 2])) starts.add(i - 2);
    else if (named(above) && !POSITION_DATES.test(above ?? '')) starts.add(i - 1);
  });
  return starts;
}
