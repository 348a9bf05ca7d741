import type { UnansweredEntry } from './unanswered-log.ts';

/** Memory bounds of one pass over the unanswered log, whatever its length. */
export const TALLY_DEFAULTS = Object.freeze({
  /** Distinct wordings kept; past this the least asked are set aside and counted. */
  maxWordings: 10_000,
  /** Askers remembered per wording; more are shown as "1000+". */
  maxAskers: 1_000,
  /** Spellings remembered per wording, to show the one used most. */
  maxSpellings: 8,
});

/** Everything the report needs about one normalised wording. */
export interface WordingTally {
  /** The normalised wording: lower case, no punctuation. */
  key: string;
  count: number;
  askers: Set<string>;
  surfaces: Set<string>;
  first: string;
  last: string;
  /** Spellings as asked, with counts. */
  spellings: Map<string, number>;
}

/** What was set aside to stay within {@link TALLY_DEFAULTS}. */
export interface LeftOut {
  questions: number;
  /** Wordings removed; one wording removed twice counts twice. */
  wordings: number;
  /** None of the questions left out was asked more often than this. */
  maxCount: number;
}

export interface Tally {
  add(entry: UnansweredEntry): void;
  readonly total: number;
  readonly from: string | null;
  readonly to: string | null;
  wordings(): WordingTally[];
  leftOut(): LeftOut;
}

/** Lower case, punctuation and extra spaces removed: "Is he  available?" → "is he available". */
export function normalizeQuestion(question: string): string {
  const lower = question.toLowerCase();
  // Decomposing accents costs more than the rest together; plain ASCII has none to remove.
  const plain = /^[\x20-\x7e]*$/.test(lower)
    ? lower
    : lower.normalize('NFKD').replace(/\p{M}/gu, '');
  return plain.replace(/[^\p{L}\p{N}+#]+/gu, ' ').trim();
}

/** Counts questions by wording in memory bounded by `limits`, one entry at a time. */
export function createTally(
  limits: { maxWordings?: number; maxAskers?: number; maxSpellings?: number } = {},
): Tally {
  const { maxWordings, maxAskers, maxSpellings } = { ...TALLY_DEFAULTS, ...limits };
  const byKey = new Map<string, WordingTally>();
  const left: LeftOut = { questions: 0, wordings: 0, maxCount: 0 };
  let total = 0;
  let from: string | null = null;
  let to: string | null = null;

  // Sets aside the least asked wordings until half the room is free again.
  const prune = () => {
    const counts = [...byKey.values()].map((w) => w.count).sort((a, b) => a - b);
    const cut = counts[Math.floor(maxWordings / 2)] ?? 1;
    for (const [key, w] of byKey) {
      if (w.count > cut) continue;
      byKey.delete(key);
      left.questions += w.count;
      left.wordings++;
      left.maxCount = Math.max(left.maxCount, w.count);
    }
  };

  return {
    add(entry) {
      const key = normalizeQuestion(entry.question);
      if (key === '') return;
      total++;
      if (from === null || entry.at < from) from = entry.at;
      if (to === null || entry.at > to) to = entry.at;
      let w = byKey.get(key);
      if (!w) {
        if (byKey.size >= maxWordings) prune();
        w = {
          key,
          count: 0,
          askers: new Set(),
          surfaces: new Set(),
          first: entry.at,
          last: entry.at,
          spellings: new Map(),
        };
        byKey.set(key, w);
      }
      w.count++;
      if (entry.asker !== null && w.askers.size < maxAskers) w.askers.add(entry.asker);
      w.surfaces.add(entry.surface);
      if (entry.at < w.first) w.first = entry.at;
      if (entry.at > w.last) w.last = entry.at;
      const spelling = entry.question.trim();
      const seen = w.spellings.get(spelling);
      if (seen !== undefined) w.spellings.set(spelling, seen + 1);
      else if (w.spellings.size < maxSpellings) w.spellings.set(spelling, 1);
    },
    get total() {
      return total;
    },
    get from() {
      return from;
    },
    get to() {
      return to;
    },
    wordings: () => [...byKey.values()],
    leftOut: () => ({ ...left }),
  };
}
