import type { AnswerKind, Candidate, Knowledge, Question } from './types.ts';

/** Every kind's candidate for a question, best first (ties keep registry order). */
export function candidates(q: Question, k: Knowledge, kinds: readonly AnswerKind[]): Candidate[] {
  const out: Candidate[] = [];
  for (const kind of kinds) {
    if (kind.applies && !kind.applies(q)) continue;
    const candidate = kind.propose(q, k);
    if (candidate) out.push(candidate);
  }
  return out.sort((a, b) => b.score - a.score);
}

/**
 * The one place that decides: the highest-scoring candidate, or none. Kinds are asked from the
 * highest ceiling down, and asking stops once no remaining kind could score higher; a tie
 * keeps the kind asked first, as `candidates` keeps registry order.
 */
export function choose(
  q: Question,
  k: Knowledge,
  kinds: readonly AnswerKind[],
): Candidate | undefined {
  let best: Candidate | undefined;
  for (const kind of byCeiling(kinds)) {
    if (best && best.score >= kind.ceiling) break;
    if (kind.applies && !kind.applies(q)) continue;
    const candidate = kind.propose(q, k);
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  return best;
}

const sorted = new WeakMap<readonly AnswerKind[], AnswerKind[]>();

function byCeiling(kinds: readonly AnswerKind[]): AnswerKind[] {
  let out = sorted.get(kinds);
  if (!out) {
    out = [...kinds].sort((a, b) => b.ceiling - a.ceiling);
    sorted.set(kinds, out);
  }
  return out;
}

/** Why the chooser picked what it picked: every candidate with its score and reason. */
export function explainChoice(ranked: readonly Candidate[]): string[] {
  return ranked.map(
    (c, i) =>
      `${i === 0 ? '→' : ' '} ${c.kind} ${c.score.toFixed(1)}: ${c.why}${c.evidence.length ? ` [${c.evidence.map((e) => e.where).join(', ')}]` : ''}`,
  );
}
