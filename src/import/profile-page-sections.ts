import { type SectionKind, sectionKind } from './section-kinds.ts';

/** A section of a pasted profile page: its name as printed, and its lines as pasted. */
export interface PageSection {
  name: string;
  kind: SectionKind | 'preferences' | undefined;
  lines: string[];
}

// Section names job sites print that no résumé heading uses.
const PAGE_ONLY =
  /^(?:Looking for|What I['’]m looking for|Ideal next opportunity|(?:Job|Work|Career) preferences|Preferences|Open to|Culture|What I value|Volunteering|Accomplishments|Recommendations)$/;
// Of those, the ones that say what work the owner wants: they answer "are you available".
const PREFERENCES =
  /^(?:Looking for|What I['’]m looking for|Ideal next opportunity|(?:Job|Work|Career) preferences|Preferences|Open to)$/;
// Lines a site's footer prints, one link a line.
const FOOTER_LINE =
  /^(?:About(?: us)?|Help(?: Center| Centre)?|Privacy(?: Policy)?|Terms(?: of (?:Service|Use))?|Cookies?(?: Policy| Settings)?|Careers|Blog|Press|Contact(?: us)?|Sitemap|Accessibility|Legal|Imprint|Impressum|Status|Jobs|Companies|For employers|For (?:talent|candidates)|Support|Guidelines|Security|Do not sell my (?:personal )?information|.*©.*|©.*)$/i;

/** "Experience", "Looking for": a section name alone on its line, written in title case. */
export function isPageSectionName(line: string): boolean {
  if (!/^\p{Lu}[\p{L} &'’/-]{1,40}$/u.test(line) || line === line.toUpperCase()) return false;
  if (line.split(' ').length > 4) return false;
  return sectionKind(line) !== undefined || PAGE_ONLY.test(line);
}

/** The page's lines without its footer: the run of one-link lines (and "© …") it ends with. */
export function withoutFooter(lines: readonly string[]): string[] {
  let start = lines.length;
  let links = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    if (!FOOTER_LINE.test(line)) break;
    start = i;
    links += 1;
  }
  // One "About" at the end may be a section; several footer links in a row are the footer.
  return links >= 3 || (links >= 1 && lines.slice(start).some((l) => l.includes('©')))
    ? lines.slice(0, start)
    : [...lines];
}

// An address alone on a line: "https://…", "www.…", "priyaraman.design".
export const LINK = /^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)*\.\p{Ll}{2,}(?:\/\S*)?$/u;

/** The lines over the first section (the page's head), then each section with its lines. */
export function splitPageSections(lines: readonly string[]): {
  head: string[];
  sections: PageSection[];
} {
  const head: string[] = [];
  const sections: PageSection[] = [];
  for (const [i, line] of lines.entries()) {
    const open = sections.at(-1);
    // "Portfolio" over its address is a link's label, not a section.
    const label = LINK.test(lines[i + 1] ?? '');
    if (isPageSectionName(line) && !label)
      sections.push({ name: line, kind: kindOf(line), lines: [] });
    else if (open) open.lines.push(line);
    else head.push(line);
  }
  return { head, sections };
}

function kindOf(name: string): PageSection['kind'] {
  if (PREFERENCES.test(name)) return 'preferences';
  return sectionKind(name);
}
