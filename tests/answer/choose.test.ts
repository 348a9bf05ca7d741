import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_DEFAULTS } from '../../src/answer/defaults.ts';
import { parseEvalSet } from '../../src/answer/evaluate.ts';
import { KINDS } from '../../src/answer/kinds/registry.ts';
import { candidates, choose } from '../../src/answer/pipeline/choose.ts';
import { buildKnowledge } from '../../src/answer/pipeline/knowledge.ts';
import { createUnderstanding } from '../../src/answer/understand.ts';
import { QUESTION_SETS } from './question-set-list.ts';

describe('the chooser', () => {
  it.each(QUESTION_SETS.map((s) => [s.snapshot, s] as const))(
    'picks, asking only the kinds that can still win, what asking every kind picks (%s)',
    (_, set) => {
      const k = buildKnowledge(set.profile(), ENGINE_DEFAULTS, KINDS);
      const intents = KINDS.flatMap((kind) =>
        kind.intent
          ? [
              {
                name: kind.name,
                phrases: [...kind.intent.phrases, ...(kind.intent.extra?.(k) ?? [])],
                weight: kind.intent.weight,
              },
            ]
          : [],
      );
      const understand = createUnderstanding(k.index, ENGINE_DEFAULTS.fuzzyThreshold, intents);
      const questions = parseEvalSet(readFileSync(set.file, 'utf8')).flatMap(
        (c) => c.turns ?? [c.q ?? ''],
      );
      for (const text of questions) {
        const q = { ...understand(text), text };
        const all = candidates(q, k, KINDS);
        const best = choose(q, k, KINDS);
        expect(best?.kind, text).toBe(all[0]?.kind);
        expect(best?.score, text).toBe(all[0]?.score);
        for (const c of all)
          expect(c.score, `${text}: ${c.kind}`).toBeLessThanOrEqual(
            KINDS.find((kind) => kind.name === c.kind)?.ceiling ?? 0,
          );
      }
    },
  );
});
