import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import type { Pronouns } from '../knowledge/schema.ts';
import { normalisePoint } from './entry-dates.ts';
import { looksLikeJobTitle } from './entry-text.ts';
import { readPronouns } from './pronouns.ts';

/**
 * Facts an owner states in the prose of an intro rather than on a line of their own: the name
 * people use, their pronouns and the current job (where they live is read in prose-home.ts,
 * the languages they speak in prose-languages.ts, the years they have worked in prose-years.ts).
 * Each reader returns only what a sentence says, or `undefined`.
 */

const CALLED =
  /\b(?:I['’]m|I am|my name is|call me|name['’]s)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/gu;

const NICKNAME =
  /\b(?:most people|everyone|everybody|people|friends|folks|colleagues)\s+(?:just\s+)?call me\s+\**["“]?(\p{Lu}[\p{L}'’-]+)/u;

/**
 * The name people use when the intro gives one that is not the first word of the full name:
 * "I'm Hà" in the profile of "Phạm Thu Hà" (family name first). Nothing when it is the first
 * word ("I'm Nadia" for "Nadia Okonkwo") or no word of the name at all.
 */
export function shortNameFromProse(text: string, name: string): string | undefined {
  const words = name.normalize('NFC').split(/\s+/).filter(Boolean);
  if (words.length < 2) return undefined;
  // "I'm Beatriz — most people call me Bia": the name people use, though no word of the name.
  const nickname = NICKNAME.exec(text.normalize('NFC'))?.[1];
  if (nickname && !words.includes(nickname)) return nickname;
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
