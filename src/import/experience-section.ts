import type { Table } from 'mdast';
import type { Role } from '../knowledge/schema.ts';
import { rolesUnderEmployer } from './employer-roles.ts';
import { tookEngagement } from './engagement.ts';
import { readExportRoles } from './export-roles.ts';
import { plural } from './import-result.ts';
import { readLabelledRoles } from './labelled-roles.ts';
import { flatten, type Line } from './markdown-lines.ts';
import { type Draft, entryUnits, type RawSection, type Unit } from './markdown-sections.ts';
import { laterTitles } from './prose-role-entry.ts';
import { readRole } from './role-entry.ts';
import { earlierTitles } from './role-promotions.ts';
import { isRoleTable, readRoleTable } from './role-table.ts';
import { readStackedRoles } from './stacked-roles.ts';

/**
 * The experience section: jobs stacked or labelled, a table of jobs, or an entry per job under
 * its heading; lines about an earlier job below a list of them go to that job.
 */
export function readExperienceSection(
  section: RawSection,
  draft: Draft,
): { note: string; leftover: string[] } {
  const stacked =
    readStackedRoles(section.body) ??
    readLabelledRoles(section.body) ??
    readExportRoles(section.body);
  if (stacked) {
    draft.roles.push(...stacked);
    return { note: `${stacked.length} role${plural(stacked.length)}`, leftover: [] };
  }
  // "| Company | Role | Years |": the career as a table, read by its header row.
  const tables = section.body.filter(
    (node): node is Table => node.type === 'table' && isRoleTable(node),
  );
  const leftover: string[] = [];
  let count = 0;
  for (const table of tables) {
    const read = readRoleTable(table);
    draft.roles.push(...read.roles);
    leftover.push(...read.leftover);
    count += read.roles.length;
  }
  const { units, intro } = entryUnits(
    section.body.filter((node) => !tables.includes(node as Table)),
  );
  leftover.push(...intro);
  const before = { roles: draft.roles.length, leftover: leftover.length };
  count += readEntries(units, draft, leftover);
  // "From 2017 to 2020 I was at Fietsloket …": a career told as a story, paragraph by
  // paragraph, that reads as entries only by taking a sentence for an employer, is read with
  // the rest of the owner's prose instead.
  const read = draft.roles.slice(before.roles);
  if (tables.length === 0 && isToldStory(units) && read.some(readsASentence)) {
    draft.roles.splice(before.roles);
    leftover.splice(before.leftover);
    // Each paragraph whole: a title set in italics splits its lines, not its sentence.
    leftover.push(
      ...units.map(({ head, lines }) => [head, ...flatten(lines)].map((l) => l.text).join(' ')),
    );
    return { note: 'a career told in sentences, read with the prose', leftover };
  }
  return { note: `${count} role${plural(count)}`, leftover };
}

/** A role whose employer or title is a piece of a sentence: "From I was", "Fietsloket, a …". */
function readsASentence(role: Role): boolean {
  return [role.company, role.title].some(
    (text) => /\bI\b/.test(text) || /[.!?]\s+\p{Lu}/u.test(text) || text.split(/\s+/).length > 10,
  );
}

/** Each unit read as a job entry, into the draft's roles or the leftover. Returns the count. */
function readEntries(units: readonly Unit[], draft: Draft, leftover: string[]): number {
  let count = 0;
  for (const { head, lines } of units) {
    // "### Employer (2016–2021)" over "#### Title (dates)" for each title held there.
    const held = rolesUnderEmployer(head, lines);
    if (held) {
      draft.roles.push(...held);
      count += held.length;
      continue;
    }
    if (tookEngagement(head, lines, draft)) {
      count++;
      continue;
    }
    // "**Paddock** (agtech) — I joined as …" below the last of the jobs: about an earlier one.
    const { own, told } = toldOfEarlierRoles(lines, draft.roles, readRole(head, [])?.company);
    for (const group of told) toldOfRole(group[0] as Line, group, draft.roles);
    const role = readRole(head, own);
    if (role) {
      const earlier = [...earlierTitles(role, head, lines), ...laterTitles(role)];
      draft.roles.push(role, ...earlier);
      count += 1 + earlier.length;
    } else if (!toldOfRole(head, lines, draft.roles))
      leftover.push(...[head, ...flatten(lines)].map((l) => l.text).filter(Boolean));
  }
  return count;
}

/** Paragraphs of first-person sentences, no entry among them: a career told as a story. */
function isToldStory(units: readonly Unit[]): boolean {
  const paragraphs = units.flatMap(({ head, lines }) => [head, ...flatten(lines)]);
  // A quoted title set in italics may stand as a line of its own inside a paragraph.
  const most = (test: (line: Line) => boolean) =>
    paragraphs.filter(test).length >= Math.ceil((paragraphs.length * 2) / 3);
  return (
    paragraphs.length > 0 &&
    paragraphs.every((line) => line.from === 'paragraph') &&
    most((line) => /[.!?]["”’)]?$/.test(line.text) && line.text.split(/\s+/).length >= 8) &&
    most((line) => /\bI(?:['’](?:m|ve|d))?\s/.test(line.text))
  );
}

/**
 * "Tambo Pay — what I actually do" over bullets, below a table of jobs: more about the job at
 * the employer the heading opens with, its latest one. Returns whether a job took the lines.
 */
function toldOfRole(head: Line, lines: Line[], roles: Role[]): boolean {
  const text = head.text.toLowerCase();
  const role = roles.find((r) => {
    const company = r.company.toLowerCase();
    return text.startsWith(company) && !/[\p{L}\d]/u.test(text.charAt(company.length));
  });
  if (!role) return false;
  const told = flatten(lines);
  role.highlights.push(...told.filter((l) => l.from === 'item').map((l) => l.text));
  const prose = told.filter((l) => l.from !== 'item' && l.text).map((l) => l.text);
  if (prose.length > 0) role.summary = [role.summary, ...prose].filter(Boolean).join(' ');
  return told.length > 0;
}

/**
 * The lines of a job that open with another job's employer, as a paragraph names it
 * ("**Kestrel Bank** — Worked on the retail banking app"), each with the lines after it: about
 * that job, not this one. The rest are this job's.
 */
function toldOfEarlierRoles(
  lines: Line[],
  roles: Role[],
  company: string | undefined,
): { own: Line[]; told: Line[][] } {
  const own: Line[] = [];
  const told: Line[][] = [];
  let current = own;
  for (const line of lines) {
    const opens = (name: string) => line.from === 'paragraph' && opensWithEmployer(line, name);
    if (company && opens(company)) current = own;
    else if (roles.some((r) => r.company !== company && opens(r.company))) {
      current = [];
      told.push(current);
    }
    current.push(line);
  }
  return { own, told };
}

/** "Kestrel Bank — …", "Paddock (agtech, Series B) — …": the employer, then a separator. */
function opensWithEmployer(line: Line, company: string): boolean {
  const name = company.toLowerCase();
  if (name.length < 2 || line.lead?.toLowerCase() === name) return name.length >= 2;
  const text = line.text.toLowerCase();
  return text.startsWith(name) && /^\s*[(—–:|]/.test(text.slice(name.length));
}
