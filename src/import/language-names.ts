import { isSpokenLanguage } from '../knowledge/spoken-languages.ts';

/**
 * A spoken language as its speakers may name it: "Zulu", or with the noun-class prefix many
 * Bantu languages carry in their own name ("isiZulu", "Kiswahili", "Setswana", "Chichewa").
 */
const CLASS_PREFIX = /^(?:isi|isi-|ki|chi|se|tshi|oshi|otji|xi|ici|ru|lu)(\p{L}{3,})$/iu;

export function isSpokenLanguageName(word: string): boolean {
  if (isSpokenLanguage(word)) return true;
  const stem = CLASS_PREFIX.exec(word.trim())?.[1];
  return stem !== undefined && isSpokenLanguage(stem);
}

/**
 * The label a CV gives the owner's first language: "Mother tongue(s)", "Native language", and as
 * Italian, French, Spanish, Portuguese, German and Dutch CVs write it ("Lingua madre").
 */
export const MOTHER_TONGUE_LABEL =
  /^(?:mother tongues?(?:\s*\(s\))?|native languages?|first languages?|lingu[ae] madre|madrelingua|langues? maternelles?|lenguas? maternas?|línguas? maternas?|muttersprachen?|moedertaal|modersmål|morsmål)(?![\p{L}])/iu;
