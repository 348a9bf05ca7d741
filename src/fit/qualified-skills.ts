import type { Profile } from '../knowledge/schema.ts';

/** "every day", "your everyday language": a requirement asking for main, daily use. */
export const DAILY_USE =
  /\bevery ?day\b|\bdaily\b|\bday[\s-]to[\s-]day\b|\bmost days\b|\b(?:main|primary) (?:language|stack)\b/i;

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
