/**
 * "what was he doing in 2018?", "where did she work in 2019?": the jobs (and studies) whose
 * dates cover the year asked, not every job or an "I don't know".
 */
import type { Education, Role } from '../../knowledge/schema.ts';
import { bullets, dates, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Candidate, type Knowledge, SCORES } from '../pipeline/types.ts';
import { currentRoles } from './current-employer.ts';

/** A year in the question. */
const YEAR_ASKED =
  /\b(?:in|during|around|back in|by|of)\s+((?:19|20)\d\d)\b|^\s*((?:19|20)\d\d)\s*\?*\s*$/i;
/** What the question asks of that year: work or what the owner did. */
const ASKS_DOING =
  /\b(?:doing|do|did|work|worked|working|job|jobs|role|roles|position|employed|employer|company|study|studying|studied)\b|^\s*(?:19|20)\d\d\s*\?*\s*$/i;

const ASKERS_OWN = /\b(?:we|we're|our|us|i|i'm|my)\b/i;

const yearOf = (date: string | undefined): number | undefined => {
  const found = /\b((?:19|20)\d\d)\b/.exec(date ?? '');
  return found ? Number(found[1]) : undefined;
};

/** The year a spell ends: its own, or this year for one still going. */
function endYear(end: string | undefined, current: boolean): number | undefined {
  const year = yearOf(end);
  if (year !== undefined) return year;
  return current || /present|now|current|today/i.test(end ?? '')
    ? new Date().getFullYear()
    : undefined;
}

function covers(start: string | undefined, end: number | undefined, year: number): boolean {
  const from = yearOf(start);
  return from !== undefined && end !== undefined && from <= year && year <= end;
}

function rolesIn(k: Knowledge, year: number): string[] {
  const current = currentRoles(k.profile.roles);
  return k.profile.roles
    .filter((r: Role) => covers(r.start, endYear(r.end, current.includes(r) && !r.end), year))
    .map((r) => `**${r.title}**, ${r.company}${dates(r.start, r.end)}`);
}

function studiesIn(k: Knowledge, year: number): string[] {
  return k.profile.education
    .filter((e: Education) => covers(e.start ?? e.end, endYear(e.end, false), year))
    .map(
      (e) =>
        `${[e.degree, e.field].filter(Boolean).join(' in ') || 'Studies'} — ${e.institution}${dates(e.start, e.end)}`,
    );
}

export const inYear: AnswerKind = {
  name: 'in-year',
  ceiling: SCORES.topic + 2,
  topic: 'roles',
  // "We were founded in 2015, has he worked at a startup?": the asker's own year is no ask.
  applies: (q) => YEAR_ASKED.test(q.text) && ASKS_DOING.test(q.text) && !ASKERS_OWN.test(q.text),
  propose(q, k): Candidate | undefined {
    const match = YEAR_ASKED.exec(q.text);
    const year = Number(match?.[1] ?? match?.[2]);
    if (!year || !ASKS_DOING.test(q.text) || ASKERS_OWN.test(q.text)) return undefined;
    const dated = k.profile.roles.some((r) => yearOf(r.start) !== undefined);
    if (!dated) return undefined;
    const lines = [...rolesIn(k, year), ...studiesIn(k, year)];
    // "In 2009 I was freelancing": a line of the text that names the year tells of it too.
    const said = k.index.snippets
      .filter((s) => s.text.includes(String(year)) && !s.role)
      .map((s) => s.text)
      .slice(0, 3);
    const shown = [...lines, ...said];
    const text =
      shown.length > 0
        ? `In ${year}, ${k.firstName}'s profile shows:\n${bullets(shown)}`
        : `None of the jobs or studies ${k.firstName}'s profile dates covers ${year}. The jobs it lists:\n${bullets(k.profile.roles.map((r) => `**${r.title}**, ${r.company}${dates(r.start, r.end)}`))}`;
    return {
      kind: 'in-year',
      score: SCORES.topic + 2,
      why: `roles covering ${year}`,
      evidence: k.index.snippets.filter((s) => s.role && !s.where.includes('.')),
      answer: reply('roles', `${k.firstName} in ${year}`, text),
      state: { techs: [], topic: 'roles' },
    };
  },
};
