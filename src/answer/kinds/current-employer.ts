import type { Role } from '../../knowledge/schema.ts';
import { bullets } from '../pipeline/reply.ts';
import type { Knowledge, Question } from '../pipeline/types.ts';

/** "where does she work now?", "who is his current employer?": the job held now is asked. */
const NOW = new Set(['now', 'currently', 'current', 'present', 'today', 'moment', 'rn', 'day']);

/** A job with no end, or one that ends "present": held now. */
export const held = (role: Role) => !role.end || /^(?:present|now|current|today)$/i.test(role.end);

const heldSaid = (role: Role) => role.end !== undefined && held(role);

/**
 * The jobs held now: those said to be held ("Right now I'm Engineering Manager at Fernwell")
 * where the profile says so of any, else every job without an end. A job told in prose
 * without dates ("I spent four years at Tidewater") is then no current job.
 */
export function currentRoles(roles: readonly Role[]): Role[] {
  return roles.some(heldSaid) ? roles.filter(heldSaid) : roles.filter(held);
}

/** "at **Brightmere Bank** as Senior ML Platform Engineer (since 2019-03)". */
export const atAs = (role: Role): string =>
  `at **${role.company}** as ${role.title}${role.start ? ` (since ${role.start})` : ''}`;

/**
 * The current job first, said as the answer ("Priya works at **Brightmere Bank** as Senior ML
 * Platform Engineer (since 2019-03)."), then the earlier ones; undefined when the question does
 * not ask for now, or no role is held now.
 */
export function nowAndBefore(
  k: Knowledge,
  q: Question,
  earlier: readonly string[],
): string[] | undefined {
  if (!q.tokens.some((t) => NOW.has(t))) return undefined;
  const current = currentRoles(k.profile.roles);
  if (current.length === 0) return undefined;
  const lead = current
    .map((r, i) => {
      const told = r.summary ? ` — ${r.summary.replace(/[.!]$/, '')}` : '';
      return `${i === 0 ? `${k.firstName} works` : 'and'} ${atAs(r)}${told}`;
    })
    .join(', ');
  const before = earlier.filter((_, i) => !current.includes(k.profile.roles[i] as Role));
  return [`${lead}.`, ...(before.length > 0 ? [`Before that:\n${bullets(before)}`] : [])];
}
