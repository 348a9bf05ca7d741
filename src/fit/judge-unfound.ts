import type { ProfileSupport } from '../answer/support.ts';
import { STOPWORDS } from '../answer/text.ts';
import { CATEGORY_WORDS } from '../answer/vocabulary/group-words.ts';
import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import type { Profile } from '../knowledge/schema.ts';
import type { Judgement } from './judgement.ts';

/** Words of a requirement that say how much, how well or how, never what is asked. */
export const MANNER = new Set(
  'experience experienced expertise strong solid deep good great excellent proven track record ability able knowledge understanding working work worked hands-on skills skill years year familiarity familiar comfortable plus ideally preferred preferably nice bonus have having with using other similar related relevant production team teams engineer engineers engineering software system systems some least must should could would will please also especially really well very more most things thing like love want need needed required requirement requirements someone people person role candidate ideal they theyd wed'.split(
    ' ',
  ),
);

/** A short ask names few things; a long sentence is not read word by word. */
const MAX_WORDS = 6;

/**
 * A line nothing else could read ("Chaos engineering", "bug bounty", "healthcare domain"): when
 * not one of its words, nor a word of the same meaning, stands anywhere in the knowledge, the
 * profile does not show it, and it is missing. Any word found leaves the line to be listed as
 * not classified: a found word may be the thing, asked in other words.
 */
export function judgeUnfound(
  text: string,
  support: ProfileSupport,
  profile: Profile,
): Judgement | undefined {
  const knowledgeText = textOf(profile);
  // "mode hors-ligne et de la synchronisation": a line in another language is not read so;
  // "You are kind and curious" asks who the reader is, which no profile line can deny.
  if (OTHER_LANGUAGE.test(text) || WHO_YOU_ARE.test(text.trim())) return undefined;
  const words = (text.toLowerCase().match(/\p{L}[\p{L}\d+#]+/gu) ?? []).filter(
    (w) => !MANNER.has(w) && !STOPWORDS.has(w),
  );
  if (words.length === 0 || words.length > MAX_WORDS || words.every(isTrait)) return undefined;
  // "led" in "led a small team"; "health" in "healthcare", "Postgres" for "pg", "accessib" of
  // "accessibility" in "Accessible": any part found.
  const found = (w: string) =>
    support.search(w, 1).length > 0 ||
    // "ML" is found where "machine learning" is written.
    (FIELD_WORDS.get(w) ?? []).some((phrase) => hasPhrase(knowledgeText, phrase)) ||
    (w.length >= 5 && knowledgeText.includes(w.slice(0, Math.max(5, w.length - 5))));
  // "ML", "UX": a short word is read only where it names a field the vocabulary knows.
  const unread = (w: string) => w.length < 3 && !FIELD_WORDS.has(w);
  if (words.some((w) => unread(w) || found(w))) return undefined;
  return { status: 'missing', evidence: [], closest: [] };
}

/** The words that name a field of skills ("ml", "ux"), each with every word of its field. */
const FIELD_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.values(CATEGORY_WORDS).flatMap((words) => words.map((word) => [word, words] as const)),
);

/** Whether the text holds the phrase as whole words: "ai" is not in "maintain". */
const hasPhrase = (text: string, phrase: string): boolean =>
  new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(phrase)}(?![\\p{L}\\d])`, 'u').test(text);

const texts = new WeakMap<Profile, string>();

/** Every value the profile states, in lower case, once per profile. */
function textOf(profile: Profile): string {
  let text = texts.get(profile);
  if (text === undefined) {
    const values: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') values.push(value);
      else if (Array.isArray(value)) for (const v of value) walk(v);
      else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
    };
    walk(profile);
    text = values.join('\n').toLowerCase();
    texts.set(profile, text);
  }
  return text;
}

const WHO_YOU_ARE = /^(?:you(?:['’]re| are| will be|['’]ll be)|are you|someone who(?: is)?)\b/i;

/** A word that says what someone is like ("curious", "proactive"), not what they know. */
const isTrait = (word: string): boolean =>
  /(?:ous|ful|ive|ant|ent|able|ible|less|ish|ate|ed)$/.test(word) ||
  'kind humble friendly honest curious driven calm pragmatic open reliable'
    .split(' ')
    .includes(word);

/** Words of French, Spanish, Dutch, German or Portuguese that English never uses. */
const OTHER_LANGUAGE =
  /\b(?:et|la|le|les|des|du|une|avec|pour|en|de|del|los|las|o|y|con|het|een|van|voor|met|und|der|die|das|mit|für|ou|com|em|sur|dans)\b/i;
