import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { evaluate, parseEvalSet } from '../../src/answer/evaluate.ts';
import { QUESTION_SETS, SHARED_DEV_SET } from './question-set-list.ts';

/**
 * Every answer to every question set, written to a file beside this test: a change to the engine
 * shows in review exactly which answers moved, and how.
 */
const sets = [
  ...QUESTION_SETS,
  ...(existsSync(SHARED_DEV_SET.file) ? [SHARED_DEV_SET] : []),
].filter((set, i, all) => all.findIndex((s) => s.snapshot === set.snapshot) === i);

describe.each(sets)('answers to $snapshot', ({ file, profile, snapshot }) => {
  it('match the recorded answers', async () => {
    const summary = evaluate(
      createAssistant(profile()),
      parseEvalSet(readFileSync(file, 'utf8'), file),
    );
    const lines = summary.results.map((r) =>
      [
        `## ${r.case.id} ${r.passed ? 'pass' : `FAIL (${r.reason})`}`,
        `Q: ${(r.case.turns ?? [r.case.q ?? '']).join(' / ')}`,
        `answered: ${r.answer.answered} · topic: ${r.answer.topic}`,
        r.text,
        '',
      ].join('\n'),
    );
    await expect(lines.join('\n')).toMatchFileSnapshot(`__snapshots__/${snapshot}.answers.txt`);
  });
});
