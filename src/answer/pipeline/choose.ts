import type { AnswerKind, Candidate, Knowledge, Question } from './types.ts';

/** Every kind's candidate for a question, best first (ties keep registry order). */
export function candidates(q: Question, k: Knowledge, kinds: readonly AnswerKind[]): Candidate[] {
  const out: Candidate[] = [];
  for (const kind of kinds) {
    const candidate = kind.propose(q, k);
    if (candidate) out.push(candidate);
  }
  return out.sort((a, b) => b.score - a.score);
}

/** The one place that decides: the highest-scoring candidate, or none. */
export function choose(
  q: Question,
  k: Knowledge,
  kinds: readonly AnswerKind[],
): Candidate | undefined {
  return candidates(q, k, kinds)[0];
}

/** Why the chooser picked what it picked: every candidate with its score and reason. */
export function explainChoice(ranked: readonly Candidate[]): string[] {
  return ranked.map(
    (c, i) =>
      `${i === 0 ? '→' : ' '} ${c.kind} ${c.score.toFixed(1)}: ${c.why}${c.evidence.length ? ` [${c.evidence.map((e) => e.where).join(', ')}]` : ''}`,
  );
}
