import type { Award } from '../knowledge/schema.ts';

/**
 * An award told in a sentence: "In 2022 the team I led won Corvane's Engineering Excellence
 * Award", "I received the Best Paper Award at ICSE 2021". The award as named, the one giving it
 * when the sentence says whose it is, and the sentence's year.
 */
const WON =
  /\b(?:won|received|earned|was awarded|were awarded|took home|picked up)\s+(?:the\s+|an?\s+)?((?:[\p{L}\d&’'.-]+\s+){0,6}?(?:award|prize|medal|trophy|scholarship|fellowship)s?)\b(?:\s+(?:at|from)\s+((?:\p{Lu}[\p{L}\d&.-]*\s*){1,4}))?/giu;

const POSSESSIVE = /^(\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,3})['’]s\s+/u;

export function awardsFromProse(sentences: readonly string[]): Award[] {
  const out: Award[] = [];
  for (const sentence of sentences) {
    const year = /\b(?:19|20)\d\d\b/.exec(sentence)?.[0];
    for (const m of sentence.matchAll(WON)) {
      const said = (m[1] ?? '').trim();
      // "won an award": a name of at least two words, one of them capitalised.
      if (said.split(/\s+/).length < 2 || !/\p{Lu}/u.test(said)) continue;
      const owner = POSSESSIVE.exec(said);
      const title = owner ? said.slice(owner[0].length) : said;
      const awarder = owner?.[1] ?? m[2]?.trim();
      out.push({
        title,
        ...(awarder ? { awarder } : {}),
        ...(year ? { date: year } : {}),
      });
    }
  }
  return out;
}
