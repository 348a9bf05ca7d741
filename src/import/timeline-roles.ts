import type { Education, Role } from '../knowledge/schema.ts';
import { looksLikeDegree } from './degree-line.ts';
import { takeDates, takeYear } from './entry-dates.ts';
import { INSTITUTION, looksLikeJobTitle } from './entry-text.ts';
import { flatten, linesOf } from './markdown-lines.ts';
import type { RawSection } from './markdown-sections.ts';
import { rolesFromProse } from './prose-roles.ts';
import { sectionKind } from './section-kinds.ts';

/**
 * "**2022 – now** · Pirkanmaan Sanomat, Tampere · Data Visualisation Developer": a section of
 * dated lines, each a span, an employer and a job, as personal sites write a career. Returns the
 * roles when most of the section's lines read so (or when nearly all its lines are dated and
 * two or more are jobs), else nothing.
 */
export function timelineRoles(
  section: RawSection,
): { roles: Role[]; education: Education[] } | undefined {
  const all = flatten(linesOf(section.body)).map((line) => line.text);
  const { roles, lines } = withDescriptions(all);
  // A timeline of a life holds talks, moves and exams between the jobs: when four lines in five
  // open with a date, the jobs among them are read all the same.
  const dated = lines.filter((text) => OPENS_WITH_YEAR.test(text)).length;
  if (roles.length < 2 || (roles.length * 2 <= lines.length && dated * 5 < lines.length * 4))
    return undefined;
  return { roles, education: lines.flatMap((text) => timelineDegree(text) ?? []) };
}

/**
 * The roles of the lines, each with the undated lines under it that describe it ("React Native
 * wallet app for 600k+ users"), and the lines that count for telling a timeline: neither a
 * description nor a labelled line of another section ("Education: B.Sc. …").
 */
function withDescriptions(all: readonly string[]): { roles: Role[]; lines: string[] } {
  const roles: Role[] = [];
  const lines: string[] = [];
  let last: Role | undefined;
  for (const text of all) {
    const role = timelineRole(text) ?? toldRole(text);
    if (role) {
      roles.push(role);
      lines.push(text);
    } else if (last && !takeDates(text) && !OPENS_WITH_YEAR.test(text) && !LABELLED.test(text)) {
      last.highlights.push(text);
      continue;
    } else if (!LABELLED.test(text) || sectionKind(LABELLED.exec(text)?.[1] ?? '') === undefined) {
      lines.push(text);
    }
    last = role;
  }
  return { roles, lines };
}

/** "Education: B.Sc. …", "Certificate: …": a line that says what it is before a colon. */
const LABELLED = /^([\p{L} &]{2,30}):\s/u;

/** "**2018** · University of Tampere · MA, Journalism": the degree line among the jobs. */
function timelineDegree(text: string): Education | undefined {
  const year = takeYear(text);
  const dates = takeDates(text) ?? (year && { start: year.year, rest: year.rest });
  if (!dates) return undefined;
  const parts = dates.rest
    .replace(/^[\s·|•—–*]+/, '')
    .split(/\s+[·|•—–]\s+/)
    .map((part) => part.trim());
  const degree = parts.findIndex((part) => looksLikeDegree(part));
  if (degree < 0 || parts.length !== 2) return undefined;
  const institution = INSTITUTION.test(parts[degree] ?? '') ? degree : 1 - degree;
  const [title = '', field] = (parts[1 - institution] ?? '').split(/,\s+(?=\p{Lu})/u);
  return {
    institution: parts[institution] ?? '',
    ...(title ? { degree: title } : {}),
    ...(field ? { field } : {}),
    ...('end' in dates && dates.end
      ? { start: dates.start, end: dates.end }
      : { end: dates.start }),
    details: [],
  };
}

/** "**2024** — …", "2016–2017 — …": a line of a timeline opens with its year. */
const OPENS_WITH_YEAR = /^\W*(?:19|20)\d\d\b/;

/**
 * "**2024** — Joined Tessellate as Staff Platform Engineer. I lead …", "2016–2017 — Junior
 * developer at Pixel & Pine, a small web agency.": a dated line whose first sentence tells the
 * job in words.
 */
function toldRole(text: string): Role | undefined {
  if (!OPENS_WITH_YEAR.test(text)) return undefined;
  const year = takeYear(text);
  const dates = takeDates(text) ?? (year && { start: year.year, end: undefined, rest: year.rest });
  if (!dates) return undefined;
  const sentence = dates.rest.replace(/^[\s—–·:*-]+/, '').split(/(?<=[.!?])\s+/)[0] ?? '';
  const told = rolesFromProse(sentence)[0];
  if (!told) return undefined;
  return {
    company: told.company,
    title: told.title,
    start: dates.start,
    ...(dates.end ? { end: dates.end } : {}),
    highlights: [],
    technologies: [],
  };
}

function timelineRole(text: string): Role | undefined {
  const dates = takeDates(text);
  if (!dates) return undefined;
  const parts = dates.rest
    .split(/\s+[·|•—–]\s+|\s+-\s+/)
    .map((part) => part.replace(/\[\^\w+\]$/, '').trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  const job = parts.findIndex((part) => looksLikeJobTitle(part.replace(/\s*\([^)]*\)$/, '')));
  if (job < 0 || parts.some(looksLikeDegree)) return undefined;
  const other = parts.find((_, i) => i !== job) ?? '';
  // "Tributo Pay (Bogotá, remote)": the place in a bracket after the employer.
  const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(other);
  const [company = '', place] = bracketed ? [bracketed[1], bracketed[2]] : other.split(/,\s+/);
  const title = parts[job] ?? '';
  if (!company) return undefined;
  return {
    company,
    title,
    start: dates.start,
    ...(dates.end ? { end: dates.end } : {}),
    ...(place ? { location: place } : {}),
    highlights: [],
    technologies: [],
  };
}
