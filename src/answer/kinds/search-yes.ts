import { affirmative } from '../meaning/own-doing.ts';
import { RELATED_FACTOR, relatedStems } from '../meaning/related.ts';
import { asksYesOrNo, specificStems, VAGUE_STEMS } from '../pipeline/generic-words.ts';
import type { Candidate, Knowledge, Question } from '../pipeline/types.ts';
import { stem } from '../text.ts';

/** "fintech background?", "payments exp?": a yes-or-no question in two or three words. */
const TERSE_ASK =
  /^[\p{L}\d][\p{L}\d .+#/&-]{1,40}\s(?:background|experience|exp|work)\s*\??\s*$/iu;

/** Lines that say what the owner wants or may do, not what they did. */
const NOT_A_RECORD = new Set(['exploring', 'faq', 'contact', 'title']);

/**
 * "has he ever migrated a legacy system?", "has she won any awards?", "fintech background?": a
 * yes-or-no question whose every word (or a word of the same meaning) one line holds, a line
 * that tells of the owner's own work with nothing in it that denies it or puts it off, is a
 * Yes quoting that line. Anything less stays a quotation without a verdict.
 */
export function affirmed(q: Question, k: Knowledge, found: Candidate | undefined) {
  if (!found || (!asksYesOrNo(q.text) && !TERSE_ASK.test(q.text.trim()))) return found;
  const top = found.evidence[0];
  if (!top || NOT_A_RECORD.has(top.topic) || !affirmative(top.text)) return found;
  // "has he migrated a legacy system?": the specific words must all be there; a general one
  // ("system", "background") may be said otherwise.
  const own = ownKindStems(k, top);
  const plain = q.stems.filter((st) => !VAGUE_STEMS.has(st) && !own.has(st));
  const specific = specificStems(plain);
  const words = specific.length > 0 ? specific : plain;
  if (words.length === 0) return found;
  const hit = k.index.search(words).find((h) => h.snippet === top);
  // Each word found on the line, as written or as a word of the same meaning ("Seguros" for
  // insurance), which counts for less than the word itself.
  if (!hit || hit.coverage < RELATED_FACTOR - 1e-9 || !eachWordWritten(q, words, top.text))
    return found;
  const text = found.answer.text.replace(/^Here's what /, "**Yes** — here's what ");
  if (text === found.answer.text) return found;
  return {
    ...found,
    why: `${found.why}; every word on one line`,
    answer: { ...found.answer, text },
  };
}

/** "has she published anything on conformal prediction?": words a paper's line is, not says. */
const PUBLISHED = new Set(
  ['publish', 'published', 'paper', 'papers', 'article', 'articles'].map(stem),
);
const TALKED = new Set(['talk', 'talks', 'present', 'presented', 'spoke', 'speak'].map(stem));

/** The words the top line's own kind answers: a paper's line is something published. */
function ownKindStems(k: Knowledge, top: { where: string }): ReadonlySet<string> {
  const at = /^publications\[(\d+)\]$/.exec(top.where)?.[1];
  const item = at === undefined ? undefined : k.profile.publications[Number(at)];
  if (!item) return NONE;
  return item.kind === 'talk' ? TALKED : item.kind === 'podcast' ? NONE : PUBLISHED;
}
const NONE: ReadonlySet<string> = new Set();

/**
 * Every word asked stands on the line as written (a plural aside) or as a word of the same
 * meaning. Word forms that only share a stem do not count: "book" is not in "booking", nor
 * "write" in "rewrite".
 */
function eachWordWritten(q: Question, stems: readonly string[], line: string): boolean {
  const lineWords = (line.toLowerCase().match(/[\p{L}\d+#]+/gu) ?? []).map((w) => ({
    w,
    st: stem(w),
  }));
  return stems.every((st) => {
    const typed = q.tokens.filter((_, i) => q.tokenStems[i] === st);
    const related = new Set(relatedStems(st));
    return lineWords.some(
      ({ w, st: lineStem }) =>
        related.has(lineStem) ||
        typed.some((t) => sameWordForm(t, w) || (lineStem === st && synonymFolded(t, w))),
    );
  });
}

/**
 * "cutting" for "reduced": another word the stems fold into the same meaning, unlike "booking"
 * for "book", which only grows the word asked.
 */
function synonymFolded(typed: string, word: string): boolean {
  const base = typed.replace(/(?:ing|ed|es|s|e)$/, '');
  return base.length >= 3 && !word.startsWith(base);
}

/** "award" and "awards", "migrated" and "Migrated": one word, its plural or its past tense. */
function sameWordForm(a: string, b: string): boolean {
  const base = (w: string) => w.replace(/(?:es|s|ed|d)$/, '');
  return a === b || base(a) === base(b);
}
