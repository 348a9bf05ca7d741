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
  return claimAbsence(k, { ...claim, words }, kind, SCORES.topic);
}
