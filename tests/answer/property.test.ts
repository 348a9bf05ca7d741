import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const assistant = createAssistant(loadKnowledge('knowledge/profile.yaml'));

const questionish = fc.oneof(
  fc.string({ maxLength: 600 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        'does',
        'he',
        'know',
        'k8s',
        'go',
        'and',
        'what',
        'about',
        'it',
        '?',
        '🚀',
        '\u202E',
        '\u200B',
        'c#',
        '.net',
        '<b>',
        "'",
        'projects',
      ),
      { maxLength: 12 },
    )
    .map((words) => words.join(' ')),
);

describe('any string', () => {
  it('gets a well-formed answer and never throws', () => {
    fc.assert(
      fc.property(questionish, fc.string({ maxLength: 8 }), (question, conversation) => {
        const answer = assistant.ask(question, conversation);
        expect(typeof answer.answered).toBe('boolean');
        expect(answer.confidence).toBeGreaterThanOrEqual(0);
        expect(answer.confidence).toBeLessThanOrEqual(1);
        expect(answer.text.trim().length).toBeGreaterThan(0);
        expect(answer.suggestions.length).toBeLessThanOrEqual(5);
        expect(() => answerToPlainText(answer)).not.toThrow();
        if (question.length > 500) expect(answer.topic).toBe('limit');
      }),
      { numRuns: 1500 },
    );
  });

  it('completes any partial input without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (partial) => {
        const choices = assistant.complete(partial, 25);
        expect(choices.length).toBeLessThanOrEqual(25);
      }),
      { numRuns: 300 },
    );
  });
});
