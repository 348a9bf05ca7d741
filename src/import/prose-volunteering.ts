import type { Volunteer } from '../knowledge/schema.ts';

/**
 * "I co-organise the Rust Porto meetup", "I mentor at CodeBar Lisbon", "I help organise the GDG
 * Ghent meetups": community work told in a
 * sentence, as a volunteering section would list it — the position from the verb, and the
 * group by its capitalised name and the kind of group it is.
 */
const TOLD =
  /\b(?:I|I['’]m|I am|and)\s+(?:also\s+)?(?:help\s+(?:to\s+)?)?(co-?organi[sz]e|organi[sz]e|co-?run|run|co-?host|host|volunteer(?:\s+(?:at|with|for))?|mentor(?:\s+(?:at|with|for))?)\s+(?:the\s+|a\s+)?((?:\p{Lu}[\p{L}\d&'’.+-]*\s+){1,4}(?:meetup|user group|community|chapter|conference|hackathon|bootcamp|club|camp|workshops?|Meetup|Conf))s?\b/gu;

/** "I also co-organise Bristol Go, a monthly meetup": the group named, then what kind it is. */
// "… and mentor with Code Tejo, a volunteer group that …": a mentor's group, said by its kind.
const TOLD_THEN_KIND =
  /\b(?:I|I['’]m|I am|and)\s+(?:also\s+)?(co-?organi[sz]e|organi[sz]e|co-?run|run|co-?host|host|(?:mentor|volunteer)\s+(?:at|with|for))\s+((?:\p{Lu}[\p{L}\d&'’.+-]*)(?:\s+\p{Lu}[\p{L}\d&'’.+-]*){0,3}),\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}(?:meetup|user group|community|chapter|conference|hackathon|bootcamp|club|workshop|group|non-?profit|charity|foundation|initiative|programme|program)s?\b/gu;

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

/**
 * "I … volunteer as a mentor at CoderDojo Gent": the verb says it is volunteering, so the group
 * is any capitalised name, whatever kind of group it is.
 */
const VOLUNTEER_AT =
  /\b(?:I|I['’]m|I am|and)\s+(?:also\s+)?volunteer(?:ing)?\s+(?:as\s+(?:an?\s+)?(\p{Ll}+(?:\s+\p{Ll}+)?)\s+)?(?:at|with|for)\s+(?:the\s+)?(\p{Lu}[\p{L}\d&'’.+-]*(?:\s+\p{Lu}[\p{L}\d&'’.+-]*){0,3})/gu;

/**
 * "Voluntarie en Código Barrio", "Sou voluntária na Casa do Código", "Je suis bénévole chez
 * Simplon": the same, as Spanish, Portuguese, Italian and French profiles say it.
 */
const VOLUNTEER_ABROAD =
  /(?:^|[.!?]\s+|\b(?:[Ss]oy|[Ss]ou|[Ss]ono|[Jj]e suis)\s+)([Vv]oluntari[oae]s?|[Vv]oluntária|[Vv]olontari[oa]|[Bb]énévole)\s+(?:en|na|no|em|con|com|presso|chez|à|au)\s+(?:(?:la|el|a|o|le|l['’])\s*)?(\p{Lu}[\p{L}\d&'’.+-]*(?:\s+(?:de\s+|do\s+|da\s+)?\p{Lu}[\p{L}\d&'’.+-]*){0,3})/gu;

/**
 * "👯 Co-organizer at GDG Lagos", "Volunteer at Code Club YYC": the position, as a capitalised
 * noun, then the group. Only positions that are community work: a "Mentor at Acme" may be a job.
 */
const POSITION_AT =
  /(?<![\p{L}-])(Co-?organi[sz]er|Organi[sz]er|Co-?host|Volunteer)\s+(?:at|of|for|with)\s+(?:the\s+)?(\p{Lu}[\p{L}\d&'’.+-]*(?:\s+\p{Lu}[\p{L}\d&'’.+-]*){0,3})/gu;

/** "Outside work I mentor with Women in Data Rotterdam": mentoring with a group, unpaid. */
const MENTOR_WITH =
  /\b(?:I|and)\s+(?:also\s+)?mentor\s+(?:with|for)\s+(?:the\s+)?(\p{Lu}[\p{L}\d&'’.+-]*(?:\s+(?:(?:in|of|for|and|de|da|do|la)\s+)?(?!I\b)\p{Lu}[\p{L}\d&'’.+-]*){0,4})/gu;

/**
 * "Volunteers as a STEM Ambassador, running coding clubs …", "She volunteers as a Code Club
 * mentor": a third-person bio's volunteering, the capitalised role its only name.
 */
const VOLUNTEERS_AS =
  /(?:^|[.!?]\s+|\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+)?)[Vv]olunteers\s+as\s+(?:an?\s+)?(\p{Lu}[\p{L}\d&'’.+-]*(?:\s+\p{L}[\p{L}\d&'’.+-]*){0,3}?)(?=[,.;]|\s+(?:at|with|for|in|running|teaching|helping)\b|$)/gu;

export function volunteeringFromProse(text: string): Volunteer[] {
  const told = [...text.matchAll(TOLD), ...text.matchAll(TOLD_THEN_KIND)].flatMap((m) => {
    const organization = m[2]?.trim();
    const position = POSITIONS.find(([verb]) => verb.test(m[1] ?? ''))?.[1];
    if (!organization) return [];
    return [{ organization, ...(position ? { position } : {}), highlights: [] }];
  });
  for (const m of text.matchAll(POSITION_AT)) {
    const organization = m[2]?.replace(/[.,;]+$/, '') ?? '';
    if (!organization || told.some((v) => v.organization === organization)) continue;
    told.push({ organization, position: m[1] ?? 'Volunteer', highlights: [] });
  }
  for (const m of text.matchAll(MENTOR_WITH)) {
    const organization = m[1]?.replace(/[.,;]+$/, '') ?? '';
    if (!organization || told.some((v) => v.organization === organization)) continue;
    told.push({ organization, position: 'Mentor', highlights: [] });
  }
  for (const m of text.matchAll(VOLUNTEERS_AS)) {
    const organization = m[1]?.trim() ?? '';
    if (!organization || told.some((v) => v.organization === organization)) continue;
    told.push({ organization, position: 'Volunteer', highlights: [] });
  }
  for (const m of [...text.matchAll(VOLUNTEER_AT), ...text.matchAll(VOLUNTEER_ABROAD)]) {
    const organization = m[2]?.replace(/[.,;]+$/, '') ?? '';
    if (told.some((v) => v.organization === organization)) continue;
    const position = m[1] ? m[1][0]?.toUpperCase() + m[1].slice(1) : 'Volunteer';
    told.push({ organization, position, highlights: [] });
  }
  return told;
}
