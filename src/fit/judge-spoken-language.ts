import type { Profile } from '../knowledge/schema.ts';
import { SPOKEN_LANGUAGES } from '../knowledge/spoken-languages.ts';
import type { Judgement } from './judgement.ts';

const LANGUAGE = new RegExp(`\\b(${SPOKEN_LANGUAGES.join('|')})\\b`, 'g');
// "English" alone in "English-speaking team" is context; these words make it asked for.
const SPEAKING =
  /\b(?:speak\w*|spoken|fluen\w+|conversational|native|proficien\w+|business[\s-]level|working (?:knowledge|proficiency)|written|verbal|language|C1|C2|B1|B2)\b/i;

/** Spoken languages a requirement asks for, against the languages the profile lists. */
export function judgeSpokenLanguage(text: string, profile: Profile): Judgement | undefined {
  const asked = [...new Set([...text.matchAll(LANGUAGE)].map((m) => m[1] ?? ''))];
  if (asked.length === 0) return undefined;
  const bare = text.replace(LANGUAGE, '').replace(/[^A-Za-z]/g, '');
  if (!SPEAKING.test(text) && bare.length > 12) return undefined;
  const listed = profile.languages.map((l) => ({
    name: l.name,
    line: l.proficiency ? `${l.name} — ${l.proficiency} (languages)` : `${l.name} (languages)`,
  }));
  const held = asked
    .map((name) => listed.find((l) => l.name.toLowerCase() === name.toLowerCase()))
    .filter((l): l is { name: string; line: string } => l !== undefined);
  const anyOf = /\bor\b/i.test(text);
  if (held.length === asked.length || (anyOf && held.length > 0)) {
    return { status: 'met', evidence: held.map((l) => l.line), closest: [] };
  }
  return {
    status: held.length > 0 ? 'partial' : 'missing',
    evidence: held.map((l) => l.line),
    closest: listed.map((l) => l.line),
  };
}
