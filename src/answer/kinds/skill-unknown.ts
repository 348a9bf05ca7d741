/** A skill asked about that neither the profile nor the vocabulary knows: searched, then a "no". */
import { claimAbsence } from '../pipeline/absence.ts';
import { type Candidate, type Knowledge, type Question, SCORES } from '../pipeline/types.ts';
import { contentStems } from '../text.ts';

/** "Does she have CPACC?", "does he hold the CSSLP": a credential typed in capitals. */
const HOLDS_ACRONYM =
  /\b(?:have|has|hold|holds|got|earned)\s+(?:an?\s+|the\s+)?([A-Z][A-Z0-9+-]{1,9})\b/;

export function heldAcronym(text: string): string | undefined {
  const name = HOLDS_ACRONYM.exec(text)?.[1];
  return name && /[A-Z].*[A-Z]/.test(name) ? name : undefined;
}

/** A word asked about as a skill that neither the profile nor the vocabulary knows. */
export function unknownSkill(k: Knowledge, typed: string): Candidate {
  // Typed in lower case, a product name still reads as one: "fivetran" → "Fivetran".
  // A short one reads as an acronym: "vr" → "VR".
  const name =
    typed.length <= 3 && /^[\p{L}]+$/u.test(typed)
      ? typed.toUpperCase()
      : typed !== typed.toLowerCase()
        ? typed
        : typed.replace(
            /(^|\s)(\p{L})/gu,
            (_, space: string, c: string) => space + c.toUpperCase(),
          );
  // "Apache Druid": the phrase, and each of its words nothing else names ("Druid" alone).
  const words = name.split(/\s+/);
  const own = words.length > 1 ? words.filter((w) => !k.index.knownWords.has(w.toLowerCase())) : [];
  const examples = k.index.techs
    .filter((t) => t.listed)
    .slice(0, 5)
    .map((t) => t.name);
  const candidate = claimAbsence(
    k,
    {
      topic: 'skill',
      what: name,
      terms: [name, ...own],
      // "defi?" beside "lending and staking protocols": the word's close meanings count too.
      words: contentStems(name),
      no: `**No** — ${name} isn't in ${k.firstName}'s profile.${examples.length ? ` Skills it lists include ${examples.join(', ')}.` : ''}`,
    },
    'skill',
    SCORES.unknownSkill,
  );
  return { ...candidate, answer: { ...candidate.answer, title: name, confidence: 0.6 } };
}

/** An unknown tool asked about with a group: no to the tool, and the group's listed skills. */
export function unknownInGroup(k: Knowledge, q: Question, typed: string): Candidate | undefined {
  const candidate = unknownSkill(k, typed);
  if (candidate.evidence.length > 0) return candidate;
  const ref = q.categories[0];
  const held = ref ? k.index.skillsIn(ref).map((s) => s.tech.name) : [];
  if (!ref || held.length === 0) return undefined;
  const name = candidate.answer.title ?? typed;
  const text = `**No** — ${name} isn't in ${k.firstName}'s profile. For ${ref.label.toLowerCase()} it lists ${held.slice(0, 6).join(', ')}.`;
  return {
    ...candidate,
    score: SCORES.category + 1,
    answer: { ...candidate.answer, text },
  };
}
