import type { ProfileSupport } from '../answer/support.ts';
import type { Profile } from '../knowledge/schema.ts';
import { judgeSeniority, levelOf } from './judge-seniority.ts';
import type { Judgement } from './judgement.ts';
import { familiesIn, familyDistance, profileFamilies } from './role-families.ts';

// Words a recruiter puts around a title asked for: "need sr backend", "a senior frontend dev".
const AROUND =
  /\b(?:need(?:s|ed)?|looking for|want(?:ed)?|hiring|an?|the|dev|developer|engineer|eng|person|profile|role)\b/gi;

/**
 * "need sr backend", "Senior frontend engineer": a line that is only a level and a kind of work
 * asks for the job itself. Met when the title has both; close with one of them.
 */
export function judgeTitleAsked(
  text: string,
  support: ProfileSupport,
  profile: Profile,
): Judgement | undefined {
  const asked = familiesIn(text);
  if (!levelOf(text) || asked.length === 0) return undefined;
  const rest = text
    .replace(AROUND, ' ')
    .replace(/\b(?:senior|sr\.?|junior|jr\.?|lead|staff|principal|mid[\s-]?level)(?=\W|$)/gi, ' ')
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  // Only the kind of work is left: one or two words ("backend", "full stack").
  if (rest.length === 0 || rest.length > 2) return undefined;
  const level = judgeSeniority(text, support, profile);
  const same = familyDistance(asked, profileFamilies(profile)) === 'same';
  if (level?.status === 'met' && same) return level;
  const closest = [`${profile.identity.title} (title)`];
  return level?.status === 'met' || same
    ? { status: 'partial', evidence: [], closest }
    : { status: 'missing', evidence: [], closest };
}
