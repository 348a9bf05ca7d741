import type { ProfileSupport } from '../answer/support.ts';
import type { Judgement } from './judge.ts';

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
};

const YEARS =
  /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:\(\d+\)\s*)?(?:\+\s*)?years?\b/i;

/** The least number of years a requirement asks for ("5+ years", "3-5 years", "five years"). */
export function yearsAsked(text: string): number | undefined {
  const match = YEARS.exec(text);
  if (!match?.[1]) return undefined;
  const word = match[1].toLowerCase();
  const n = WORD_NUMBERS[word] ?? Number(word);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Years asked against the profile's stated years: short by a little is close, not met. */
export function judgeYears(text: string, support: ProfileSupport): Judgement | undefined {
  const asked = yearsAsked(text);
  if (asked === undefined) return undefined;
  return compareYears(asked, support);
}

export function compareYears(asked: number, support: ProfileSupport): Judgement {
  const stated = support.years();
  if (stated === undefined) {
    return {
      status: 'missing',
      evidence: [],
      closest: ['the profile states no years of experience'],
    };
  }
  const line = `${stated} years of experience (profile)`;
  if (stated >= asked) return { status: 'met', evidence: [line], closest: [] };
  // Fewer years than asked is close, not met: the profile still has the experience.
  return { status: 'partial', evidence: [line], closest: [] };
}
