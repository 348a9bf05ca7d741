import type { Volunteer } from '../knowledge/schema.ts';

/**
 * "I co-organise the Rust Porto meetup", "I mentor at CodeBar Lisbon": community work told in a
 * sentence, as a volunteering section would list it — the position from the verb, and the
 * group by its capitalised name and the kind of group it is.
 */
const TOLD =
  /\b(?:I|I['’]m|I am|and)\s+(?:also\s+)?(co-?organi[sz]e|organi[sz]e|co-?run|run|co-?host|host|volunteer(?:\s+(?:at|with|for))?|mentor(?:\s+(?:at|with|for))?)\s+(?:the\s+|a\s+)?((?:\p{Lu}[\p{L}\d&'’.+-]*\s+){1,4}(?:meetup|user group|community|chapter|conference|hackathon|bootcamp|club|camp|workshops?|Meetup|Conf))\b/gu;

const POSITIONS: [RegExp, string][] = [
  [/^co-?organi[sz]e/i, 'Co-organiser'],
  [/^organi[sz]e/i, 'Organiser'],
  [/^co-?run/i, 'Co-organiser'],
  [/^run/i, 'Organiser'],
  [/^co-?host/i, 'Co-host'],
  [/^host/i, 'Host'],
  [/^volunteer/i, 'Volunteer'],
  [/^mentor/i, 'Mentor'],
];

export function volunteeringFromProse(text: string): Volunteer[] {
  return [...text.matchAll(TOLD)].flatMap((m) => {
    const organization = m[2]?.trim();
    const position = POSITIONS.find(([verb]) => verb.test(m[1] ?? ''))?.[1];
    if (!organization) return [];
    return [{ organization, ...(position ? { position } : {}), highlights: [] }];
  });
}
