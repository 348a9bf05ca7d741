/**
 * "ever used Redis Streams?", "Postgres logical replication?": a held technology asked with a
 * part of it the profile never names. Listing Redis is no evidence of Redis Streams: the answer
 * says what is listed and that the part is not mentioned, never a bare yes.
 */
import type { Tech } from '../knowledge-index.ts';
import { evidenceAgainst } from '../pipeline/absence.ts';
import { specificStems } from '../pipeline/generic-words.ts';
import type { Knowledge, Question } from '../pipeline/types.ts';
import { contentStems, STOPWORDS } from '../text.ts';
import { namesOf } from './skill-names.ts';

/** Words after a technology that ask about it in general, or how, not about a part of it. */
const NOT_A_PART =
  /^(?:dev|devs|developer|developers|engineer|engineers|engineering|programmer|programming|coding|code|stack|skill|skills|exp|expertise|experience|knowledge|background|work|worked|user|users|fan|version|versions|certified|certification|cert|certs|ever|too|also|still|lately|recently|before|yet|professionally|well|much|anymore|please|pls|lol|thanks|right|yes|no|ok)$/;

const WH_OPENING = /^\s*(?:how|what|which|when|where|why|who|whose|tell|describe|explain)\b/i;

/** The words typed right after the technology's name that name a part of it, as typed. */
export function partAsked(q: Question, tech: Tech): string | undefined {
  // "how much did he save on AWS costs?" asks a figure, "Docker'; DROP TABLE" is no question:
  // only a plain question about the technology and its part, whose words are echoed.
  const rest = new Set(specificStems(q.restStems));
  // Most questions name nothing beside the technology: nothing more to read.
  if (rest.size === 0) return undefined;
  if (WH_OPENING.test(q.text) || /[<>;={}()`"]/.test(q.text)) return undefined;
  const { named } = namesOf(tech);
  const typed = q.text.split(/[^\p{L}\d+#.-]+/u).map((w) => w.replace(/[.]+$/, ''));
  const stemOf = (w: string) => contentStems(w)[0] ?? '';
  let last = -1;
  for (let i = 0; i < typed.length; i++) if (named.has(stemOf(typed[i] as string))) last = i;
  if (last < 0) return undefined;
  const part: string[] = [];
  for (const word of typed.slice(last + 1, last + 3)) {
    const lower = word.toLowerCase();
    // "perf profiling", "Kubernetes networking": a doing with the tool, not a part of it.
    const partWord =
      /^\p{L}[\p{L}-]{2,}$/u.test(word) &&
      !/ing$|ments?$|^\p{Lu}+$/u.test(word) &&
      !STOPWORDS.has(lower) &&
      !NOT_A_PART.test(lower) &&
      rest.has(stemOf(word));
    if (!partWord) break;
    part.push(word);
  }
  // The part is all the question asks beside the technology.
  const partStems = new Set(part.map(stemOf));
  if (part.length === 0 || [...rest].some((st) => !partStems.has(st))) return undefined;
  return part.join(' ');
}

/**
 * The lead for a held technology asked with a part the whole knowledge never names (the part,
 * its words of the same meaning, and "Redis Streams" whole were searched), else undefined.
 */
export function partNotMentioned(
  k: Knowledge,
  q: Question,
  tech: Tech,
  held: string,
): string | undefined {
  const part = partAsked(q, tech);
  if (!part) return undefined;
  const whole = `${tech.name} ${part}`;
  const found = evidenceAgainst(k, {
    topic: 'skill',
    what: whole,
    terms: [whole, part],
    words: contentStems(part),
  });
  if (found.length > 0) return undefined;
  return `${held}, but ${k.possessive} profile doesn't mention **${whole}** specifically.`;
}
