import type { Role } from '../knowledge/schema.ts';
import { takeDates } from './entry-dates.ts';
import {
  descriptionApart,
  looksLikeJobTitle,
  looksLikePlace,
  NAMES_CERTIFICATE,
  type RoleHeader,
  readRoleHeader,
  splitList,
} from './entry-text.ts';
import { headDates } from './job-sections.ts';
import { tidy } from './line-text.ts';
import { flatten, type Line } from './markdown-lines.ts';
import { proseRoleEntry } from './prose-role-entry.ts';

/** One job of an experience section: its header line, then its meta lines and its work. */

export const TECH_LABEL =
  /^(?:tech|tech stack|stack|technologies|technology|tools|built with|using)$/i;

const NOW_LABEL = /^(?:now|currently|current|today)\s*:\s*/i;

const SEPARATED = /\s+[·|]\s+/;

/**
 * "Staff Developer Advocate (2022–present), Developer Advocate (2021–2022)": a promotion; the
 * title held last is the role's, and the one before (with its dates) is returned to be told.
 */
function promotedFrom(header: RoleHeader): string | undefined {
  const earlier = header.title ? EARLIER_TITLE.exec(header.title) : null;
  if (!earlier?.[1] || !earlier[2]) return undefined;
  header.title = earlier[1];
  return earlier[2];
}

const EARLIER_TITLE = /^(.+?)\s*,\s*(\p{Lu}[^,()]+\((?:19|20)\d\d[^()]*\))$/u;

export function readRole(head: Line, lines: Line[]): Role | undefined {
  // '"Marta is the reason our site stopped falling over." — Head of E-commerce': a client's
  // words and who said them, no job of the owner's.
  if (/^\s*(?:>\s*)?["“„«‘]/u.test(head.raw) || /^\s*["“„«]/u.test(head.text)) return undefined;
  const paragraph = proseRoleEntry(head, lines);
  if (paragraph) return paragraph;
  const dates = headDates(head.text);
  // "At Lumen I lead a small team of four. We own Mar, the design system …": a paragraph of
  // sentences under the jobs is told about them, it heads none.
  if (!dates && head.text.split(/\s+/).length > 25 && /[.!?]\s+\p{Lu}/u.test(head.text))
    return undefined;
  // "**Now:** Senior Data Scientist @ Papelo": the label says when, it is no part of the title.
  const now = NOW_LABEL.exec(dates ? dates.rest : head.text);
  const told = descriptionApart(
    boldPartApart(head, (dates ? dates.rest : head.text).slice(now?.[0].length ?? 0)),
  );
  const described = describedRole(told.head);
  const header = described?.header ?? readRoleHeader(told.head);
  const earlier = promotedFrom(header);
  let start = dates?.start;
  let end = dates?.end ?? (now ? 'present' : undefined);
  const highlights: string[] = [...(described?.highlights ?? [])];
  const technologies: string[] = [];
  const summary: string[] = [
    earlier ? `Before that: ${earlier}.` : undefined,
    told.description,
    header.description,
  ].filter((text): text is string => Boolean(text));
  let inMeta = true;
  for (const line of lines) {
    const lineDates = takeDates(line.text);
    const short = line.text.split(' ').length <= 12 && !/[.!?]$/.test(line.text);
    const meta =
      inMeta &&
      line.from !== 'item' &&
      (lineDates !== undefined ||
        (short && (line.emphasised || !header.title || !header.company)) ||
        (!header.location && looksLikePlace(line.text)));
    if (meta) {
      if (lineDates && !start) {
        start = lineDates.start;
        end = lineDates.end;
      }
      readMetaLine(lineDates ? lineDates.rest : line.text, line.text, header, summary);
      continue;
    }
    inMeta = false;
    if (line.label && TECH_LABEL.test(line.label) && line.rest) {
      technologies.push(...splitList(line.rest));
    } else if (line.from === 'item') {
      highlights.push(
        ...flatten([line])
          .map((l) => l.text)
          .filter(Boolean),
      );
      // "#### Added" over a job's bullets labels them; it tells nothing of the job.
    } else if (line.text && line.from !== 'heading') summary.push(line.text);
  }
  return madeRole(header, { start, end }, { highlights, technologies, summary });
}

/**
 * A meta line under the header: what it adds of title, employer and place; a sentence about the
 * job goes to the summary.
 */
function readMetaLine(rest: string, text: string, header: RoleHeader, summary: string[]): void {
  if (header.title && header.company) {
    // What is left beside the dates, once title and company are known, is the place;
    // "Since 2022 I lead the combat pod, a team of 3." is a sentence about the job.
    if (rest && rest.split(' ').length > 5) summary.push(text);
    else if (!header.location && rest) header.location = rest;
  } else if (header.company && !header.title && looksLikeJobTitle(rest.split(SEPARATED)[0] ?? '')) {
    // Under "**Stripe**", "Senior Engineer, Product Security" is one title, comma and all;
    // "*Senior Developer* · Cebu City / Remote" is a title, then its place.
    const [title = rest, ...place] = rest.split(SEPARATED);
    header.title = title;
    if (!header.location && place.length > 0) header.location = place.join(', ');
  } else {
    const more = readRoleHeader(rest);
    if (!header.title && more.title) header.title = more.title;
    else if (!header.company && more.title) header.company = more.title;
    if (!header.company && more.company) header.company = more.company;
    if (!header.location && more.location) header.location = more.location;
    if (more.description) summary.push(more.description);
  }
}

const WHERE_ASIDE = /^(.+?)\s*\(((?:[^()]*\b(?:remote|hybrid|on-?site|HQ|office)\b)[^()]*)\)$/i;

const INSTITUTION =
  /^((?:[^,]*\s)?(?:University|Universität|Université|Universidad|Università|Institute|Institut|College|Hospital|Laboratory)\b[^,]*)(?:,\s*(.+))?$/;

function madeRole(
  header: RoleHeader,
  dates: { start?: string | undefined; end?: string | undefined },
  told: { highlights: string[]; technologies: string[]; summary: string[] },
): Role | undefined {
  if (!header.title || !header.company) return undefined;
  // "📜 AWS Certified Developer – Associate (2023)" among the jobs is a certificate.
  if (NAMES_CERTIFICATE.test(`${header.title} ${header.company}`)) return undefined;
  const { highlights, technologies, summary } = told;
  // "Bairro (remote, Lisbon HQ)": where the job is done, in brackets after the employer.
  const where = WHERE_ASIDE.exec(header.company);
  const company = where?.[1] ?? header.company;
  // "Department of Atmospheric Physics" then "University of Brackenfield, UK": a school or an
  // institute is the employer's own name, not where the job was.
  const org = INSTITUTION.exec(header.location ?? '');
  const employer = org ? `${company}, ${org[1]}` : company;
  const role: Role = { company: employer, title: header.title, highlights, technologies };
  if (dates.start) role.start = dates.start;
  if (dates.end) role.end = dates.end;
  const location = org ? org[2] : (header.location ?? where?.[2]);
  if (location) role.location = location;
  if (summary.length > 0) role.summary = summary.join(' ');
  return role;
}

/**
 * "**Staff Engineer**, **Acme** — Berlin": a bold run that a comma closes is one part of the
 * header, as a dash would set it apart; the comma does not join it to the employer.
 */
function boldPartApart(head: Line, text: string): string {
  const lead = head.lead;
  if (!lead || head.label || !text.startsWith(`${lead}, `)) return text;
  return `${lead} — ${text.slice(lead.length + 2)}`;
}

/**
 * "Parcelwise — Engineering Manager: lead the platform group; rebuilt on-call": a one-line
 * role whose header ends at the colon and whose work follows it, one highlight per clause.
 */
export function describedRole(
  text: string,
): { header: RoleHeader; highlights: string[] } | undefined {
  const match = /^(.+?):\s+(\S.*)$/.exec(text);
  if (!match?.[1] || !match[2] || match[1].split(' ').length > 10) return undefined;
  const header = readRoleHeader(match[1]);
  if (!header.title || !header.company || !looksLikeJobTitle(header.title)) return undefined;
  const highlights = match[2]
    .split(/;\s+/)
    .map((clause) => tidy(clause).replace(/^\p{Ll}/u, (c) => c.toUpperCase()))
    .filter(Boolean);
  return { header, highlights };
}
