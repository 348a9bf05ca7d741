import { splitList } from './entry-text.ts';
import { plural } from './import-result.ts';
import { isSpokenLanguageName } from './language-names.ts';
import type { Draft } from './markdown-sections.ts';
import { technologiesInProse } from './technology-mentions.ts';

/**
 * The owner's spoken languages, wherever a profile states them outside a languages section:
 * a "Languages:" line, a "Spoken:" group among the skills, and the language certificates a
 * language's level names.
 */

const LANGUAGES_LABEL = /^(?:languages?|spoken languages?|i speak)\s*:\s*(.+)$/i;

const SPOKEN_GROUP =
  /^(?:spoken(?: languages?)?|languages? spoken|human languages?|natural languages?)$/i;

/**
 * "**Spoken:** French (native), English (C1)" among the skills: a group of spoken languages,
 * read as the owner's languages with their levels rather than as skills.
 */
function settleSpokenGroup(draft: Draft, notes: string[]): void {
  const at = draft.skills.findIndex(
    (c) =>
      SPOKEN_GROUP.test(c.name.trim()) &&
      c.skills.length > 0 &&
      c.skills.every((skill) => isSpokenLanguageName(skill.name)),
  );
  const group = draft.skills[at];
  if (!group || draft.languages.length > 0) return;
  draft.languages.push(
    ...group.skills.map((skill) =>
      skill.note ? { name: skill.name, proficiency: skill.note } : { name: skill.name },
    ),
  );
  draft.skills.splice(at, 1);
  notes.push(`${group.name} → spoken languages (${draft.languages.length})`);
}

/**
 * "Languages: Hindi, English, Gujarati" among the summary lines, or labelled so in a section
 * kept as text: spoken languages.
 */
export function settleLanguageLine(draft: Draft, notes: string[]): void {
  settleSpokenGroup(draft, notes);
  if (draft.languages.length > 0) return;
  // "Languages: …", or a bare list of two or more: "Spanish (native) · English (C1)".
  const listOf = (text: string) => {
    const label = LANGUAGES_LABEL.exec(text)?.[1];
    const names = languageNames(label ?? text);
    // "English (native)", and names of more than one word: "Scottish Gaelic (conversational)".
    // "Pennsylvania Dutch", "Swiss German": a known language qualified by a place.
    const all = names.every((name) => {
      const bare = (name.split('(')[0] ?? '').trim();
      return (
        isSpokenLanguageName(firstWord(name)) ||
        isSpokenLanguageName(bare) ||
        qualifiedLanguage(bare)
      );
    });
    if (all && names.length >= (label ? 1 : 2)) return label ?? text;
    return !label && mostlyLanguages(names) ? text : undefined;
  };
  // Under a heading of its own kind ("Other", "Personal") only a labelled line counts.
  const labelled = (text: string) => LANGUAGES_LABEL.test(text) && listOf(text) !== undefined;
  const holder = [
    { items: draft.summary, at: draft.summary.findIndex((text) => listOf(text) !== undefined) },
    ...draft.sections.map((section) => ({
      items: section.items,
      at: section.items.findIndex(labelled),
    })),
  ].find((place) => place.at >= 0);
  if (!holder) {
    // "… so it never surprises us twice. Languages: English (native), Bahasa Indonesia
    // (conversational).": the labelled sentence that closes a paragraph; the paragraph stays.
    const closing = draft.summary
      .map((text) => CLOSING_LANGUAGES.exec(text)?.[1])
      .find((line) => line !== undefined && listOf(line) !== undefined);
    if (closing) pushLanguages(draft, listOf(closing) ?? '', notes);
    return;
  }
  pushLanguages(draft, listOf(holder.items[holder.at] ?? '') ?? '', notes);
  holder.items.splice(holder.at, 1);
}

/**
 * "Technical Designer · 📍 Montevideo, Uruguay | 🗣 Español / English": the part of the header's
 * tagline that lists only spoken languages, when nothing else named them.
 */
export function settleHeadlineLanguages(
  draft: Draft,
  headline: string | undefined,
  notes: string[],
): void {
  if (draft.languages.length > 0 || !headline) return;
  const part = headline
    .split(/\s*[|·•]\s*/)
    .map((p) => p.replace(LANGUAGES_LABEL, '$1').trim())
    .find((p) => {
      const names = languageNames(p.replace(/\s*\/\s*/g, ', '));
      return (
        names.length >= 2 && names.every((n) => isSpokenLanguageName(n.split('(')[0]?.trim() ?? ''))
      );
    });
  if (part) pushLanguages(draft, part.replace(/\s*\/\s*/g, ', '), notes);
}

const CLOSING_LANGUAGES = /(?<=[.!?]\s+)((?:Languages?|Spoken languages?)\s*:\s*[^.!?]+)[.!?]?\s*$/;

function pushLanguages(draft: Draft, list: string, notes: string[]): void {
  for (const item of languageNames(list)) {
    const bracket = /^(.*?)\s*\(([^()]+)\)$/.exec(item);
    draft.languages.push(
      bracket?.[1] && bracket[2] ? { name: bracket[1], proficiency: bracket[2] } : { name: item },
    );
  }
  notes.push(`Languages line → spoken languages (${draft.languages.length})`);
}

/**
 * "English & French (Acadian, native) — bilingue": the names a language line lists, joined by
 * commas, "&" or "and", without the remark after a dash.
 */
/** "Pennsylvania Dutch", "Swiss German": a known language after one or two capitalised words. */
function qualifiedLanguage(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words.pop() ?? '';
  return (
    words.length >= 1 &&
    words.length <= 2 &&
    words.every((word) => /^\p{Lu}\p{Ll}{2,}$/u.test(word)) &&
    isSpokenLanguageName(last)
  );
}

function languageNames(text: string): string[] {
  return splitList(text.replace(/\s+[—–]\s+[^—–()]*$/, '')).flatMap((item) =>
    /\([^()]*\s(?:&|and)\s[^()]*\)/.test(item) ? [item] : item.split(/\s+(?:&|and)\s+/),
  );
}

/**
 * "English · Kiswahili · Gikuyu": single names, most of them known languages and none a
 * technology, are a list of languages that also names one the list of languages lacks.
 */
function mostlyLanguages(names: readonly string[]): boolean {
  if (names.length < 3 || !names.every((name) => /^\p{Lu}\p{Ll}+$/u.test(name))) return false;
  const known = names.filter((name) => isSpokenLanguageName(name)).length;
  return (
    known * 2 >= names.length + 1 &&
    names.every((name) => isSpokenLanguageName(name) || technologiesInProse(name).length === 0)
  );
}

// A certificate of language skill: "Goethe-Zertifikat", "IELTS 8.0", "JLPT N2", "DELF B2".
const LANGUAGE_CERTIFICATE =
  /\b(?:zertifikat|certificate|certified|certification|diploma|dipl[oô]me)\b|^(?:IELTS|TOEFL|TOEIC|DELF|DALF|DELE|JLPT|HSK|TOPIK|TestDaF|CAE|CPE|FCE)\b/iu;

/**
 * "German (C1, Goethe-Zertifikat)": the certificate a language line names is a certification
 * too, unless one is listed already.
 */
export function settleLanguageCertificates(draft: Draft, notes: string[]): void {
  const listed = new Set(draft.certifications.map((c) => c.name.toLowerCase()));
  const added: string[] = [];
  for (const language of draft.languages) {
    for (const part of (language.proficiency ?? '').split(/[,;()/]|\s+[—–-]\s+/)) {
      const name = part.trim();
      if (!name || !LANGUAGE_CERTIFICATE.test(name) || listed.has(name.toLowerCase())) continue;
      listed.add(name.toLowerCase());
      draft.certifications.push({ name });
      added.push(name);
    }
  }
  if (added.length > 0)
    notes.push(`Languages → certification${plural(added.length)}: ${added.join(', ')}`);
  mergeSameLanguages(draft);
}

/**
 * "Inglese | B2 | C1 …" in the grid, then "Inglese: First Certificate in English" under it: one
 * language, said twice. The entries become one, each thing said kept.
 */
function mergeSameLanguages(draft: Draft): void {
  const byName = new Map<string, Draft['languages'][number]>();
  draft.languages = draft.languages.filter((language) => {
    const first = byName.get(language.name.toLowerCase());
    if (!first) {
      byName.set(language.name.toLowerCase(), language);
      return true;
    }
    const levels = [first.proficiency, language.proficiency].filter(
      (level, i, all): level is string => !!level && all.indexOf(level) === i,
    );
    if (levels.length > 0) first.proficiency = levels.join('; ');
    return false;
  });
}

function firstWord(text: string): string {
  return (text.split(/[\s(]/)[0] ?? '').toLowerCase();
}
