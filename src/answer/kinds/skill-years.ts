/** "How long has he done X?": a skill's own years where the profile gives them, else overall. */
import { escapeRegExp } from '../../knowledge/escape-regexp.ts';
import type { Tech } from '../knowledge-index.ts';
import type { Knowledge, Question } from '../pipeline/types.ts';
import { asksYears } from './experience.ts';

/** "How long has he done X?": the profile gives overall years, not years per skill. */
export function yearsNote(k: Knowledge, q: Question, parts: string[]) {
  // "how many years has he been writing Go": years asked, whatever else the words suggest.
  if (q.intent !== 'experience' && !asksYears(q.tokens)) return;
  // "Swift (advanced, 6 years)": the skill's own note gives its years.
  const noted = q.techs.flatMap((t) =>
    t.listed?.skill.note && YEARS.test(t.listed.skill.note)
      ? [`${t.listed.skill.name} — ${t.listed.skill.note}`]
      : [],
  );
  if (noted.length > 0) {
    parts.push(`On the years, the profile says: ${noted.join('; ')}.`);
    return;
  }
  // "Salesforce developer with 8 years on the platform": a line that gives the years itself.
  const own = yearsLine(k, q.techs);
  if (own) {
    parts.push(`On the years, the profile says: "${own}"`);
    return;
  }
  const years = k.support.years();
  const note =
    k.profile.identity.yearsOfExperienceNote ?? (years !== undefined ? String(years) : undefined);
  // Other skills' notes may give their years: then only these lack them.
  const someNoted = k.profile.skills.some((c) => c.skills.some((s) => YEARS.test(s.note ?? '')));
  const asked = q.techs.map((t) => t.listed?.skill.name ?? t.name).join(' or ');
  const lacking =
    someNoted && asked ? `doesn't give years for ${asked}` : "doesn't give years per skill";
  if (note)
    parts.push(`The profile ${lacking}; overall ${k.firstName} has ${note} years of experience.`);
}

const YEARS = /\b\d{1,2}\+?\s*(?:years?|yrs?)\b/i;

/** A line that names one of the technologies and a number of years. */
function yearsLine(k: Knowledge, techs: readonly Tech[]): string | undefined {
  const names = techs.flatMap((t) => [t.name, ...t.aliases]).filter((n) => n.length > 1);
  if (names.length === 0) return undefined;
  const named = new RegExp(
    `(?<![\\p{L}\\d])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\d])`,
    'iu',
  );
  // The sentence that says both, not the whole paragraph around it.
  for (const s of k.index.snippets) {
    if (!YEARS.test(s.text) || !named.test(s.text)) continue;
    const sentence = s.text.split(/(?<=[.!?])\s+/).find((t) => YEARS.test(t) && named.test(t));
    if (sentence) return sentence;
  }
  return undefined;
}
