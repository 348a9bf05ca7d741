import type { Role } from '../knowledge/schema.ts';
import { cleanSegment, looksLikeJobTitle } from './entry-text.ts';
import { headDates } from './job-sections.ts';
import { flatten, type Line } from './markdown-lines.ts';

/**
 * "### Northlight Interactive — Montréal, QC (2021–present)" over "#### Lead Graphics
 * Programmer (Mar 2023–present)" and "#### Senior Graphics Programmer (…)": an employer, then
 * each title held there with its own dates and bullets. One role per title; undefined when the
 * lines under the employer hold no such sub-heading.
 */
export function rolesUnderEmployer(head: Line, lines: Line[]): Role[] | undefined {
  const titled = titlesHeld(lines);
  if (titled.length === 0) return undefined;
  const employer = headDates(head.text)?.rest ?? head.text;
  const [company = '', ...place] = employer.split(/\s+[—–|·]\s+|\s+-\s+/);
  if (!cleanSegment(company)) return undefined;
  const roles: Role[] = [];
  const about: string[] = [];
  for (const line of lines) {
    if (titled.includes(line)) {
      const dates = headDates(line.text);
      const role: Role = {
        company: cleanSegment(company),
        title: cleanSegment(dates?.rest ?? line.text),
        highlights: [],
        technologies: [],
      };
      if (dates?.start) role.start = dates.start;
      if (dates?.end) role.end = dates.end;
      if (place.length > 0) role.location = cleanSegment(place.join(', '));
      roles.push(role);
    } else {
      const role = roles.at(-1);
      const told = flatten([line])
        .map((l) => l.text)
        .filter(Boolean);
      if (role) role.highlights.push(...told);
      else about.push(...told);
    }
  }
  // "*B2B invoicing platform, ~600 employees*" under the employer: said of every role there.
  const first = roles[0];
  if (first && about.length > 0) first.summary = about.join(' ');
  return roles;
}

/**
 * The titles held under one employer: sub-headings, or else two or more dated lines that each
 * read as a job title ("**Head of Engineering, Payments** · Feb 2024 – Present").
 */
function titlesHeld(lines: readonly Line[]): Line[] {
  const headings = lines.filter((l) => l.from === 'heading' && isTitleHeading(l.text));
  if (headings.length > 0) return headings;
  const dated = lines.filter(
    (l) => l.from === 'paragraph' && headDates(l.text) !== undefined && isTitleHeading(l.text),
  );
  return dated.length >= 2 ? dated : [];
}

function isTitleHeading(text: string): boolean {
  return looksLikeJobTitle(headDates(text)?.rest ?? text);
}
