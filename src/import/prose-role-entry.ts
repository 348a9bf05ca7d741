import type { Role } from '../knowledge/schema.ts';
import { takeDates } from './entry-dates.ts';
import { flatten, type Line } from './markdown-lines.ts';
import { rolesFromProse } from './prose-roles.ts';

/**
 * A job told as a paragraph under "Work": "From 2017 to 2020 I was a backend engineer at
 * Parcelwise, a parcel-tracking startup in Vienna. I built …", "Since 2023 I've been a staff
 * engineer at Ferroline Energy …". The first sentence names the job and its years; the whole
 * paragraph is what the role says, nothing of it dropped.
 */
export function proseRoleEntry(head: Line, lines: readonly Line[]): Role | undefined {
  if (head.text.split(/\s+/).length < 12 || !/\bI\b/.test(head.text)) return undefined;
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
