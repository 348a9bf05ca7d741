import { sectionMarkdown } from './profile-page-entries.ts';
import { ownerNameAt, type PageHeader, readPageHeader } from './profile-page-header.ts';
import {
  isPageSectionName,
  type PageSection,
  splitPageSections,
  withoutFooter,
} from './profile-page-sections.ts';

/**
 * Text copied from a profile page on a job site (Wellfound, Otta, Hired, Xing, a résumé
 * builder's web view): the site's navigation, the name alone on a line, a headline, a place,
 * then section names alone on lines, one fact a line, entries parted by blank lines, and the
 * footer's links. Rewritten as the markdown résumé it stands for; the chrome is dropped.
 */

// Markdown's own marks: a page that has them is markdown already.
const MARKDOWN = [
  /^#{1,6}\s/m,
  /^\s*(?:={3,}|-{3,})\s*$/m,
  /\[[^\]\n]+\]\([^)\n]+\)/,
  /\*\*[^*\n]+\*\*/,
  /^\s*```/m,
  /^\s*\|.*\|\s*$/m,
];
// "Mar 2022 - Present", "Jan 2018 - Feb 2022": a position's dates alone on a line.
const MONTH_DATES =
  /^\p{Lu}\p{Ll}{2,8}\.?\s+\d{4}\s*[-–—]\s*(?:Present|Now|Current|\p{Lu}\p{Ll}{2,8}\.?\s+\d{4})\b/mu;
// "· 4 yrs 10 mos": the tenure job sites print beside dates.
const TENURE = /·\s*\d+\s+yrs?\b|·\s*\d+\s+mos?\b/m;
// What only a site prints: its tenure marks, "Open to remote", job-search labels, its footer.
const PAGE_MARKS = [
  TENURE,
  /·\s*Open to (?:remote|relocation)\b/im,
  /^(?:Job types|Desired salary|Available to start|Time zones|Roles|Remote|Work authorization):\s/m,
  /^©/m,
  /^(?:Edit profile|View as recruiter|Messages \d+)\b/m,
];

export function isProfilePage(text: string): boolean {
  if (MARKDOWN.some((mark) => mark.test(text))) return false;
  const lines = text.split('\n').map((line) => line.trim());
  const sections = new Set(lines.filter(isPageSectionName));
  return (
    sections.size >= 3 &&
    (MONTH_DATES.test(text) || TENURE.test(text)) &&
    PAGE_MARKS.some((mark) => mark.test(text))
  );
}

/** The page as markdown, or the text unchanged when it is no such page or names nobody. */
export function markProfilePage(text: string): { text: string; rewritten: boolean } {
  if (!isProfilePage(text)) return { text, rewritten: false };
  const lines = withoutFooter(text.split(/\r?\n/).map((line) => line.trim()));
  // The site's navigation over the name may hold section words ("About"); it is left out.
  const at = ownerNameAt(lines);
  if (at < 0) return { text, rewritten: false };
  const { head, sections: listed } = splitPageSections(lines.slice(at + 1));
  const header = readPageHeader(lines[at] ?? '', head);
  const sections = withHeadLabels(listed, header);
  const markdown = [
    ...headMarkdown(header, sections),
    ...sections.flatMap((section) => aboutWithBio(section, header)).flatMap(sectionMarkdown),
  ];
  return { text: markdown.join('\n'), rewritten: true };
}

/** The name, headline, place and what the page says of work wanted. */
function headMarkdown(header: PageHeader, sections: readonly PageSection[]): string[] {
  const facts: string[] = [];
  if (header.location) facts.push(`Location: ${header.location}`);
  const available = [...header.open, ...sections.flatMap(availabilityParts)];
  if (available.length > 0) facts.push(`Availability: ${available.join('; ')}`);
  const about = sections.some((section) => section.kind === 'about');
  // The current role the head names stands on its own, unless the experience lists it.
  const company = header.role?.replace(/^.+?\s+(?:at|@)\s+/, '') ?? '';
  const listed = sections.some(
    (section) => section.kind === 'experience' && section.lines.some((l) => l.includes(company)),
  );
  const role = header.role && !listed ? [header.role, ''] : [];
  return [
    `# ${header.name}`,
    '',
    ...(header.headline ? [header.headline, ''] : []),
    ...role,
    ...facts.map((fact) => `${fact}  `),
    '',
    ...(about || header.bio.length === 0 ? [] : ['## About', '', ...header.bio, '']),
  ];
}

// "Available to start: In 1 month", "Remote: Open to remote": lines that say when and how.
const AVAILABILITY_LINE = /^(?:Available to start|Availability|Remote|Start date):\s*\S/i;

function availabilityParts(section: PageSection): string[] {
  if (section.kind !== 'preferences') return [];
  return section.lines.filter((line) => AVAILABILITY_LINE.test(line));
}

/** The bio under the headline opens the About section, when the page has one. */
function aboutWithBio(section: PageSection, header: PageHeader): PageSection[] {
  if (section.kind !== 'about' || header.bio.length === 0) return [section];
  return [{ ...section, lines: [...header.bio, '', ...section.lines] }];
}

/** Labelled lines under the headline ("Desired salary: …") join what the page says is wanted. */
function withHeadLabels(sections: PageSection[], header: PageHeader): PageSection[] {
  if (header.labelled.length === 0) return sections;
  const wanted = sections.find((section) => section.kind === 'preferences');
  if (wanted) wanted.lines.unshift(...header.labelled, '');
  else sections.unshift({ name: 'Looking for', kind: 'preferences', lines: header.labelled });
  return sections;
}
