import { z } from 'zod';
import type { Answer } from './answer.ts';
import type { Assistant } from './assistant.ts';
import { answerToPlainText } from './plain-text.ts';

/** Whether a text compiles as a regular expression, as the scorer will compile it. */
function isPattern(text: string): boolean {
  try {
    new RegExp(text, 'i');
    return true;
  } catch {
    return false;
  }
}

/** One case of a question set; see the scoring rules in the README. */
export const EvalCaseSchema = z
  .object({
    id: z.string().min(1),
    q: z.string().optional(),
    turns: z.array(z.string()).min(1).optional(),
    expect: z.enum(['answer', 'negative', 'abstain', 'lenient', 'smalltalk']),
    all: z.array(z.string()).default([]),
    any: z.array(z.string()).default([]),
    // "(?i)\\bSC\\b" is a Python pattern: said at load, with its line, not thrown mid-run.
    re: z
      .array(z.string().refine(isPattern, 'is not a valid JavaScript regular expression'))
      .default([]),
    none: z.array(z.string()).default([]),
    abstain_ok: z.boolean().default(false),
  })
  .refine((c) => c.q !== undefined || c.turns !== undefined, { message: 'needs "q" or "turns"' });
export type EvalCase = z.infer<typeof EvalCaseSchema>;

export interface EvalResult {
  case: EvalCase;
  passed: boolean;
  answer: Answer;
  text: string;
  reason?: string;
}

const NEGATION =
  /\b(no|not|isn't|isnt|doesn't|doesnt|don't|dont|hasn't|hasnt|haven't|cannot|can't|none|never|nothing|neither|nor|without|lacks?)\b/i;
const CONTACT = /@|linkedin\.com|github\.com|https?:\/\//i;

/** Parses JSON lines; a bad line is reported with its number, never skipped silently. */
export function parseEvalSet(text: string, file = '<set>'): EvalCase[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, n }) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error(`${file}:${n}: not valid JSON`);
      }
      const parsed = EvalCaseSchema.safeParse(json);
      if (!parsed.success)
        throw new Error(
          `${file}:${n}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        );
      return parsed.data;
    });
}

export function scoreCase(assistant: Assistant, c: EvalCase, conversation: string): EvalResult {
  const turns = c.turns ?? [c.q ?? ''];
  let answer: Answer | undefined;
  for (const turn of turns) answer = assistant.ask(turn, conversation);
  const final = answer as Answer;
  const text = answerToPlainText(final);
  const lower = text.toLowerCase();
  const fail = (reason: string): EvalResult => ({
    case: c,
    passed: false,
    answer: final,
    text,
    reason,
  });
  const content = (): string | undefined => {
    const missingAll = c.all.filter((s) => !lower.includes(s.toLowerCase()));
    if (missingAll.length) return `missing ${missingAll.map((s) => JSON.stringify(s)).join(', ')}`;
    if (c.any.length && !c.any.some((s) => lower.includes(s.toLowerCase())))
      return `none of ${c.any.map((s) => JSON.stringify(s)).join(', ')}`;
    const failedRe = c.re.filter((r) => !new RegExp(r, 'i').test(text));
    if (failedRe.length) return `no match for /${failedRe.join('/, /')}/`;
    const present = c.none.filter((s) => lower.includes(s.toLowerCase()));
    if (present.length) return `contains ${present.map((s) => JSON.stringify(s)).join(', ')}`;
    return undefined;
  };
  switch (c.expect) {
    case 'answer': {
      if (!final.answered) return fail('declined to answer');
      const problem = content();
      return problem ? fail(problem) : { case: c, passed: true, answer: final, text };
    }
    case 'negative': {
      if (!NEGATION.test(text)) return fail('no negation');
      if (/^\W*yes\b/i.test(text)) return fail('begins with "yes"');
      const problem = content();
      return problem ? fail(problem) : { case: c, passed: true, answer: final, text };
    }
    case 'abstain':
      return final.answered
        ? fail('answered a question outside the profile')
        : { case: c, passed: true, answer: final, text };
    case 'lenient': {
      if (c.abstain_ok && !final.answered) return { case: c, passed: true, answer: final, text };
      const problem = CONTACT.test(text) ? content() : 'no contact details';
      return problem ? fail(problem) : { case: c, passed: true, answer: final, text };
    }
    case 'smalltalk':
      return final.answered && text.trim() !== ''
        ? { case: c, passed: true, answer: final, text }
        : fail('no reply');
  }
}

export interface EvalSummary {
  results: EvalResult[];
  accuracy: number;
  byKind: Record<string, { passed: number; total: number; accuracy: number }>;
}

export function evaluate(assistant: Assistant, cases: readonly EvalCase[]): EvalSummary {
  const results = cases.map((c) => scoreCase(assistant, c, `eval:${c.id}`));
  const byKind: EvalSummary['byKind'] = {};
  for (const r of results) {
    const k = byKind[r.case.expect] ?? { passed: 0, total: 0, accuracy: 0 };
    byKind[r.case.expect] = k;
    k.total++;
    if (r.passed) k.passed++;
  }
  for (const k of Object.values(byKind)) k.accuracy = k.passed / k.total;
  const passed = results.filter((r) => r.passed).length;
  return { results, accuracy: results.length ? passed / results.length : 0, byKind };
}
