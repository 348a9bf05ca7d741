import type { Profile, SkillCategory } from '../knowledge/schema.ts';
import { settleUniqueIds, uniqueId } from './unique-id.ts';

/** A list item's identity for merging: lower case, spacing and punctuation aside. */
const keyOf = (text: string | undefined): string =>
  (text ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();

/** `extra`'s items whose key `primary` lacks, appended after `primary`'s. */
function appendNew<T>(primary: T[], extra: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(primary.map(key).filter(Boolean));
  const out = [...primary];
  for (const item of extra) {
    const k = key(item);
    if (k !== '' && seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

/** Two names of one employer: "Corvane" and "Corvane Medical". */
function sameEmployer(a: string, b: string): boolean {
  const x = keyOf(a);
  const y = keyOf(b);
  return x !== '' && y !== '' && (x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `));
}

/** `extra`'s skills not in `primary`, in categories of their own name (merged by name). */
function mergeSkills(primary: SkillCategory[], extra: readonly SkillCategory[]): SkillCategory[] {
  const held = new Set(primary.flatMap((c) => c.skills.map((s) => keyOf(s.name))));
  const out = primary.map((c) => ({ ...c, skills: [...c.skills] }));
  for (const category of extra) {
    const skills = category.skills.filter((s) => !held.has(keyOf(s.name)));
    if (skills.length === 0) continue;
    for (const s of skills) held.add(keyOf(s.name));
    const same = out.find((c) => keyOf(c.name) === keyOf(category.name));
    if (same) same.skills.push(...skills);
    else {
      const id = uniqueId(
        category.id,
        out.map((c) => c.id),
      );
      out.push({ ...category, id, skills });
    }
  }
  return out;
}

/**
 * One profile from two readings of one source: `primary` (structured data) wins where both
 * give a field; `extra` (the page's prose) adds what `primary` lacks. Nothing of either is lost
 * but duplicates.
 */
export function mergeProfiles(primary: Profile, extra: Profile): Profile {
  const text = (list: string[], more: string[]) => appendNew(list, more, keyOf);
  // The page's reading knows the pronouns: its own line, the front matter's or the options'.
  const identity = {
    ...extra.identity,
    ...stripUndefined(primary.identity),
    pronouns: extra.identity.pronouns,
  };
  return {
    ...primary,
    identity,
    summary: text(extra.summary, primary.summary),
    expertise: text(primary.expertise, extra.expertise),
    impact: text(primary.impact, extra.impact),
    industries: text(primary.industries, extra.industries),
    principles: text(primary.principles, extra.principles),
    exploring: text(primary.exploring, extra.exploring),
    skills: mergeSkills(primary.skills, extra.skills),
    roles: [
      ...primary.roles,
      ...extra.roles.filter((r) => !primary.roles.some((p) => sameEmployer(p.company, r.company))),
    ],
    projects: withIds(appendNew(primary.projects, extra.projects, (p) => keyOf(p.name))),
    education: appendNew(primary.education, extra.education, (e) => keyOf(e.institution)),
    certifications: appendNew(primary.certifications, extra.certifications, (c) => keyOf(c.name)),
    languages: appendNew(primary.languages, extra.languages, (l) => keyOf(l.name)),
    publications: appendNew(primary.publications, extra.publications, (p) => keyOf(p.title)),
    awards: appendNew(primary.awards, extra.awards, (a) => keyOf(a.title)),
    volunteer: appendNew(primary.volunteer, extra.volunteer, (v) => keyOf(v.organization)),
    interests: appendNew(primary.interests, extra.interests, (i) => keyOf(i.name)),
    contact: {
      ...extra.contact,
      ...stripUndefined(primary.contact),
      other: appendNew(primary.contact.other, extra.contact.other, (l) => keyOf(l.url)),
    },
    faq: withIds(appendNew(primary.faq, extra.faq, (f) => keyOf(f.answer))),
    sections: withIds([...extra.sections, ...primary.sections]),
  };
}

/** The list with each id made unique among those before it. */
function withIds<T extends { id: string }>(list: T[]): T[] {
  const out = list.map((item) => ({ ...item }));
  settleUniqueIds(out);
  return out;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== ''),
  ) as Partial<T>;
}
