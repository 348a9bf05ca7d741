import type { Role } from '../../knowledge/schema.ts';
import { bullets, dates, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Knowledge, SCORES } from '../pipeline/types.ts';

const PHRASES = [
  'become',
  'became',
  // Not "promotion": "retention / promotions on his team" asks about the team.
  'promoted',
  'get promoted',
  'start as',
  'started as',
  'move up',
  'moved up',
];

/** Words of a title asked after "become": "when did she become lead" → "lead". */
const AFTER_BECOME =
  /\b(?:become|became|promoted to|start(?:ed)? as|move(?:d)? up to)\s+(?:an?\s+|the\s+)?([\p{L}\s-]{2,60}?)\s*[?.!]*$/iu;

/**
 * "When did she become lead?", "when was he promoted?": the date of a role, or of the step
 * from one title to the next at the same employer, as the roles give them.
 */
export const promotion: AnswerKind = {
  name: 'promotion',
  ceiling: SCORES.topic,
  topic: 'roles',
  intent: { phrases: PHRASES, weight: 6 },
  applies: (q) => q.intent === 'promotion',
  propose(q, k) {
    if (q.intent !== 'promotion' || k.profile.roles.length === 0) return undefined;
    // A title asked that no role has ("did she become a manager?") is for others to answer.
    const asked = titleWordsAsked(q.text);
    const role = asked ? roleWith(asked, k) : latestPromotion(k.profile.roles);
    if (!role?.start) return undefined;
    const before = k.profile.roles.find(
      (r) => r !== role && r.company === role.company && r.end && r.end <= (role.start ?? ''),
    );
    const step = before ? `, after ${before.title}${dates(before.start, before.end)}` : '';
    const text = `${k.firstName} became **${role.title}** at **${role.company}** in ${role.start}${step}.`;
    const all = k.profile.roles.map((r) => `**${r.title}**, ${r.company}${dates(r.start, r.end)}`);
    return {
      kind: 'promotion',
      score: SCORES.topic,
      why: `the start of ${role.title}`,
      evidence: k.index.snippets.filter((s) => s.role === role),
      answer: reply('roles', 'When', `${text}\n\nAll roles:\n${bullets(all)}`),
      state: { techs: [], topic: 'roles', role },
    };
  },
};

/** The words of a title asked after "become": "when did she become lead" → ["lead"]. */
function titleWordsAsked(text: string): string[] | undefined {
  const words = AFTER_BECOME.exec(text)?.[1]
    ?.toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  return words?.length ? words : undefined;
}

/** The role whose title holds every word asked. */
function roleWith(asked: readonly string[], k: Knowledge): Role | undefined {
  const holds = (r: Role) => asked.every((w) => r.title.toLowerCase().includes(w));
  // The first time the title was held: the earliest role that has it.
  return k.profile.roles
    .filter(holds)
    .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''))[0];
}

/** The latest role that followed another at the same employer. */
function latestPromotion(roles: readonly Role[]): Role | undefined {
  return roles
    .filter((r) =>
      roles.some((o) => o !== r && o.company === r.company && (o.start ?? '') < (r.start ?? '')),
    )
    .sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0];
}
