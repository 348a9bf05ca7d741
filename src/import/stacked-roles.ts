import type { PhrasingContent, RootContent } from 'mdast';
import type { Role } from '../knowledge/schema.ts';
import { takeDates } from './entry-dates.ts';
import { isLegalForm, looksLikePlace } from './entry-text.ts';
import { brokenLines, plain, tidy } from './line-text.ts';

/**
 * Experience as a LinkedIn profile saved as PDF writes it, one fact a line:
 *
 *     Company
 *     5 years 11 months            (the time at the company, when it held several titles)
 *     Title
 *     January 2023 - Present (3 years 11 months)
 *     City, Region, Country
 *     what the role was, in paragraphs and bullets
 *
 * A second title under the same company starts at its title line, with no company line.
 */

export interface SourceLine {
  text: string;
  item: boolean;
}

// "January 2023 - Present (3 years 11 months)": a date range alone, with the stint's length.
const DATE_LINE =
  /^(?:[A-Z][a-z]{2,8}\.?\s+)?\d{4}\s*[-–—]\s*(?:(?:[A-Z][a-z]{2,8}\.?\s+)?\d{4}|Present|Current|Now|Today)\s*(\([^()]*\))?$/;
const STINT = /^\((?:\d+\s+(?:years?|yrs?|months?|mos?)\s*)+\)$|^\(less than a year\)$/i;
const COMPANY_SPAN = /^(?:\d+\s+(?:years?|yrs?|months?|mos?)\s*)+$/i;
/** A company or title line is a short line, not a sentence. */
const MAX_NAME_WORDS = 8;

/** The roles of an experience section in that shape, or `undefined` for another shape. */
export function readStackedRoles(body: readonly RootContent[]): Role[] | undefined {
  const lines = sourceLines(body);
  const dateAt = lines.flatMap((line, index) => (isDateLine(line) ? [index] : []));
  // The stint's length after the dates is what marks this shape.
  if (!dateAt.some((index) => STINT.test(DATE_LINE.exec(lines[index]?.text ?? '')?.[1] ?? '')))
    return undefined;
  const roles: Role[] = [];
  const starts = dateAt.map((at, n) => roleStart(lines, at, dateAt[n - 1]));
  for (const [n, at] of dateAt.entries()) {
    const start = starts[n] ?? at - 1;
    const title = lines[at - 1];
    if (!title || !isName(title)) return undefined;
    const company = start < at - 1 ? lines[start]?.text : roles.at(-1)?.company;
    if (!company) return undefined;
    const placeLine = lines[at + 1];
    const place = placeLine && !placeLine.item && looksLikePlace(placeLine.text);
    const end = starts[n + 1] ?? lines.length;
    roles.push(
      makeRole(company, title.text, lines[at]?.text ?? '', place ? placeLine.text : undefined, [
        ...lines.slice(at + (place ? 2 : 1), end),
      ]),
    );
  }
  return roles.length > 0 ? roles : undefined;
}

function isDateLine(line: SourceLine): boolean {
  return !line.item && DATE_LINE.test(line.text);
}

export function isName(line: SourceLine): boolean {
  return (
    !line.item &&
    // A first word all in lower case carries on a wrapped sentence ("metropolitan network").
    !/^\p{Ll}[\p{Ll}-]*\s/u.test(line.text) &&
    line.text.split(/\s+/).length <= MAX_NAME_WORDS &&
    // "Pagamento S.A.S.", "Acme Inc.": a legal form ends on a dot, not a sentence.
    (!/[.;:!?]$/.test(line.text) || isLegalForm(line.text.split(/\s+/).at(-1) ?? ''))
  );
}

/** Where the role whose dates are at `at` begins: its company line, or else its title line. */
function roleStart(lines: SourceLine[], at: number, previousDates: number | undefined): number {
  let candidate = at - 2;
  if (COMPANY_SPAN.test(lines[candidate]?.text ?? '')) candidate--;
  // The previous role's own title and place lines are not a company.
  const previousHeader = previousDates === undefined ? -1 : previousDates + 1;
  const line = lines[candidate];
  if (candidate > previousHeader && line && isName(line) && !isDateLine(line)) return candidate;
  return at - 1;
}

export function makeRole(
  company: string,
  title: string,
  dateText: string,
  location: string | undefined,
  description: SourceLine[],
): Role {
  const role: Role = { company, title, highlights: [], technologies: [] };
  const dates = takeDates(dateText);
  if (dates?.start) role.start = dates.start;
  if (dates?.end) role.end = dates.end;
  if (location) role.location = location;
  const paragraphs = description.filter((line) => !line.item).map((line) => line.text);
  if (paragraphs.length > 0) role.summary = paragraphs.join(' ');
  role.highlights = description.filter((line) => line.item).map((line) => line.text);
  return role;
}

/**
 * The section's text one source line at a time; a wrapped paragraph keeps its breaks. A company
 * set in larger type (a PDF's reading makes it a heading) is a line like any other.
 */
export function sourceLines(body: readonly RootContent[]): SourceLine[] {
  return body.flatMap((node): SourceLine[] => {
    if (node.type === 'heading') return [{ text: tidy(plain(node.children)), item: false }];
    if (node.type === 'paragraph')
      return brokenLines(node.children)
        .map((text) => ({ text: tidy(text), item: false }))
        .filter((line) => line.text);
    if (node.type === 'list')
      return node.children.map((item) => ({
        text: tidy(
          item.children.map((c) => ('children' in c ? plain(c.children as never) : '')).join(' '),
        ),
        item: true,
      }));
    return [];
  });
}
