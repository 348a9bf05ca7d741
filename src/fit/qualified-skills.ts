import type { Profile } from '../knowledge/schema.ts';

/** "every day", "your everyday language": a requirement asking for main, daily use. */
export const DAILY_USE =
  /\bevery ?day\b|\bdaily\b|\bday[\s-]to[\s-]day\b|\bmost days\b|\b(?:main|primary|only) (?:language|stack)\b/i;

/**
 * "Deep expertise in React", "Solid React", "TypeScript in a large codebase": a requirement
 * asking for depth, which a skill listed only with a qualifier does not show.
 */
export const DEPTH_ASK =
  /\b(?:expert(?:ise)?|solid|advanced|extensive|in[\s-]depth|master(?:y)?)\b|\bin an? (?:large|big|complex|mature) code ?base\b/i;

/**
 * Whether the profile lists a skill only with a qualifier ("Frontend (selective)"): such a
 * listing shows the skill, not that it is the owner's daily work.
 */
export function qualifiedOnlyIn(profile: Profile): (canonical: string) => boolean {
  return (canonical) => {
    const name = canonical.toLowerCase();
    const entries = profile.skills.flatMap((category) =>
      category.skills
        .filter((s) => [s.name, ...s.aliases].some((n) => n.toLowerCase() === name))
        .map((s) => s.note ?? category.note),
    );
    return entries.length > 0 && entries.every((note) => note !== undefined);
  };
}
