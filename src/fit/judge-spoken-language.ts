import type { Profile } from '../knowledge/schema.ts';
import {
  englishLanguageName,
  foreignLanguageNames,
  spokenLanguagePattern,
} from '../knowledge/spoken-languages.ts';
import type { Judgement } from './judgement.ts';
import { askedLevel, heldLevel } from './language-levels.ts';
import { OR_WORD } from './requirement-cues.ts';

const LANGUAGE = spokenLanguagePattern();
// "English" alone in "English-speaking team" is context; these words make it asked for ("Nivel
// de español alto": a level asked, in Spanish).
const SPEAKING =
  /\b(?:speak\w*|spoken|spreek\w*|spricht|sprechen|parle[sz]?|habla\w*|fala\w*|vloeiend|courant|fließend|fluido|bilingu\w+|fluen\w+|conversational|native|proficien\w+|business[\s-]level|working (?:knowledge|proficiency|level)|at an? \w+ level|written|verbal|language|C1|C2|B1|B2|oral|kenntnisse|lingua|parlat[ao]|scritt[ao]|madrelingua|nivel|niveau|livello|idioma|langue|sprache)\b|(?<!\p{L})(?:écrit|maîtrise|à l['’]aise)(?!\p{L})/iu;

// "another Scandinavian language": each language of the group is one of the alternatives.
const GROUPS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\bScandinavian languages?\b/i, ['Danish', 'Norwegian', 'Swedish']],
  [/\bNordic languages?\b/i, ['Danish', 'Norwegian', 'Swedish', 'Finnish', 'Icelandic']],
];

/**
 * The part of a requirement that asks: not a remark in parentheses nor a reason after "as"
 * ("Dutch (our team will switch to English)", "…, as our working language is English", "…, but
 * our working language is English").
 */
const askingPart = (text: string): string =>
  text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/,?\s+(?:as|since|because|while|though|but\s+(?=(?:our|the|we|it)\b))\s*.*$/i, '');

/** "Bahasa Indonesia", "Bahasa Melayu": a language called by its own name. */
const OWN_NAMES: readonly (readonly [RegExp, string])[] = [
  [/\bBahasa Indonesia\b/gi, 'Indonesian'],
  [/\bBahasa (?:Melayu|Malaysia)\b/gi, 'Malay'],
];

// "français courant", "Deutsch (fließend)": a language named in another language.
const FOREIGN = new RegExp(
  `(?<!\\p{L})(${[...foreignLanguageNames()].sort((a, b) => b.length - a.length).join('|')})(?!\\p{L})`,
  'giu',
);

const ownNames = (text: string): string =>
  OWN_NAMES.reduce((out, [pattern, name]) => out.replace(pattern, name), apart(text)).replace(
    FOREIGN,
    (name) => englishLanguageName(name) ?? name,
  );

/** "Englischkenntnisse", "Deutschsprachkenntnisse": German writes the language into one word. */
const apart = (text: string): string =>
  text.replace(/(\p{L}{4,}?)(?:sprach)?kenntnisse(?!\p{L})/giu, '$1 Kenntnisse');

interface Listed {
  name: string;
  level: string;
  line: string;
}

/** Spoken languages a requirement asks for, against the languages the profile lists. */
export function judgeSpokenLanguage(whole: string, profile: Profile): Judgement | undefined {
  const text = ownNames(askingPart(whole));
  const grouped = GROUPS.filter(([pattern]) => pattern.test(text)).flatMap(([, names]) => names);
  const named = [...text.matchAll(LANGUAGE)].map((m) => m[1] ?? '');
  const asked = [...new Set([...named, ...grouped])];
  if (asked.length === 0) return undefined;
  const bare = text.replace(LANGUAGE, '').replace(/[^A-Za-z]/g, '');
  // "Dutch, for the odd customer call": a requirement that opens with the language asks for it.
  const opens = new RegExp(`^\\W*(?:\\w+\\s+)?${named[0] ?? '(?!)'}\\b`).test(text);
  if (!SPEAKING.test(text) && !opens && bare.length > 12) return undefined;
  const listed: Listed[] = profile.languages.map((l) => ({
    name: l.name,
    level: l.proficiency ?? '',
    line: l.proficiency ? `${l.name} — ${l.proficiency} (languages)` : `${l.name} (languages)`,
  }));
  const held = asked
    .map((name) => listed.find((l) => l.name.toLowerCase() === name.toLowerCase()))
    .filter((l): l is Listed => l !== undefined);
  // "French — basic (A2)" does not carry "French is mandatory"; it does carry "basic French".
  // "Spanish at C1" is not met by "Spanish — conversational": the level asked of each language
  // is read from the words after its name, brackets included.
  const levelText = ownNames(whole);
  const enough = held.filter((l) => {
    const asked = askedLevel(segmentOf(levelText, l.name)) ?? askedLevel(text) ?? 2;
    return (heldLevel(l.level) ?? 3) >= asked;
  });
  const anyOf = OR_WORD.test(text) || grouped.length > 0;
  if (enough.length === asked.length || (anyOf && enough.length > 0)) {
    return { status: 'met', evidence: enough.map((l) => l.line), closest: [] };
  }
  return {
    status: held.length > 0 ? 'partial' : 'missing',
    evidence: held.map((l) => l.line),
    closest: listed.map((l) => l.line),
  };
}

/**
 * The words about one language in a requirement naming several ("fluent Spanish (C1) and
 * professional English"): between two names, the words before the last "and" or comma belong
 * to the first, those after it to the second.
 */
function segmentOf(text: string, language: string): string {
  const names = [...text.matchAll(LANGUAGE)];
  const at = names.findIndex((m) => (m[1] ?? '').toLowerCase() === language.toLowerCase());
  if (names.length < 2 || at < 0) return text;
  const boundary = (i: number): number => {
    const left = names[i - 1];
    const right = names[i];
    if (!left || !right) return i <= 0 ? 0 : text.length;
    const from = (left.index ?? 0) + (left[0]?.length ?? 0);
    const between = text.slice(from, right.index);
    const cut = [...between.matchAll(JOINER)].at(-1);
    return cut?.index === undefined ? (right.index ?? from) : from + cut.index;
  };
  return text.slice(boundary(at), boundary(at + 1));
}

// "and", "or" and commas in the languages JDs are written in: "e", "y", "et", "und", "oder".
const JOINER = /,|;|\s(?:and|or|e|y|et|ou|und|oder|en|of)\s/giu;
