import { bullets, evidenceLines } from '../pipeline/reply.ts';
import type { Candidate, Knowledge, Question } from '../pipeline/types.ts';

/** "whats the tech stack behind ETA-Net?", "what is it built with?": the tools are asked. */
const ASKS_STACK =
  /\b(?:stack|tech|technolog(?:y|ies)|tools?|built (?:with|in|on)|written in|made with|framework)\b/i;

/**
 * "Tech lead for ETA-Net, the forecasting model … Probabilistic forecasts in PyTorch, trained
 * on Ray": the line found is one sentence of a longer entry, and the tools asked about are in
 * the sentences after it. The answer quotes the entry whole.
 */
export function withWholeEntry(q: Question, k: Knowledge, found: Candidate | undefined) {
  const top = found?.evidence[0];
  if (!found || !top || !ASKS_STACK.test(q.text)) return found;
  const entry = k.index.snippets.filter((s) => s.where === top.where);
  const rest = entry.slice(entry.indexOf(top) + 1);
  if (rest.length === 0) return found;
  const whole = { ...top, text: [top.text, ...rest.map((s) => s.text)].join(' ') };
  const evidence = [whole, ...found.evidence.slice(1).filter((s) => s.where !== top.where)];
  const text = found.answer.text.replace(
    /:\n[\s\S]*$/,
    `:\n${bullets(evidenceLines(evidence.slice(0, 3), 3))}`,
  );
  return { ...found, evidence, answer: { ...found.answer, text } };
}
