import { countriesIn } from '../../knowledge/places.ts';
import type { Role } from '../../knowledge/schema.ts';
import { claimAbsence } from '../pipeline/absence.ts';
import { bullets, capitalise, evidenceLines, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Knowledge, SCORES } from '../pipeline/types.ts';
import { asksWorkRight } from './availability.ts';
import { andList } from './skill.ts';

/** "has she ever worked in India?", "any jobs in Germany?": work asked of a country. */
// "did she ever work in India?": work done, asked in the present form after "did" or "ever".
const WORK_THERE =
  /\b(?:worked|working|jobs?|employed|employment|roles?|positions?|career)\b[^?.!]*\b(?:in|from)\s|\b(?:ever|did\s+\w+)\s+(?:\w+\s+)?work\s+(?:in|from)\s/i;
/** "would she relocate to work in Canada?", "is she eligible to work in the UK?": no work done. */
const MOVE_OR_ELIGIBLE = /\b(?:relocat\w*|eligib\w*|right to work)\b/i;

/** Where a role was: its place, or its employer's name ("Infosys, Chennai"). */
const roleCountries = (role: Role) =>
  countriesIn([role.location, role.company].filter(Boolean).join(', ')).map((c) => c.name);

/**
 * The roles held in the country a question names, from their places (a city counts for its
 * country); when none was there, the whole knowledge is searched before a "no".
 */
export const workedIn: AnswerKind = {
  name: 'worked-in',
  ceiling: SCORES.specificSearch + 2,
  topic: 'roles',
  propose(q, k) {
    // "would she need visa sponsorship to work in Canada?": the right to work, not work done.
    const notDone = asksWorkRight(q.tokens) || MOVE_OR_ELIGIBLE.test(q.text);
    if (!WORK_THERE.test(q.text) || notDone || k.profile.roles.length === 0) return undefined;
    const country = countriesIn(q.text)[0];
    if (!country) return undefined;
    const there = k.profile.roles.filter((r) => roleCountries(r).includes(country.name));
    if (there.length === 0) return noRoleThere(k, country.name, [country.name, ...country.aliases]);
    const evidence = k.index.snippets.filter((s) => s.role && there.includes(s.role));
    const lines = there.map(
      (r) => `**${r.title}**, ${r.company}${r.location ? ` (${r.location})` : ''}`,
    );
    return {
      kind: 'worked-in',
      score: SCORES.specificSearch + 2,
      why: `roles in ${country.name}`,
      evidence,
      answer: reply(
        'roles',
        `Work in ${country.name}`,
        `**Yes** — ${k.firstName} worked in ${country.name}:\n${bullets(lines)}`,
        { confidence: 0.9 },
      ),
    };
  },
};

function noRoleThere(k: Knowledge, country: string, names: readonly string[]) {
  const places = [...new Set(k.profile.roles.flatMap(roleCountries))];
  const elsewhere =
    places.length > 0 ? ` ${capitalise(k.possessive)} roles were in ${andList(places)}.` : '';
  const candidate = claimAbsence(
    k,
    {
      topic: 'roles',
      what: `work in ${country}`,
      terms: names,
      // A role with no place given may have been anywhere: then only the profile is said to be silent.
      no: k.profile.roles.every((r) => roleCountries(r).length > 0)
        ? `**No** — none of ${k.firstName}'s roles in the profile was in ${country}.${elsewhere}`
        : `**Not that the profile says** — it doesn't mention ${country} for any of ${k.firstName}'s roles.${elsewhere}`,
    },
    'worked-in',
    SCORES.specificSearch + 2,
  );
  return candidate.evidence.length > 0
    ? {
        ...candidate,
        answer: reply(
          'roles',
          `Work in ${country}`,
          `${country} comes up in ${k.possessive} profile:\n${bullets(evidenceLines(candidate.evidence, 3))}`,
          { confidence: 0.7 },
        ),
      }
    : candidate;
}
