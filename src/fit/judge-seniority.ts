import type { ProfileSupport } from '../answer/support.ts';
import type { Profile } from '../knowledge/schema.ts';
import { FIT_DEFAULTS } from './defaults.ts';
import type { Judgement } from './judgement.ts';

type Level = keyof typeof FIT_DEFAULTS.seniorityYears;

const LEVELS: readonly (readonly [Level, RegExp])[] = [
  ['principal', /\bprincipal\b/i],
  ['staff', /\bstaff\b/i],
  ['lead', /\b(?:lead|head of)\b/i],
  ['senior', /\b(?:senior|sr\.?)(?=\W|$)/i],
  ['mid', /\bmid[\s-]?(?:level|senior)?\b|\bintermediate\b/i],
  ['junior', /\b(?:junior|jr\.?|entry[\s-]level|graduate)(?=\W|$)/i],
];

const rank = (level: Level) => FIT_DEFAULTS.seniorityYears[level];

/** The seniority a title names, highest first ("Senior Staff" is staff). */
export function levelOf(text: string): Level | undefined {
  return LEVELS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** A seniority asked for, against the profile's titles and then its years. */
export function judgeSeniority(
  text: string,
  support: ProfileSupport,
  profile: Profile,
): Judgement | undefined {
  const asked = levelOf(text);
  if (!asked) return undefined;
  const titles = [profile.identity.title, ...profile.roles.slice(0, 1).map((r) => r.title)];
  const best = titles
    .map((title) => ({ title, level: levelOf(title) }))
    .filter((t): t is { title: string; level: Level } => t.level !== undefined)
    .sort((a, b) => rank(b.level) - rank(a.level))[0];
  if (best && rank(best.level) >= rank(asked)) {
    return { status: 'met', evidence: [`${best.title} (title)`], closest: [] };
  }
  const years = support.years();
  const closest = [best ? `${best.title} (title)` : profile.identity.title];
  if (years !== undefined && years >= FIT_DEFAULTS.seniorityYears[asked]) {
    return {
      status: 'partial',
      evidence: [],
      closest: [...closest, `${years} years of experience`],
    };
  }
  return { status: 'missing', evidence: [], closest };
}
