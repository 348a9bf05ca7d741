import type { Profile } from '../knowledge/schema.ts';

/** "every day", "your everyday language": a requirement asking for main, daily use. */
export const DAILY_USE =
  /\bevery ?day\b|\bdaily\b|\bday[\s-]to[\s-]day\b|\bmost days\b|\b(?:main|primary|only) (?:language|stack)\b/i;

/**
 * "Deep expertise in React", "Solid React", "TypeScript in a large codebase": a requirement
 * asking for depth, which a skill listed only with a qualifier does not show. Dutch "ruime
 * ervaring" and German "umfangreiche Erfahrung" ask for the same.
 */
export const DEPTH_ASK =
  /\b(?:expert(?:ise)?|solid|advanced|extensive|in[\s-]depth|master(?:y)?|ruime|uitgebreide|gedegen|umfangreiche|fundierte|tiefgehende)\b|\bin an? (?:large|big|complex|mature) code ?base\b/i;

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

/** "Backend-adjacent", "(enough to ship BFF endpoints)", "a little": a listing owned as limited. */
const LIMITED = /\badjacent\b|^(?:just\s+)?enough\b|\ba little\b|\bbasics?\b|\bsome exposure\b/i;

/**
 * Whether the profile lists a skill only where it says its use is limited: in a group named as
 * next to the owner's field ("Backend-adjacent"), beside a phrase bounding it ("enough to ship
 * BFF endpoints"), or with a note such as "a little". Such a listing is close to any ask.
 */
export function limitedOnlyIn(profile: Profile): (canonical: string) => boolean {
  return (canonical) => {
    const name = canonical.toLowerCase();
    const named = (s: { name: string; aliases: string[] }) =>
      [s.name, ...s.aliases].some((n) => n.toLowerCase() === name);
    const listings = profile.skills.flatMap((category) => {
      const bounded =
        LIMITED.test(category.name) ||
        LIMITED.test(category.note ?? '') ||
        category.skills.some((s) => LIMITED.test(s.name));
      return category.skills.filter(named).map((s) => bounded || LIMITED.test(s.note ?? ''));
    });
    return listings.length > 0 && listings.every(Boolean);
  };
}
