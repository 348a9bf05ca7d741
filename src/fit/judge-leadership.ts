import {
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
  const ask = ASKS.find(({ asks }) => asks.test(text));
  if (!ask) return undefined;
  const leading = support
    .linesMatching(LEADING)
    .filter((line) => !NOT_LEADING.test(line.text))
    .slice(0, FIT_DEFAULTS.maxEvidence);
  const stated = leading.filter((line) => ask.states.test(line.text));
  if (stated.length > 0) return { status: 'met', evidence: stated.map(evidenceLine), closest: [] };
  if (leading.length > 0)
    return { status: 'partial', evidence: leading.map(evidenceLine), closest: [] };
  return { status: 'missing', evidence: [], closest: [] };
}
