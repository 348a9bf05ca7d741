import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { evaluate, parseEvalSet } from '../../src/answer/evaluate.ts';
import { QUESTION_SETS } from './question-set-list.ts';

/**
 * Floors the answer engine must keep on the project's own question sets. Sets written blind (by
 * someone who never saw the engine) are held to a lower floor: they measure generalisation, and
 * their remaining misses need meaning rather than words.
 */
const FLOOR = { overall: 0.95, perKind: 0.9 };
const BLIND_FLOOR = { overall: 0.9, perKind: 0.85 };

const sets = QUESTION_SETS;

describe.each(sets)('question set for $name', ({ file, profile, blind, floor: own }) => {
  const floor = own ?? (blind ? BLIND_FLOOR : FLOOR);
  const summary = evaluate(
    createAssistant(profile()),
    parseEvalSet(readFileSync(file, 'utf8'), file),
  );
  const failures = summary.results
    .filter((r) => !r.passed)
    .map((r) => `${r.case.id}: ${r.reason} — ${r.text.slice(0, 120)}`);

  it(`passes at least ${floor.overall * 100}% overall`, () => {
    expect(summary.results.length).toBeGreaterThan(20);
    expect(summary.accuracy, failures.join('\n')).toBeGreaterThanOrEqual(floor.overall);
  });

  it(`passes at least ${floor.perKind * 100}% of every kind`, () => {
    for (const [kind, k] of Object.entries(summary.byKind)) {
      expect(k.accuracy, `${kind}\n${failures.join('\n')}`).toBeGreaterThanOrEqual(floor.perKind);
    }
  });
});
