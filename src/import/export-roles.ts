import type { RootContent } from 'mdast';
import type { Role } from '../knowledge/schema.ts';
import { takeDates } from './entry-dates.ts';
import { looksLikePlace } from './entry-text.ts';
import { isName, makeRole, type SourceLine, sourceLines } from './stacked-roles.ts';

/**
 * Experience as a job site exports a résumé (Indeed and the like), one fact a line:
 *
 *     Senior Software Development Engineer in Test
 *     Root Insurance - Columbus, OH
 *     March 2021 to Present
 *     • what the role was, in bullets
 */

// "March 2021 to Present", "June 2018 to March 2021", "2013 to 2016".
const RANGE_LINE =
  /^(?:[A-Z][a-z]{2,8}\.?\s+)?\d{4}\s+(?:to|[-–—])\s+(?:(?:[A-Z][a-z]{2,8}\.?\s+)?\d{4}|Present|Current|Now|Today)$/;
// "Root Insurance - Columbus, OH": the company, then its place.
const PLACE_AFTER = /^(.+?)\s+[-–—]\s+(.+)$/;
// "Columbus, OH", "Austin, TX 78701": a US city and state.
const CITY_STATE = /^\p{Lu}[\p{L} .'-]+,\s*[A-Z]{2}(?:\s+\d{5})?$/u;

const isRange = (line: SourceLine | undefined) =>
  !!line && !line.item && RANGE_LINE.test(line.text);

/** The roles of an experience section in that shape, or `undefined` for another shape. */
export function readExportRoles(body: readonly RootContent[]): Role[] | undefined {
  const lines = sourceLines(body);
  const at = lines.flatMap((line, index) => (isRange(line) ? [index] : []));
  if (at.length === 0) return undefined;
  const roles: Role[] = [];
  for (const [n, dates] of at.entries()) {
    const title = lines[dates - 2];
    const employer = lines[dates - 1];
    if (!title || !employer || !isName(title) || !isName(employer)) return undefined;
    // "2019/06 – 2020/12" above the employer: dates written another way head another shape.
    if (takeDates(title.text) || takeDates(employer.text)) return undefined;
    const split = PLACE_AFTER.exec(employer.text);
    const place = split?.[2] && (CITY_STATE.test(split[2]) || looksLikePlace(split[2]));
    const company = place ? (split?.[1] ?? employer.text) : employer.text;
    const next = at[n + 1];
    const end = next === undefined ? lines.length : next - 2;
    roles.push(
      makeRole(
        company,
        title.text,
        lines[dates]?.text ?? '',
        place ? split?.[2] : undefined,
        lines.slice(dates + 1, end),
      ),
    );
  }
  return roles;
}
