import { normalizeQuestion, type WordingTally } from './unanswered-tally.ts';

/** Tuning for grouping near-duplicate questions. */
export const GROUPING_DEFAULTS = Object.freeze({
  /** Dice similarity of content words at or above which two questions are one. */
  threshold: 0.75,
  /** Words this long or longer may differ by one edit (typos, plurals) and still match. */
  fuzzyWordLength: 5,
  /** Only the most asked wordings are compared with each other; the rest stay one group each. */
  maxCompared: 5_000,
  /** Groups one wording is compared with at most, those sharing its rarest words first. */
  maxCandidates: 200,
});

// Words that carry no topic: "is he available" and "does he have availability" differ only here.
const STOPWORDS = new Set(
  (
    'a an the is are was were be been being am do does did doing have has had having he she they ' +
    'him her them his hers their theirs i me my you your we our it its this that these those of ' +
    'to in on at for with about as by from or and but if so any some can could would should will ' +
    'shall may might must what which who whom whose when where why how there here up out into ' +
    'just also ever yet not no please tell know'
  ).split(' '),
);

const LETTERS = /^\p{L}+$/u;

/** A wording's words as compared: the content words, and the numbers, which must agree. */
interface Shape {
  words: string[];
  numbers: string;
}

function shapeOf(normalized: string): Shape {
  const all = normalized.split(' ').filter((w) => w !== '');
  const content = all.filter((w) => !STOPWORDS.has(w));
  // A question made only of small words ("who is he") is compared on all its words.
  const words = [...new Set(content.length > 0 ? content : all)];
  // "flood 123456" and "flood 123457" are different questions, not a typo of each other.
  const numbers = words
    .filter((w) => !LETTERS.test(w))
    .sort()
    .join(' ');
  return { words, numbers };
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

const fuzzy = (w: string) => w.length >= GROUPING_DEFAULTS.fuzzyWordLength && LETTERS.test(w);

function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  return fuzzy(a) && fuzzy(b) && withinOneEdit(a, b);
}

function shapeSimilarity(a: Shape, b: Shape): number {
  if (a.words.length === 0 || b.words.length === 0 || a.numbers !== b.numbers) return 0;
  const unused = [...b.words];
  let shared = 0;
  for (const word of a.words) {
    const k = unused.findIndex((other) => wordsMatch(word, other));
    if (k >= 0) {
      shared++;
      unused.splice(k, 1);
    }
  }
  return (2 * shared) / (a.words.length + b.words.length);
}

/** Dice coefficient over content words, a word matching its near spelling, numbers exactly. */
export function questionSimilarity(a: string, b: string): number {
  return shapeSimilarity(shapeOf(normalizeQuestion(a)), shapeOf(normalizeQuestion(b)));
}

/**
 * Keys under which a word can meet its near spellings: itself and, for long words, itself with
 * one letter deleted (two words one edit apart always share one such key).
 */
function matchKeys(word: string): string[] {
  if (!fuzzy(word)) return [word];
  const keys = [word];
  for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

/** Groups sharing a key, from the rarest keys on, up to the comparison budget. */
function candidatesFor(keys: string[], byKey: Map<string, number[]>): Set<number> {
  const lists = keys.map((k) => byKey.get(k) ?? []).sort((a, b) => a.length - b.length);
  const found = new Set<number>();
  for (const list of lists) {
    for (const index of list) {
      if (found.size >= GROUPING_DEFAULTS.maxCandidates) return found;
      found.add(index);
    }
  }
  return found;
}

/**
 * Groups wordings that mean the same, most asked first. Each wording is compared only with
 * groups sharing a word (or a near spelling of one) with it, and only the `maxCompared` most
 * asked wordings are compared at all.
 */
export function groupWordings(
  wordings: readonly WordingTally[],
  maxCompared: number = GROUPING_DEFAULTS.maxCompared,
): WordingTally[][] {
  const sorted = [...wordings].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const groups: { shape: Shape; members: WordingTally[] }[] = [];
  const byKey = new Map<string, number[]>();
  for (const [rank, wording] of sorted.entries()) {
    const shape = shapeOf(wording.key);
    // Numbers must agree, so they are part of every key: "flood 1" never meets "flood 2".
    const keys = shape.words.flatMap(matchKeys).map((k) => `${shape.numbers}|${k}`);
    let best = -1;
    let bestScore = 0;
    if (rank < maxCompared) {
      for (const index of candidatesFor(keys, byKey)) {
        const group = groups[index];
        if (!group) continue;
        const score = shapeSimilarity(shape, group.shape);
        if (score > bestScore) {
          best = index;
          bestScore = score;
        }
      }
    }
    if (best >= 0 && bestScore >= GROUPING_DEFAULTS.threshold) {
      groups[best]?.members.push(wording);
      continue;
    }
    groups.push({ shape, members: [wording] });
    if (rank < maxCompared) {
      for (const key of new Set(keys)) {
        const list = byKey.get(key);
        if (list) list.push(groups.length - 1);
        else byKey.set(key, [groups.length - 1]);
      }
    }
  }
  return groups.map((g) => g.members);
}
