import type { Role } from '../../knowledge/schema.ts';
import type { AnswerField } from '../answer.ts';
import { linesHolding } from '../pipeline/absence.ts';
import { asksYesOrNo } from '../pipeline/generic-words.ts';
import { paragraphOf } from '../pipeline/goes-on.ts';
import { bullets, dates, evidenceLines, reply, unique } from '../pipeline/reply.ts';
import { type AnswerKind, type Candidate, type Knowledge, SCORES } from '../pipeline/types.ts';
import type { Snippet } from '../retrieve/model.ts';
import { MONEY } from './pay.ts';

/** "What did she do at Harbor Freight?": one role, its dates and what the owner did there. */
export const role: AnswerKind = {
  name: 'role',
  ceiling: SCORES.role,
  topic: 'roles',
  applies: (q) => q.techs.length === 0,
  propose(q, k) {
    const before = q.tokens.some((t) => BEFORE_WORDS.has(t));
    const after = q.tokens.some((t) => AFTER.has(t));
    // "before going freelance": the role that is the freelancing, when no employer is named.
    const named = q.roles[0] ?? (before !== after ? roleOfKind(k, q.tokens) : undefined);
    if (!named || q.techs.length > 0) return undefined;
    // "her notice period at Fluxa?", "salary at Fluxa?": terms of leaving or pay, not the job.
    if (asksTerms(q.tokens, named)) return undefined;
    if (before !== after) return neighbours(k, named, before ? 'before' : 'after');
    const candidate = roleCandidate(k, named, q.restStems);
    // "did she ever work at Baidu?": the employer is the whole question, and the role says yes.
    if (!asksYesOrNo(q.text) || q.restStems.length > 0 || q.roles.length !== 1) return candidate;
    const text = `**Yes** — ${candidate.answer.text}`;
    return { ...candidate, answer: { ...candidate.answer, text } };
  },
};

/** Words that name working for oneself, in a question and in a role's title or employer. */
const OWN_ACCOUNT =
  /\b(?:freelanc\w*|independent\w*|self[- ]employed|contract(?:or|ing)|consultan\w*|own (?:company|business|studio))\b/i;

/** The latest role that is working for oneself, when the question speaks of going so. */
function roleOfKind(k: Knowledge, tokens: readonly string[]): Role | undefined {
  if (!OWN_ACCOUNT.test(tokens.join(' '))) return undefined;
  return k.profile.roles.find((r) => OWN_ACCOUNT.test(`${r.title} ${r.company}`));
}

/** A terms word outside the employer's own name ("Sóng Pay" asks about no pay). */
function asksTerms(tokens: readonly string[], named: Role): boolean {
  const own = named.company.toLowerCase().split(/\s+/);
  // The pay words availability answers ("rate" alone may be a click-through rate), and notice.
  const terms = (t: string) => t === 'notice' || (MONEY.has(t) && t !== 'rate');
  return tokens.some((t) => terms(t) && !own.includes(t));
}

export const BEFORE_WORDS: ReadonlySet<string> = new Set(['before', 'prior', 'previously']);
const AFTER = new Set(['after', 'since', 'next']);

/**
 * "Where did she work before Allegro?": the roles earlier in time (by start date when both
 * have one, else the ones listed after it, as CVs list newest first), or later for "after".
 */
export function neighbours(k: Knowledge, named: Role, side: 'before' | 'after'): Candidate {
  const all = k.profile.roles;
  const at = all.indexOf(named);
  const others = all.filter((r) => r.company !== named.company || r === named);
  const earlier = (r: Role) =>
    r.start && named.start ? r.start < named.start : all.indexOf(r) > at;
  const found = others.filter((r) => r !== named && (side === 'before' ? earlier(r) : !earlier(r)));
  const lines = found.map(
    (r) =>
      `**${r.title}**, ${r.company}${dates(r.start, r.end)}${r.summary ? ` — ${r.summary}` : ''}`,
  );
  // "her first role at Kestrel, before the senior one": the same employer's other roles first.
  // Only by dates: without them, list order says nothing about a promotion's direction.
  const inHouse = named.start
    ? sameEmployer(k, named).filter(
        (r) => r.start !== undefined && (side === 'before' ? earlier(r) : !earlier(r)),
      )
    : [];
  const within = inHouse.length
    ? `At ${named.company}, ${side} ${named.title}:\n${bullets(inHouse.map((r) => `**${r.title}**${dates(r.start, r.end)}`))}\n\n`
    : '';
  const text = found.length
    ? `${within}${side === 'before' ? 'Before' : 'After'} ${named.company}, ${k.firstName}'s profile lists:\n${bullets(lines)}`
    : `${within}${k.firstName}'s profile lists no role ${side} ${named.company}.`;
  const evidence = k.index.snippets.filter(
    (s) => s.role && [...inHouse, ...found].includes(s.role) && !s.where.includes('.'),
  );
  return {
    kind: 'role',
    score: SCORES.role,
    why: `roles ${side} ${named.company}`,
    evidence,
    answer: reply('roles', `${side === 'before' ? 'Before' : 'After'} ${named.company}`, text),
    state: { techs: [], topic: 'roles', ...(found[0] ? { role: found[0] } : {}) },
  };
}

export function roleCandidate(k: Knowledge, named: Role, restStems: string[]): Candidate {
  const where = named.location ? `, ${named.location}` : '';
  const parts = [
    `**${named.title}** at **${named.company}**${dates(named.start, named.end)}${where}.${named.summary ? ` ${named.summary}` : ''}`,
  ];
  const lines = k.index.snippets.filter(
    (s) => s.role === named && s.where.includes('.highlights['),
  );
  // "what impact did she have on paging?": the matching highlights first.
  const hits = restStems.length
    ? k.index.search(restStems, (s) => lines.includes(s)).map((h) => h.snippet)
    : [];
  const ordered = [...hits, ...lines].filter(unique);
  // A highlight split into sentences for search is shown whole, once.
  const shown = [...new Set(ordered.map((s) => highlightOf(named, s.where) ?? s.text))];
  // "how long has she been at Kestrel in total?": every role there, and since when.
  const others = sameEmployer(k, named);
  if (others.length > 0) {
    // The time at the employer, first: from the first role's start to the last role's end.
    const all = [named, ...others];
    parts.unshift(
      `All ${all.length} of ${k.firstName}'s roles at ${named.company}${employerSpan(all)}:\n${bullets(all.map((r) => `**${r.title}**${dates(r.start, r.end)}`))}`,
    );
  }
  if (shown.length > 0) parts.push(bullets(shown));
  // A role without highlights: what the rest of the profile says happened there.
  const elsewhere =
    shown.length < 2
      ? linesHolding(k, named.company)
          .filter((s) => s.role !== named)
          .slice(0, 2)
          .map((s) => storyFrom(k, s))
      : [];
  if (elsewhere.length > 0)
    parts.push(`Elsewhere in the profile:\n${bullets(evidenceLines(elsewhere, 2))}`);
  const fields: AnswerField[] = named.technologies.length
    ? [{ name: 'Technologies', value: named.technologies.join(', '), inline: true }]
    : [];
  return {
    kind: 'role',
    score: SCORES.role,
    why: `names the employer ${named.company}`,
    evidence: [...ordered, ...elsewhere],
    answer: reply(
      'roles',
      others.length > 0 ? named.company : `${named.title}, ${named.company}`,
      parts.join('\n\n'),
      { fields },
    ),
    state: { techs: [], role: named, topic: 'roles' },
  };
}

/**
 * "In November 2016 I moved to Québec City to join Bramble & Fox … I owned the enemy AI …": a
 * job told in a paragraph of prose is told by the sentences after the one naming it, so the
 * paragraph goes on from there (a few sentences of it).
 */
function storyFrom(k: Knowledge, line: Snippet): Snippet {
  if (line.role || line.list) return line;
  const paragraph = paragraphOf(k, line);
  const at = paragraph.indexOf(line);
  if (at < 0 || paragraph.length < 2) return line;
  const told = paragraph.slice(at, at + STORY_SENTENCES).map((s) => s.text);
  return { ...line, text: told.join(' ') };
}

const STORY_SENTENCES = 4;

/** " (2017-07 – 2022-12, 5 years 5 months)": the span of several roles at one employer. */
function employerSpan(roles: readonly Role[]): string {
  const starts = roles.flatMap((r) => (r.start ? [r.start] : [])).sort();
  if (starts.length < roles.length) return '';
  const ends = roles.map((r) => r.end ?? 'present');
  const current = ends.some((end) => /^(?:present|now|current|today)$/i.test(end));
  return dates(starts[0], current ? 'present' : ends.sort().at(-1));
}

/** The other roles at the employer of `named` (a promotion is a second role at one company). */
function sameEmployer(k: Knowledge, named: Role): Role[] {
  const company = named.company.toLowerCase();
  return k.profile.roles.filter((r) => r !== named && r.company.toLowerCase() === company);
}

function highlightOf(role: Role, where: string): string | undefined {
  const i = /\.highlights\[(\d+)\]$/.exec(where)?.[1];
  return i === undefined ? undefined : role.highlights[Number(i)];
}
