import type { Role } from '../knowledge/schema.ts';
import { takeDates } from './entry-dates.ts';
import { looksLikeJobTitle } from './entry-text.ts';
import { flatten, type Line } from './markdown-lines.ts';
import { rolesFromProse } from './prose-roles.ts';

/**
 * A job told as a paragraph under "Work": "From 2017 to 2020 I was a backend engineer at
 * Parcelwise, a parcel-tracking startup in Vienna. I built …", "Since 2023 I've been a staff
 * engineer at Ferroline Energy …". The first sentence names the job and its years; the whole
 * paragraph is what the role says, nothing of it dropped.
 */
export function proseRoleEntry(head: Line, lines: readonly Line[]): Role | undefined {
  // "My first job out of university was Junior BI Developer at …" tells of the owner too.
  if (head.text.split(/\s+/).length < 12 || !/\bI\b|\b[Mm]y\b/.test(head.text)) return undefined;
  const first = /^.+?[.!?](?=\s+\p{Lu}|$)/u.exec(head.text)?.[0] ?? head.text;
  const [job, ...others] = rolesFromProse(first);
  if (!job || others.length > 0) return undefined;
  const dates = takeDates(first);
  const role: Role = { company: job.company, title: job.title, highlights: [], technologies: [] };
  const start = dates?.start ?? job.start;
  const end = dates?.end ?? job.end;
  if (start) role.start = start;
  if (end) role.end = end;
  const told = flatten([...lines]).map((line) => line.text);
  role.summary = [head.text, ...told].filter(Boolean).join(' ');
  return role;
}

const YEAR = '((?:19|20)\\d\\d)';
// "I was promoted to Software Engineer in 2016", "I've been a Staff Platform Engineer there since
// 2023": a later title at the employer the paragraph is about.
const LATER_TITLE = [
  new RegExp(
    `\\bpromoted\\s+to\\s+(?:an?\\s+)?(\\p{Lu}[\\p{L} -]{2,60}?)\\s+in\\s+${YEAR}\\b`,
    'gu',
  ),
  new RegExp(
    `\\bI(?:['’]ve|\\s+have)\\s+been\\s+(?:an?\\s+|the\\s+)?(\\p{Lu}[\\p{L} -]{2,60}?)\\s+there\\s+since\\s+${YEAR}\\b`,
    'gu',
  ),
];
// "stayed until 2018", "left in 2018": when the job ended.
const ENDED = new RegExp(
  `\\b(?:stayed|remained|was there)\\s+until\\s+${YEAR}\\b|\\bleft\\s+in\\s+${YEAR}\\b`,
  'u',
);
// "I started out in 2014 at Calder Systems": the year the first sentence opens the job with.
const STARTED = new RegExp(`\\b(?:in|since|from)\\s+${YEAR}\\b`, 'u');

/**
 * The titles a job's paragraph says came later at the same employer, each from the year it
 * names; the role before each ends that year. The paragraph's own start and end are read too.
 */
export function laterTitles(role: Role): Role[] {
  const text = role.summary ?? '';
  if (!role.start) {
    const first = /^.+?[.!?](?=\s+\p{Lu}|$)/u.exec(text)?.[0] ?? '';
    const start = STARTED.exec(first)?.[1];
    if (start) role.start = start;
  }
  const ended = ENDED.exec(text);
  if (!role.end && ended) role.end = ended[1] ?? ended[2];
  const later: Role[] = [];
  const found = LATER_TITLE.flatMap((re) => [...text.matchAll(re)]).sort(
    (a, b) => Number(a[2]) - Number(b[2]),
  );
  let before = role;
  for (const m of found) {
    const title = (m[1] ?? '').trim();
    const year = m[2] ?? '';
    if (!looksLikeJobTitle(title) || title === before.title) continue;
    const next: Role = { company: role.company, title, highlights: [], technologies: [] };
    next.start = year;
    if (/\bsince\b/.test(m[0])) next.end = 'present';
    else if (before.end) next.end = before.end;
    before.end = year;
    later.push(next);
    before = next;
  }
  return later;
}
