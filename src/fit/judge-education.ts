import type { Profile } from '../knowledge/schema.ts';
import type { Judgement } from './judge.ts';

// Highest first: a degree at a level meets a requirement at that level or below.
const LEVELS: readonly (readonly [number, RegExp])[] = [
  [3, /\bph\.?\s?d\b|\bdoctor(?:ate|al)\b|\bdphil\b/i],
  [2, /\bmaster'?s?\b|\bm\.?sc\b|\bm\.?s\.?\b(?=\s|$)|\bmeng\b|\bmba\b|\bm\.?tech\b/i],
  [
    1,
    /\bbachelor'?s?\b|\bb\.?sc\b|\bb\.?s\.?\b(?=\s|$)|\bb\.?a\.?\b(?=\s|$)|\bbeng\b|\bb\.?tech\b|\bb\.?e\.?\b(?=\s|$)|\bdegree\b|\bgraduate\b|\buniversity\b/i,
  ],
];

const levelOf = (text: string) => LEVELS.find(([, pattern]) => pattern.test(text))?.[0];

/** A degree asked for, against the education the profile lists. "Or equivalent experience" is met by experience. */
export function judgeEducation(
  text: string,
  profile: Profile,
  years?: number,
): Judgement | undefined {
  const asked = levelOf(text);
  if (asked === undefined) return undefined;
  const degrees = profile.education.map((e) => ({
    line: [e.degree, e.field, e.institution].filter(Boolean).join(', '),
    level: levelOf(`${e.degree ?? ''} ${e.field ?? ''}`) ?? 1,
  }));
  const best = degrees.sort((a, b) => b.level - a.level)[0];
  if (best && best.level >= asked) {
    return { status: 'met', evidence: [`${best.line} (education)`], closest: [] };
  }
  if (
    /\bor (?:equivalent|comparable|relevant) (?:practical |professional |work )?experience\b/i.test(
      text,
    ) &&
    years
  ) {
    return { status: 'met', evidence: [`${years} years of experience (profile)`], closest: [] };
  }
  return { status: 'missing', evidence: [], closest: best ? [`${best.line} (education)`] : [] };
}
