import type { ProfileSupport } from '../answer/support.ts';
import { evidenceLine, type Judgement } from './judgement.ts';

/**
 * "EU work permit", "right to work in the UK", "must be authorized to work in the US without
 * sponsorship": a legal right, which only the profile's own words can show. Living in a country
 * is not holding its permit: without a statement the ask is missing, the location the closest.
 */
const ASKS_PERMIT =
  /\bwork(?:ing)? permits?\b|\bright to work\b|\b(?:authori[sz]ed|eligible|permitted|legally able) to work\b|\bwork authori[sz]ation\b|\bcitizenship\b|\bsecurity of tenure\b/i;
const STATES_PERMIT =
  /\bwork permit\b|\bright to work\b|\b(?:authori[sz]ed|eligible) to work\b|\bcitizen(?:ship)?\b|\bpermanent resident\b|\bgreen card\b|\bblue card\b|\bsettled status\b|\b(?:no|without|don['’]t need|do not need|doesn['’]t need|not need)\b[^.]{0,20}\b(?:visa|sponsorship)\b/i;

export const asksPermit = (text: string): boolean => ASKS_PERMIT.test(text);

export function judgeWorkPermit(
  text: string,
  support: ProfileSupport,
  location: string,
): Judgement | undefined {
  if (!ASKS_PERMIT.test(text)) return undefined;
  const stated = support
    .search('work permit citizen visa sponsorship right to work eligible', 20)
    .filter((line) => STATES_PERMIT.test(line.text))
    .map(evidenceLine);
  if (stated.length > 0) return { status: 'met', evidence: stated.slice(0, 2), closest: [] };
  return { status: 'missing', evidence: [], closest: location ? [`${location} (location)`] : [] };
}
