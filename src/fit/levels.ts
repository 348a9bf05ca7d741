import type { JdSection } from './sections.ts';

/**
 * "What you'll bring (L4)" over "What you'll bring (L5), on top of L4": a posting that hires at
 * more than one level states the lowest level's list as the bar every hire clears. What a higher
 * level adds decides the level offered, not whether one is hired, so it is a nice-to-have.
 */
const SENIORITY_RANKS = ['junior', 'mid', 'senior', 'lead', 'staff', 'principal'] as const;

const NUMBERED = /\b(?:L|IC|E|P|level\s*|lvl\s*)(\d{1,2})\b/i;
const NAMED = new RegExp(String.raw`\((?:for )?(${SENIORITY_RANKS.join('|')})(?: level)?\)`, 'i');

function rankOf(heading: string): number | undefined {
  const numbered = NUMBERED.exec(heading)?.[1];
  if (numbered) return Number(numbered);
  const named = NAMED.exec(heading)?.[1]?.toLowerCase();
  return named ? SENIORITY_RANKS.indexOf(named as (typeof SENIORITY_RANKS)[number]) : undefined;
}

/** The sections with each higher level's must-haves read as nice-to-haves. */
export function levelled(sections: readonly JdSection[]): JdSection[] {
  const ranked = sections.map((s) =>
    s.kind === 'must' && s.heading ? rankOf(s.heading) : undefined,
  );
  const ranks = ranked.filter((r): r is number => r !== undefined);
  if (new Set(ranks).size < 2) return [...sections];
  const lowest = Math.min(...ranks);
  return sections.map((s, i) => {
    const rank = ranked[i];
    return rank !== undefined && rank > lowest ? { ...s, kind: 'nice' } : s;
  });
}
