import {
  HIRING_STATED,
  LEADING,
  MENTORING_STATED,
  NOT_LEADING,
  PEOPLE_STATED,
} from '../answer/kinds/leadership.ts';
import type { ProfileSupport } from '../answer/support.ts';
import { FIT_DEFAULTS } from './defaults.ts';
import { evidenceLine, type Judgement } from './judgement.ts';

/**
 * "Prior experience as a tech lead", "Has mentored engineers", "People management experience":
 * a requirement that asks the owner to have led, managed or mentored. Judged on the lines the
 * answer engine's leadership answer rests on (`LEADING`), each ask by the lines stating it.
 */
const ASKS: readonly { asks: RegExp; states: RegExp }[] = [
  {
    // Hiring is met only by hiring, interviewing, or a team the owner built or grew.
    asks: /\bhiring\b|\bhired\b|\bhire (?:and|engineers|developers|people|talent)\b|\binterview(?:ing|ed)? (?:candidates|engineers)\b|\brecruit(?:ing|ed)? (?:engineers|developers|talent)\b|\b(?:build(?:ing)?|built|grow(?:ing)?|grew|scal(?:e|ing|ed)) (?:(?:a|an|the|out|your|our) )?(?:[\w-]+ )?teams?\b/i,
    states: HIRING_STATED,
  },
  // Mentoring is met only by mentoring, coaching or teaching.
  { asks: /\bmentor\w*|\bcoach(?:ed|ing)?\b/i, states: MENTORING_STATED },
  {
    // Managing people is met by reports, a headcount, or a team the owner led or managed.
    asks: /\b(?:people|line|engineering) manag\w+|\bmanag(?:ing|ed|e) (?:a )?(?:team|people|engineers|reports)\b|\bdirect reports\b/i,
    states: PEOPLE_STATED,
  },
  {
    // A tech or team lead is met by that title or by a team the owner led.
    asks: /\b(?:tech(?:nical)?|team) lead\b|\blead(?:ing)? (?:a |the )?(?:team|squad|engineers)\b|\bleadership\b/i,
    states:
      /\b(?:tech(?:nical)? lead|team lead|lead (?:engineer|developer)|(?:led|lead(?:s|ing)?|ran|run(?:s|ning)?) (?:a |the |my |our )?(?:[\w-]+ ){0,3}(?:team|teams|squad|engineers|developers))\b/i,
  },
];

export function judgeLeadership(text: string, support: ProfileSupport): Judgement | undefined {
  // "5+ years leading teams": the years decide, judged with them.
  if (/\b\d+\s*\+?\s*(?:years?|yrs)\b/i.test(text)) return undefined;
  // "Experience hiring and managing engineers": every ask must be stated.
  const asked = ASKS.filter(({ asks }) => asks.test(text));
  if (asked.length === 0) return undefined;
  // Every line is looked at: the one that states the ask may be far down the profile.
  const leading = support.linesMatching(LEADING).filter((line) => !NOT_LEADING.test(line.text));
  const stated = leading.filter((line) => asked.some(({ states }) => states.test(line.text)));
  const all = asked.every(({ states }) => leading.some((line) => states.test(line.text)));
  const shown = (lines: typeof leading) =>
    lines.slice(0, FIT_DEFAULTS.maxEvidence).map(evidenceLine);
  if (all) return { status: 'met', evidence: shown(stated), closest: [] };
  if (leading.length > 0) return { status: 'partial', evidence: shown(leading), closest: [] };
  return { status: 'missing', evidence: [], closest: [] };
}
