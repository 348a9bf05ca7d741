import { englishLanguageName } from '../knowledge/spoken-languages.ts';
import { isSpokenLanguageName } from './language-names.ts';

/**
 * The languages an owner speaks, as the prose of an intro says them: "I speak Spanish and
 * some Portuguese", "French is my first language", "fluent in Tamil (native)".
 */

// "I speak …", "fluent in …", "I work comfortably in French …", "I get by in Spanish".
const SPEAKS =
  /\b(?:[Mm]y(?=\s+\p{Ll}{0,4}\p{Lu}\p{Ll}+\s+is\s)|I\s+(?:also\s+|already\s+|now\s+)?speak:?|I\s+can\s+speak|(?:I['’]m|I\s+am)\s+(?:also\s+)?(?:\p{Ll}+\s+)?learning|speaks?|speaking|fluent in|I\s+(?:\p{L}+\s+){0,2}?(?:work|get by|converse|communicate|write)\s+(?:\p{L}+\s+)?in|(?<![\p{L}])(?:spoken(?:\s+languages)?|languages spoken)\s*:)\s+([^.!?]*(?:\([^)]*\)[^.!?]*)*)/giu;
// "Zulu", or its own name with a lower-case prefix: "isiZulu".
const LANGUAGE_WORD = /(?<!\p{L})\p{Ll}{0,4}\p{Lu}\p{Ll}+/gu;
const LEVELS: [RegExp, string][] = [
  [/\bnative\b|\bnativ[oae]\b|\bmother tongue\b|\bmuttersprache\b/i, 'native'],
  [/\bfluent\b/i, 'fluent'],
  [/\bconversational\b/i, 'conversational'],
  [/\blearning\b/i, 'learning'],
  [
    /\b(?:just enough|enough|a little|a bit of|a bit|some|basic|rudimentary|survival|get by)\b/i,
    'basic',
  ],
];

/** "at a solid B1 — enough for standups": the CEFR level a text gives, else its level word. */
function levelIn(text: string): string | undefined {
  return (
    /\b([ABC][12])\b/.exec(text)?.[1] ??
    LANGUAGE_TEST.exec(text)?.[0] ??
    LEVELS.find(([pattern]) => pattern.test(text))?.[1]
  );
}

/** "(JLPT N3)", "HSK 4", "IELTS 7.5", "TOEIC 905": a language test's result is the level. */
const LANGUAGE_TEST =
  /\b(?:JLPT\s*N[1-5]|HSK\s*[1-6]|TOPIK\s*[1-6]|IELTS\s*\d(?:\.5)?|TOEFL\s*\d{2,3}|TOEIC\s*\d{3})\b/;

export interface SpokenLanguage {
  name: string;
  proficiency?: string;
}

/**
 * "I speak Vietnamese and English (and just enough Japanese to order ramen)" → Vietnamese,
 * English, Japanese (basic). Only names of real spoken languages count, so "I speak Go" is
 * nothing. A qualifier applies to the language right after it ("a little French") or in
 * brackets right after it ("French (conversational)").
 */
// "English native", "conversational Portuguese", "German (B2)": a language and its level alone.
export const LEVEL_WORDS =
  '(?:native|nativ[oae]|muttersprache|fluent|fluido|flie(?:ß|ss)end|courant|conversational|basic|intermediate|advanced|professional|business|working|rusty|learning|proficient|bilingual|some|[ABC][12]|avan[çc]ad[oa]|avanzad[oa]|b[áa]sic[oa]|intermedi[áa]ri[oa]|intermedi[oa]|fluente|madrelingua|materna|bilingue)';
const LEVELLED_LANGUAGE = new RegExp(
  `^(?:and\\s+)?(?:(${LEVEL_WORDS})\\s+)?(\\p{Lu}\\p{Ll}+)(?:\\s+\\(?(${LEVEL_WORDS})\\)?)?$`,
  'u',
);

/** "Native English": a level opening the sentence, written with its capital. */
const LEVEL_OPENING = new RegExp(`^${LEVEL_WORDS}(?=\\s)`, 'i');

/**
 * "English native, conversational Portuguese (my mom is from Recife).": a sentence that is
 * only spoken languages, each with its level, without a verb saying so.
 */
function levelledLanguages(text: string): SpokenLanguage[] {
  for (const sentence of text.split(/(?<=[.!?])\s+|\n/)) {
    const parts = sentence
      .replace(/\s*\([^()]*\)/g, (bracket) => (LEVEL_IN_BRACKET.test(bracket) ? bracket : ''))
      .replace(/[.!?]$/, '')
      .split(/,\s*|\s+and\s+/);
    // "learning Quechua with my abuela": the words after the language say where, not how well.
    const read = parts.map((part) =>
      LEVELLED_LANGUAGE.exec(
        part
          .trim()
          .replace(/\s+(?:with|from|at|for|thanks to)\s.*$/, '')
          // "Native English speaker, conversational Irish": the speaker is the owner.
          .replace(/\s+speaker$/i, '')
          .replace(LEVEL_OPENING, (level) => level.toLowerCase()),
      ),
    );
    if (read.length < 2 || !read.every((m) => m?.[2] && isLanguageWord(m[2]))) continue;
    if (!read.every((m) => m?.[1] ?? m?.[3])) continue;
    return read.map((m) => {
      const said = m?.[1] ?? m?.[3] ?? '';
      const level = LEVELS.find(([pattern]) => pattern.test(said))?.[1] ?? said;
      const name = m?.[2] ?? '';
      // As written: "Español" is Spanish to the engine, which knows a language by its names.
      return { name, proficiency: level };
    });
  }
  return [];
}
const LEVEL_IN_BRACKET = new RegExp(`^\\s*\\(${LEVEL_WORDS}\\)$`, 'i');

/** "Quechua", or "Español" as its speakers write it. */
function isLanguageWord(word: string): boolean {
  return isSpokenLanguageName(word) || englishLanguageName(word) !== undefined;
}

export function languagesFromProse(text: string): SpokenLanguage[] {
  const found: SpokenLanguage[] = [];
  const speaks = new RegExp(SPEAKS.source, SPEAKS.flags);
  for (let sentence = speaks.exec(text); sentence; sentence = speaks.exec(text)) {
    const rest = sentence[1] ?? '';
    // "My French is good", not "my work is on Ethiopic, … used for Amharic": after "my", the
    // language itself, written with its capital. Otherwise the search goes on right after
    // "my": "My mum is from Porto, so I grew up speaking Portuguese".
    const opener = /^my$/i.test(sentence[0].split(/\s/)[0] ?? '');
    const first = /^\p{Lu}\p{Ll}+/u.exec(rest)?.[0];
    if (opener && !(first && isSpokenLanguageName(first))) {
      speaks.lastIndex = sentence.index + 2;
      continue;
    }
    let from = 0;
    for (const word of rest.matchAll(LANGUAGE_WORD)) {
      if (!isSpokenLanguageName(word[0])) continue;
      const index = word.index ?? 0;
      const before = rest.slice(from, index);
      const bracket = /^\s*\(([^()]*)\)/.exec(rest.slice(index + word[0].length));
      // "(and just enough Japanese …)" after English qualifies Japanese, not English.
      const own = bracket && !(bracket[1]?.match(LANGUAGE_WORD) ?? []).some(isSpokenLanguageName);
      // "My French is good enough for a call": the rest of the sentence says how well.
      // "…, and my Dutch is a work in progress (A2)": "my" before a later language too.
      const mine =
        (/^my$/i.test(sentence[0].split(/\s/)[0] ?? '') && index === 0) ||
        /\bmy\s+$/i.test(rest.slice(from, index));
      // "fluent in English": the verb itself says how well, of the first language after it.
      const opened = index === 0 && /\bfluent\b/i.test(sentence[0]) ? 'fluent' : '';
      // "my French is solid …, and I've been learning Portuguese": its clause, not the next.
      const after = mine
        ? (rest.slice(index + word[0].length, index + 100).split(CLAUSE_END)[0] ?? '')
        : own
          ? (bracket[1] ?? '')
          : opened;
      from = index + word[0].length + (own ? bracket[0].length : 0);
      const name = withVariety(before, word[0]);
      if (found.some((l) => l.name === name)) continue;
      // "I'm also slowly learning Japanese (N4, allegedly)": learning it, whatever the bracket.
      const learning = /\blearning\s*$/i.test(sentence[0].slice(0, -rest.length || undefined));
      const level =
        levelIn(after) ?? levelIn(before) ?? (opened || (learning ? 'learning' : undefined));
      found.push(level ? { name, proficiency: level } : { name });
    }
  }
  // "a native speaker of Mandarin Chinese": the level, then the language.
  for (const m of text.matchAll(SPEAKER_OF)) {
    const words = (m[2] ?? '').split(/\s+/);
    const name = words.every(isSpokenLanguageName) ? words.join(' ') : (words[0] ?? '');
    if (isSpokenLanguageName(words[0] ?? '') && !found.some((l) => l.name === name))
      found.unshift({ name, proficiency: (m[1] ?? '').toLowerCase() });
  }
  // "a native Twi speaker", "a fluent Polish speaker".
  for (const m of text.matchAll(LEVELLED_SPEAKER)) {
    const name = m[2] ?? '';
    if (isSpokenLanguageName(name) && !found.some((l) => l.name === name))
      found.unshift({ name, proficiency: (m[1] ?? '').toLowerCase() });
  }
  for (const m of text.matchAll(FIRST_LANGUAGE)) {
    const name = m[1] ?? '';
    if (isSpokenLanguageName(name) && !found.some((l) => l.name === name))
      found.unshift({ name, proficiency: 'native' });
  }
  for (const m of text.matchAll(WORK_LANGUAGE)) {
    const name = m[1] ?? '';
    const at = found.findIndex((l) => l.name === name);
    if (isSpokenLanguageName(name) && at < 0) found.push({ name, proficiency: 'professional' });
  }
  // "Native English speaker, conversational Irish and working French": the languages after
  // the first, each with its level, in the same sentence.
  for (const l of levelledLanguages(text)) if (!found.some((f) => f.name === l.name)) found.push(l);
  return found;
}

const SPEAKER_OF =
  /\b([Nn]ative|[Ff]luent|[Bb]ilingual)\s+speaker\s+of\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)/gu;

const LEVELLED_SPEAKER = /\b([Nn]ative|[Ff]luent|[Bb]ilingual)\s+(\p{Lu}\p{Ll}+)\s+speaker\b/gu;

const CLAUSE_END = /[,;]\s*(?:and\s+|but\s+)?(?:I\b|I['’]|my\b)/i;

/** "English is my work language", "English is my working language": used at work every day. */
const WORK_LANGUAGE =
  /\b(\p{Lu}\p{Ll}+)\s+is\s+my\s+(?:work|working|day-to-day|everyday|daily|professional)\s+language\b/gu;

/** "French is my first language", "Tamil is my mother tongue". */
const FIRST_LANGUAGE =
  /\b(\p{Lu}\p{Ll}+)\s+is\s+my\s+(?:first|native|mother|home)\s+(?:language|tongue)\b/gu;

/** "Lebanese Arabic", "Brazilian Portuguese": the regional variety named right before. */
function withVariety(before: string, language: string): string {
  const variety = /(?:^|\s)(\p{Lu}\p{Ll}+(?:ese|ian|an|ish|i))\s+$/u.exec(before)?.[1];
  return variety && !isSpokenLanguageName(variety) ? `${variety} ${language}` : language;
}
