import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import {
  citiesIn,
  countriesIn,
  foldPlace,
  isPlaceInCountry,
  namesKnownPlace,
} from '../knowledge/places.ts';
import type { Pronouns } from '../knowledge/schema.ts';
import { englishLanguageName } from '../knowledge/spoken-languages.ts';
import { normalisePoint } from './entry-dates.ts';
import { looksLikeJobTitle } from './entry-text.ts';
import { isSpokenLanguageName } from './language-names.ts';
import { readPronouns } from './pronouns.ts';

/**
 * Facts an owner states in the prose of an intro rather than on a line of their own: where
 * they live, the languages they speak, the name people use and the current job (the years
 * they have worked are read in prose-years.ts).
 * Each reader returns only what a sentence says, or `undefined`.
 */

// A place name is capitalised words ("Đà Nẵng", "Rio de Janeiro"); a place is "City, Country",
// with an optional short code after it ("Austin, Texas, USA"). One word alone is too often a
// tool ("I live in Vim") to be taken for a place.
const PLACE_WORD = "\\p{Lu}[\\p{L}'’.-]+";
const CONNECTOR = '(?:de|da|do|dos|das|del|di|la|le|el|al|am|an|upon|on|sur|of)';
const PLACE_NAME = `${PLACE_WORD}(?:\\s+(?:${CONNECTOR}\\s+)?${PLACE_WORD}){0,3}`;
// "Guadalajara, Jalisco, México": a region may stand between the city and the country.
const PLACE = `${PLACE_NAME},\\s*(?:${PLACE_NAME},\\s*)?(?:the\\s+)?${PLACE_NAME}(?:,\\s*\\p{Lu}{2,3}\\b)?`;
// A bullet opens with the verb: "📍 Based in Leeds, UK".
const LIVES_IN = new RegExp(
  `\\b(?:[Ll]iving in|[Ll]ive in|[Ll]ives in|[Bb]ased in|[Bb]ased out of|[Ll]ocated in|[Rr]esiding in|[Rr]eside in|[Rr]esides in|[Rr]emote from|[Ww]ork(?:ing)? remotely from|I['’]m in|I am in|I['’]ve lived in|I have lived in)\\s+(?:the\\s+)?(${PLACE})`,
  'u',
);
/** "I'm a pipeline technical director in Vancouver, British Columbia". */
const TITLE_IN = new RegExp(`\\bI['’]m\\s+an?\\s+(?:[\\p{Ll}-]+\\s+){1,5}in\\s+(${PLACE})`, 'u');
const COMES_FROM = new RegExp(
  `\\b(?:I['’]m|I am|originally|hailing)(?:\\s+${PLACE_WORD})?,?\\s+from\\s+(?:the\\s+)?(${PLACE})`,
  'u',
);

/** "a … engineer living in Đà Nẵng, Vietnam (UTC+7)" → "Đà Nẵng, Vietnam". */
// "…, from Montevideo, Uruguay (remote)": where the owner works from, not where they moved from.
const WORKS_FROM = new RegExp(
  `(?<!\\b(?:moved|relocated|came|emigrated|travel(?:l)?ed|commute[sd]?)\\s+)(?:,\\s+|\\b(?:work(?:ing)?|build(?:ing)?|code|coding)\\s+)from\\s+(?:the\\s+)?(${PLACE})`,
  'u',
);

// "a mobile & frontend dev from Lima, Perú": the job and where its holder is.
const JOB_FROM = new RegExp(
  `\\b(?:dev|developer|engineer|designer|programmer|architect|scientist|analyst|SRE|researcher|consultant|freelancer)\\s+from\\s+(?:the\\s+)?(${PLACE})`,
  'u',
);

function jobFrom(text: string): string | undefined {
  const place = JOB_FROM.exec(text)?.[1];
  return place && isPlaceInCountry(place.split(/\.\s/)[0]?.trim() ?? '') ? place : undefined;
}

function worksFrom(text: string): string | undefined {
  const place = WORKS_FROM.exec(text)?.[1];
  return place && isPlaceInCountry(place.split(/\.\s/)[0]?.trim() ?? '') ? place : undefined;
}

export function locationFromProse(text: string): string | undefined {
  // A place name ends where its sentence does: "Gdańsk, Poland. Before …".
  // "a programmer from Recife, Brazil, living in Montréal since 2019": where the owner lives
  // now, named alone, before where they come from.
  const lives = LIVES_IN.exec(text)?.[1];
  if (!lives) {
    const city = livesInCity(text);
    if (city && FROM_BEFORE.test(text)) return city;
  }
  const place = (
    lives ??
    COMES_FROM.exec(text)?.[1] ??
    worksFrom(text) ??
    jobFrom(text) ??
    TITLE_IN.exec(text)?.[1] ??
    titledIn(text)
  )
    ?.split(/\.\s/)[0]
    ?.trim();
  // The full stop ending the sentence, not the one of "D.C.".
  return (
    place?.replace(/(?<!\.\p{Lu})\.$/u, '') ??
    livesInCity(text) ??
    livesInOtherTongue(text) ??
    basedCity(text)
  );
}

/**
 * "Vivo en Valencia (España)", "Wohne in Graz, Österreich", "Mieszkam w Gdańsku": "I live in", as
 * a CV in another language says it.
 */
const LIVES_IN_OTHER_TONGUE = new RegExp(
  `\\b(?:[Vv]ivo|[Vv]ive|[Rr]esido|[Rr]eside|[Mm]oro|[Mm]ora|[Aa]bito|[Ww]ohne|[Ll]ebe|[Mm]ieszkam|[Ww]oon|[Hh]abite)\\s+(?:en|em|in|a|à|w|im)\\s+(${PLACE_NAME})(?:\\s*(?:\\(|,\\s*)(${PLACE_NAME})\\)?)?`,
  'gu',
);

function livesInOtherTongue(text: string): string | undefined {
  for (const match of text.matchAll(LIVES_IN_OTHER_TONGUE)) {
    const city = match[1] ?? '';
    const country = match[2];
    // A country the table knows says the name before it is a place; a city alone must be known.
    if (country && countriesIn(country).length > 0) return `${city}, ${country}`;
    if (citiesIn(city)[0] === foldPlace(city)) return city;
  }
  return undefined;
}

const FROM_BEFORE = /\bfrom\s+\p{Lu}/u;

// "Staff Data Engineer in Rotterdam, Netherlands": a job's noun, "in", and a known place.
const JOB_IN = new RegExp(
  `\\b(?:[Ee]ngineer|[Dd]eveloper|[Dd]esigner|[Ss]cientist|[Mm]anager|[Aa]rchitect|[Cc]onsultant|[Aa]nalyst|[Pp]rogrammer|[Rr]esearcher)\\s+in\\s+(${PLACE})`,
  'u',
);

function titledIn(text: string): string | undefined {
  const place = JOB_IN.exec(text)?.[1]?.split(/\.\s/)[0]?.replace(/\.$/, '');
  return place && namesKnownPlace(place) ? place : undefined;
}

// "Dublin-based.", "a Lisbon-based engineer": a known city before "-based".
const CITY_BASED = /\b(\p{Lu}[\p{L}'’]+(?:[ -]\p{Lu}[\p{L}'’]+)?)-based\b/gu;

function basedCity(text: string): string | undefined {
  for (const match of text.matchAll(CITY_BASED)) {
    const name = match[1] ?? '';
    if (citiesIn(name)[0] === foldPlace(name)) return name;
  }
  return undefined;
}

// "I live in Cape Town, in a flat …", "I joined Acme here in Montréal": a city without its country.
const LIVES_IN_CITY = new RegExp(
  `\\b(?:(?:[Ll]ive|[Ll]ives|[Ll]iving|[Bb]ased|[Ll]ocated|[Rr]esid(?:e|es|ing))\\s+in|[Bb]ased out of|(here) in)\\s+(${PLACE_NAME})`,
  'gu',
);

// "I moved to Amsterdam in 2018 and have been based here ever since": the place moved to is home.
const MOVED_HERE = new RegExp(
  `\\bI\\s+(?:moved|relocated)\\s+to\\s+(${PLACE_NAME})(?=\\s+in\\s+(?:19|20)\\d\\d\\b|[,\\s])[^.!?]{0,60}?\\b(?:based|living|live|lived)\\s+here\\b`,
  'u',
);

/**
 * The city the owner says they live in, named alone: a city the places table knows, or any
 * place name after "here in" (the writer's own town). "I live in Vim" names no city.
 */
function livesInCity(text: string): string | undefined {
  const moved = MOVED_HERE.exec(text)?.[1];
  if (moved) return moved;
  for (const match of text.matchAll(LIVES_IN_CITY)) {
    // "here in Aberdeen. My notice period …": the name ends with its sentence.
    const name = (match[2] ?? '')
      .split(/(?<!\b\p{Lu}\p{Ll}?)\.\s/u)[0]
      ?.replace(/(?<!\.\p{Lu})\.$/u, '')
      .trim();
    if (!name) continue;
    // "I live in Stockport with my family": a home, whatever the table knows of the town.
    const home = /^\s+with\s+(?:my|our)\b/.test(text.slice(match.index + match[0].length));
    if (match[1] || home || citiesIn(name)[0] === foldPlace(name)) return name;
  }
  return undefined;
}

// The place ends the headline, or its first part: "… from Guadalajara, Jalisco, México — code …".
const HEADLINE_PLACE = new RegExp(`\\b(?:from|in|based in)\\s+(${PLACE})\\s*(?:$|[—–|·•]\\s)`, 'u');

/** "Mobile engineer (Android + iOS) from Bengaluru, India" → "Bengaluru, India". */
export function locationFromHeadline(text: string): string | undefined {
  const bare = text.replace(/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]/gu, '').trim();
  const said = HEADLINE_PLACE.exec(bare)?.[1];
  if (said) return said;
  // "A passionate backend developer from Nigeria": one known place closing the headline.
  const lone = /\b(?:from|based in)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*$/u.exec(
    bare,
  )?.[1];
  if (lone && namesKnownPlace(lone)) return lone;
  // "Embedded firmware engineer · bare-metal C · Casablanca, Morocco": a part alone, the last
  // first ("… · Medellín, Colombia · (ella / she / her)": pronouns may close the line).
  const parts = bare.split(/\s+[·|•—–]\s+/).map((part) => part.trim());
  if (parts.length < 2) return undefined;
  // "Principal Engineer, Payments Infrastructure · Nairobi": a known city may stand alone.
  return parts
    .slice(1)
    .reverse()
    .find((part) => isPlaceInCountry(part) || citiesIn(part)[0] === foldPlace(part));
}

// "I speak …", "fluent in …", "I work comfortably in French …", "I get by in Spanish".
const SPEAKS =
  /\b(?:[Mm]y(?=\s+\p{Ll}{0,4}\p{Lu}\p{Ll}+\s+is\s)|I\s+(?:also\s+|already\s+|now\s+)?speak:?|I\s+can\s+speak|speaks?|speaking|fluent in|I\s+(?:\p{L}+\s+){0,2}?(?:work|get by|converse|communicate|write)\s+(?:\p{L}+\s+)?in|(?<![\p{L}])(?:spoken(?:\s+languages)?|languages spoken)\s*:)\s+([^.!?]*(?:\([^)]*\)[^.!?]*)*)/giu;
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
      LEVELLED_LANGUAGE.exec(part.trim().replace(/\s+(?:with|from|at|for|thanks to)\s.*$/, '')),
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
  for (const sentence of text.matchAll(SPEAKS)) {
    const rest = sentence[1] ?? '';
    // "My French is good", not "my work is on Ethiopic, … used for Amharic": after "my", the
    // language itself, written with its capital.
    const opener = /^my$/i.test(sentence[0].split(/\s/)[0] ?? '');
    const first = /^\p{Lu}\p{Ll}+/u.exec(rest)?.[0];
    if (opener && !(first && isSpokenLanguageName(first))) continue;
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
      const after = mine
        ? rest.slice(index + word[0].length, index + 100)
        : own
          ? (bracket[1] ?? '')
          : opened;
      from = index + word[0].length + (own ? bracket[0].length : 0);
      const name = withVariety(before, word[0]);
      if (found.some((l) => l.name === name)) continue;
      const level = levelIn(after) ?? levelIn(before);
      found.push(level ? { name, proficiency: level } : { name });
    }
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
  return found.length > 0 ? found : levelledLanguages(text);
}

const LEVELLED_SPEAKER = /\b([Nn]ative|[Ff]luent|[Bb]ilingual)\s+(\p{Lu}\p{Ll}+)\s+speaker\b/gu;

/** "French is my first language", "Tamil is my mother tongue". */
const FIRST_LANGUAGE =
  /\b(\p{Lu}\p{Ll}+)\s+is\s+my\s+(?:first|native|mother|home)\s+(?:language|tongue)\b/gu;

/** "Lebanese Arabic", "Brazilian Portuguese": the regional variety named right before. */
function withVariety(before: string, language: string): string {
  const variety = /(?:^|\s)(\p{Lu}\p{Ll}+(?:ese|ian|an|ish|i))\s+$/u.exec(before)?.[1];
  return variety && !isSpokenLanguageName(variety) ? `${variety} ${language}` : language;
}

const CALLED =
  /\b(?:I['’]m|I am|my name is|call me|name['’]s)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/gu;

/**
 * The name people use when the intro gives one that is not the first word of the full name:
 * "I'm Hà" in the profile of "Phạm Thu Hà" (family name first). Nothing when it is the first
 * word ("I'm Nadia" for "Nadia Okonkwo") or no word of the name at all.
 */
export function shortNameFromProse(text: string, name: string): string | undefined {
  const words = name.normalize('NFC').split(/\s+/).filter(Boolean);
  if (words.length < 2) return undefined;
  for (const match of text.normalize('NFC').matchAll(CALLED)) {
    const called = (match[1] ?? '').split(/\s+/);
    if (called[0] === words[0]) return undefined;
    // "I'm Thu Hà" names two words of the name; "I'm Hà, a …" one.
    for (const length of [2, 1]) {
      const candidate = called.slice(0, length);
      if (candidate.length < length) continue;
      const at = words.findIndex((_, i) =>
        candidate.every((word, offset) => words[i + offset] === word),
      );
      if (at > 0) return candidate.join(' ');
    }
  }
  return undefined;
}

export interface Introduction {
  name: string;
  /** "(he/him)" written right after the name. */
  pronouns?: Pronouns;
}

// Two to four capitalised words: "Dan Okafor", "Mary-Jane O'Neil", "Ana de la Cruz" is not
// read (its particles are lower case), which errs on the side of no name over a wrong one.
const NAME_WORD = "\\p{Lu}[\\p{L}'’-]*";
const INTRODUCES = new RegExp(
  `(?:^|[\\s,;:!.—–-])(?:I['’]m|I am|[Mm]y name is|[Mm]y name['’]s|[Tt]his is|[Ii]t['’]s)\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})(?:\\s*\\(([^()]+)\\))?`,
  'u',
);

const GREETING_INTRO =
  "(?:I['’]m|I am|[Ss]oy|[Mm]e llamo|[Jj]e suis|[Jj]e m['’]appelle|[Ii]ch bin|[Ii]ch heiße|(?:[Ee]u\\s+)?[Ss]ou(?:\\s+[ao])?|[Mm]e chamo|[Ss]ono|[Mm]i chiamo|[Ii]k ben|[Jj]estem|[Jj]ag är|[Jj]eg er)";

// A greeting opening the text names the owner even by one word: "Hi, I'm Lindiwe. I make …".
// "Olá, eu sou a Camila Rocha", "Hola, soy Bruno", "Hallo, ich bin Jonas": after a greeting the
// introduction may be in the profile's own language, and the name one to four words.
const GREETS_BY_ONE_NAME = new RegExp(
  `^\\W*(?:[Hh]i|[Hh]ey|[Hh]ello|[Hh]ola|[Oo]lá|[Oo]i|[Ss]alut|[Bb]onjour|[Hh]ej|[Hh]allo|[Hh]oi|[Mm]oin|[Cc]iao|[Cc]ześć|[Hh]owdy|[Gg]reetings|[Yy]o|[Nn]amaste)(?![\\p{L}])(?:\\s+there)?\\W*\\s*${GREETING_INTRO}\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})(?=[\\s.,!;:—–-]|$)(?:\\s*\\(([^()]+)\\))?`,
  'u',
);

/**
 * The owner introducing themselves in an opening line: "Hi, I'm Dan Okafor (he/him) — …",
 * "I'm Jane Doe, a …", "My name is Ana Lee." A single word is a name only after a greeting that
 * opens the text ("Hi, I'm Lindiwe."): elsewhere "I'm Senior …" is not a name.
 */
export function introductionFromProse(text: string): Introduction | undefined {
  const match = INTRODUCES.exec(text) ?? GREETS_BY_ONE_NAME.exec(text);
  const name = match?.[1];
  if (!name) return undefined;
  const introduction: Introduction = { name };
  const pronouns = match[2] ? readPronouns(match[2]) : undefined;
  if (pronouns) introduction.pronouns = pronouns;
  return introduction;
}

// "(she/her)" closing a paragraph, with or without a full stop after it.
const CLOSING_PRONOUNS = /\s*\(\s*([\p{L}'-]+(?:\s*\/\s*[\p{L}'-]+){1,2})\s*\)[.!]?$/u;

/**
 * "… and Spanish (conversational). (she/her)" → she/her, and the paragraph without them.
 * Only a bracket that ends the paragraph counts: one mid-sentence may be about someone else.
 */
export function closingPronouns(text: string): { pronouns: Pronouns; rest: string } | undefined {
  const match = CLOSING_PRONOUNS.exec(text);
  const pronouns = match?.[1] ? readPronouns(match[1]) : undefined;
  if (!match || !pronouns) return undefined;
  return { pronouns, rest: text.slice(0, match.index).trim() };
}

/**
 * The pronouns a name heading gives: at its end, or in a bracket between the name and the job
 * ("Sofía Etcheverry (she/her) — Freelance Engineer").
 */
export function headingPronouns(text: string): { pronouns: Pronouns; rest: string } | undefined {
  const closing = closingPronouns(text);
  if (closing) return closing;
  const inner = /\s*\(([^()]{2,20})\)(?=\s+[—–|·]\s+)/.exec(text);
  const pronouns = inner?.[1] ? readPronouns(inner[1]) : undefined;
  return inner && pronouns
    ? {
        pronouns,
        rest: `${text.slice(0, inner.index)}${text.slice(inner.index + inner[0].length)}`,
      }
    : undefined;
}

export interface CurrentRole {
  title: string;
  company: string;
}

const COMPANY_WORD = "\\p{Lu}[\\p{L}\\p{N}&.'’-]*";
const CURRENTLY = new RegExp(
  `\\b(?:[Cc]urrently|[Rr]ight now|[Nn]ow)\\s*,?\\s+(?:(?:I['’]m|I am|working)\\s+)?(?:as\\s+)?(?:an?\\s+|the\\s+)?((?:${NAME_WORD}|of|and|&)(?:[\\s-]+(?:${NAME_WORD}|of|and|&)){0,5})\\s+(?:at|with|for|@)\\s+(${COMPANY_WORD}(?:\\s+${COMPANY_WORD}){0,3})`,
  'u',
);

// "Since 2019 I have been at Corvidae Payments", "I've been at Acme since 2020".
const BEEN_AT = new RegExp(
  `(?:\\b[Ss]ince\\s+((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?(?:19|20)\\d\\d),?\\s+I(?:['’]ve| have)\\s+been\\s+(?:at|with)\\s+(${COMPANY_WORD}(?:\\s+${COMPANY_WORD}){0,3})|\\bI(?:['’]ve| have)\\s+been\\s+(?:at|with)\\s+(${COMPANY_WORD}(?:\\s+${COMPANY_WORD}){0,3})\\s+since\\s+((?:19|20)\\d\\d))`,
  'u',
);

/** "Since 2019 I have been at Corvidae Payments": the current employer and since when. */
export function employerSinceFromProse(
  text: string,
): { company: string; start: string } | undefined {
  const m = BEEN_AT.exec(text);
  const company = (m?.[2] ?? m?.[3])?.replace(/[.’']+$/, '').trim();
  const when = m?.[1] ?? m?.[4];
  // "April 2022" → "2022-04", as dates are written elsewhere in the knowledge.
  const start = when ? normalisePoint(when) : undefined;
  return company && start ? { company, start } : undefined;
}

/** "Currently Engineering Manager at Parcelwise, a logistics startup" → that title, that company. */
export function currentRoleFromProse(text: string): CurrentRole | undefined {
  const match = CURRENTLY.exec(text);
  const title = match?.[1]?.trim();
  const company = match?.[2]?.replace(/[.’']+$/, '').trim();
  if (!title || !company || !looksLikeJobTitle(title)) return workAtAs(text);
  return { title, company };
}

const TITLE_WORDS = `(?:${NAME_WORD}|of|and|&)(?:[\\s-]+(?:${NAME_WORD}|of|and|&)){0,5}`;
const COMPANY_NAME = `@?[\\p{L}\\p{N}][\\p{L}\\p{N}&.'’-]*(?:\\s+${COMPANY_WORD}){0,3}`;
// "I work at @chasquipay as a Senior Mobile Engineer", "I work as a Data Engineer at Kestrel".
const WORK_AT_AS = new RegExp(
  `\\bI\\s+work\\s+(?:at|for)\\s+(${COMPANY_NAME})\\s+as\\s+(?:an?\\s+|the\\s+)?(${TITLE_WORDS})|\\bI\\s+work\\s+as\\s+(?:an?\\s+|the\\s+)?(${TITLE_WORDS})\\s+(?:at|for)\\s+(${COMPANY_NAME})`,
  'u',
);

// "Actualmente trabajo como Senior Android Engineer en **Kuenta**", "je travaille comme
// développeuse chez Doctolib", "ich arbeite als Data Engineer bei Zalando": the same, as a
// profile in Spanish, Portuguese, French or German says it.
const WORKS_AS_ELSEWHERE = new RegExp(
  `\\b(?:trabajo|trabalho|travaille|arbeite)\\s+(?:como|comme|als)\\s+(?:une?\\s+|un[ao]\\s+)?(${TITLE_WORDS})\\s+(?:en|na|no|em|chez|bei)\\s+(${COMPANY_NAME})`,
  'u',
);

// "Atualmente trabalhando na **Tucano Pay** como Desenvolvedora Sênior", "je travaille chez
// Doctolib comme développeuse": the employer first, then the title.
const WORKS_AT_ELSEWHERE = new RegExp(
  `\\b(?:trabajo|trabajando|trabalho|trabalhando|travaille|arbeite)\\s+(?:en|na|no|em|para|chez|bei)\\s+(${COMPANY_NAME})\\s+(?:como|comme|als)\\s+(?:une?\\s+|un[ao]\\s+)?(${TITLE_WORDS})`,
  'u',
);

function workAtAs(text: string): CurrentRole | undefined {
  const elsewhere = WORKS_AS_ELSEWHERE.exec(text);
  const match =
    WORK_AT_AS.exec(text) ??
    (elsewhere ? [elsewhere[0], elsewhere[2], undefined, elsewhere[1], undefined] : null) ??
    WORKS_AT_ELSEWHERE.exec(text);
  const title = (match?.[2] ?? match?.[3])?.trim();
  const company = (match?.[1] ?? match?.[4])
    ?.replace(/^@/, '')
    .replace(/[.’']+$/, '')
    .trim();
  if (!title || !company || !looksLikeJobTitle(title)) return undefined;
  return { title, company };
}

/** "Hej! I'm Oskar (he/him).": pronouns in brackets right after the owner's name. */
export function pronounsAfterName(text: string): Pronouns | undefined {
  const match =
    /\bI(?:['’]m| am)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*\(([a-z]+\/[a-z]+(?:\/[a-z]+)?)\)/u.exec(
      text,
    );
  return match?.[1] ? readPronouns(match[1]) : undefined;
}

/**
 * A third-person bio written for others to copy ("Jane Doe (she/her) is a staff engineer …"):
 * the texts that open with the owner's full name speak about the owner.
 */
export function ownerBio(texts: readonly string[], name: string): string {
  if (!/\s/.test(name.trim())) return '';
  return texts.filter((text) => text.startsWith(`${name.trim()} `)).join(' ');
}

/** "Jane Doe (she/her) is …": the pronouns in brackets right after the full name. */
export function pronounsBesideName(text: string, name: string): Pronouns | undefined {
  const escaped = escapeRegExp(name.trim());
  const match = new RegExp(`(?:^|\\s)${escaped}\\s*\\(([a-z]+/[a-z]+(?:/[a-z]+)?)\\)`, 'u').exec(
    text,
  );
  return match?.[1] ? readPronouns(match[1]) : undefined;
}
