import type { Role } from '../../knowledge/schema.ts';
import { bullets } from '../pipeline/reply.ts';
import type { Knowledge, Question } from '../pipeline/types.ts';

/** "where does she work now?", "who is his current employer?": the job held now is asked. */
const NOW = new Set(['now', 'currently', 'current', 'present', 'today', 'moment', 'rn', 'day']);

const held = (role: Role) => !role.end || /^(?:present|now|current|today)$/i.test(role.end);

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
  const current = k.profile.roles.filter(held);
  if (current.length === 0) return undefined;
  const lead = current
    .map((r, i) => {
      const since = r.start ? ` (since ${r.start})` : '';
      const told = r.summary ? ` — ${r.summary.replace(/[.!]$/, '')}` : '';
      return `${i === 0 ? `${k.firstName} works` : 'and'} at **${r.company}** as ${r.title}${since}${told}`;
    })
    .join(', ');
  const before = earlier.filter((_, i) => !held(k.profile.roles[i] as Role));
  return [`${lead}.`, ...(before.length > 0 ? [`Before that:\n${bullets(before)}`] : [])];
}
