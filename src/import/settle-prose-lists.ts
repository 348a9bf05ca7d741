import { industriesFromSentences } from './industries.ts';
import type { Draft } from './markdown-sections.ts';
import { interestsFromProse, labelledInterests } from './prose-interests.ts';
import { languagesFromProse } from './prose-languages.ts';
import { languagesInSentences } from './sentence-languages.ts';

/** Lists a page tells only in its prose: spoken languages, interests and industries. */

/**
 * Spoken languages the prose tells of that no list gave: "my Portuguese is at a solid B1" beside
 * a "Languages: Spanish, English" line. With no list, a line anywhere that names two or more,
 * each with its level ("Finnish is my first language, … my Swedish is school-level (B1)").
 */
function proseLanguages(summaryText: string, draft: Draft): Draft['languages'] {
  const listed = new Set(draft.languages.map((l) => l.name.toLowerCase()));
  const fresh = (found: Draft['languages']) =>
    found.filter((l) => !listed.has(l.name.toLowerCase()));
  const fromProse = fresh(languagesFromProse(summaryText));
  if (fromProse.length > 0 || listed.size > 0) return fromProse;
  const told = [...draft.summary, ...draft.sections.flatMap((s) => s.items)];
  // "**Spoken languages:** Polish (native) · English (fluent)" left under another section.
  // "Languages: Dutch is my mother tongue, English is my work language, …": the same, said in
  // sentences; only spoken languages count, so "Languages: Go, Python" gives none.
  const labelled = told
    .filter((line) => /^(?:spoken\s+)?languages\s*:/i.test(line))
    .map(languagesFromProse)
    .find((found) => found.length > 0);
  if (labelled) return labelled;
  return told.map(languagesInSentences).find((l) => l.length > 0) ?? [];
}

/** Spoken languages and industries named in the prose, when no section lists them. */
export function settleProseLists(
  summaryText: string,
  draft: Draft,
  notes: string[],
  aboutTitle: string,
): void {
  const languages = proseLanguages(summaryText, draft);
  if (languages.length > 0) {
    draft.languages.push(...languages);
    notes.push(
      `${aboutTitle} → spoken languages (${languages.length}): ${languages.map((l) => l.name).join(', ')}`,
    );
  }
  // "Off-keyboard: bouldering, sourdough" in the summary beside a list of pages followed: the
  // pastimes it names outright join the list.
  const listed = new Set(draft.interests.map((i) => i.name.toLowerCase()));
  const labelled = draft.interests.length
    ? labelledInterests(summaryText).filter((name) => !listed.has(name.toLowerCase()))
    : [];
  if (labelled.length > 0) {
    draft.interests.push(...labelled.map((name) => ({ name, keywords: [] })));
    notes.push(`${aboutTitle} → interests (${labelled.length}): ${labelled.join(', ')}`);
  }
  if (draft.interests.length === 0) {
    // "Interests: …" in a closing "OTHER" section, kept as text, names them too.
    const kept = draft.sections.flatMap((s) => s.items);
    // "🥁 Off-keyboard: candombe drumming, board games" among what the owner is up to now: the
    // pastimes leave that list.
    const pastimes = draft.exploring.filter((item) => interestsFromProse(item).length > 0);
    draft.exploring = draft.exploring.filter((item) => !pastimes.includes(item));
    const interests = interestsFromProse([summaryText, ...kept, ...pastimes].join('\n'));
    if (interests.length > 0) {
      draft.interests = interests.map((name) => ({ name, keywords: [] }));
      notes.push(`${aboutTitle} → interests (${interests.length}): ${interests.join(', ')}`);
    }
  }
  if (draft.industries.length === 0) {
    const industries = industriesFromSentences(draft.summary);
    if (industries.length > 0) {
      draft.industries = industries;
      notes.push(`${aboutTitle} → industries (${industries.length}): ${industries.join(', ')}`);
    }
  }
}
