import { type AbsenceClaim, claimAbsence } from '../pipeline/absence.ts';
import { specificStems } from '../pipeline/generic-words.ts';
import { type Candidate, type Knowledge, type Question, SCORES } from '../pipeline/types.ts';

/**
 * A topic whose field the profile leaves empty (or lacks what was asked): the words that would
 * state it (`terms`) and the question's own specific words are searched through the whole
 * knowledge before anything is said to be missing.
 */
export function topicAbsence(
  k: Knowledge,
  q: Question,
  kind: string,
  claim: AbsenceClaim,
): Candidate {
  const words = specificStems(q.restStems);
  // "what tech stack was Skyward Tactics built on?": a name the asker typed with capitals is
  // searched first, so the lines that name it lead, not those that share the topic's word.
  const named = (q.text.match(TYPED_NAME) ?? []).filter((name) => name.length >= 4);
  return claimAbsence(
    k,
    { ...claim, words, terms: [...named, ...claim.terms] },
    kind,
    SCORES.topic,
  );
}

/** "Skyward Tactics", "Hollowmere" inside a question: capitalised words after its first. */
const TYPED_NAME = /(?<=\s)\p{Lu}[\p{L}\d'’-]*(?:\s+\p{Lu}[\p{L}\d'’-]*)*/gu;
