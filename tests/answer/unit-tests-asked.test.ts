import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented profile that names test-driven development as a principle, no test tool. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Bram Okello',
      pronouns: { subject: 'he', object: 'him', possessive: 'his' },
      title: 'Backend Engineer',
    },
    skills: [{ id: 'backend', name: 'Backend', skills: [{ name: 'Go' }, { name: 'PostgreSQL' }] }],
    principles: ['Test-driven development', 'Small pull requests'],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('asking about unit tests', () => {
  it('shows test-driven development as the evidence instead of a "no"', () => {
    for (const q of ['has he written unit tests?', 'does he do unit testing?']) {
      const text = ask(q);
      expect(text, q).not.toMatch(/^No\b/);
      expect(text, q).toMatch(/Test-driven development/);
    }
  });

  it('reads "unit tests" as the practice, not the Python library unittest', () => {
    expect(ask('does he write unit tests?')).not.toMatch(/unittest/);
  });
});
