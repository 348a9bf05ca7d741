import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** A profile imported from a German CV lists its languages by their German names. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Jonas Brückner',
      pronouns: { subject: 'he', object: 'him', possessive: 'his' },
      title: 'Backend-Entwickler',
    },
    languages: [
      { name: 'Deutsch', proficiency: 'Muttersprache' },
      { name: 'Englisch', proficiency: 'fließend, C1' },
    ],
  }),
);
const ask = (question: string) => answerToPlainText(assistant.ask(question));

describe('spoken languages named in German, French or Spanish', () => {
  it('answers "does he speak German?" from "Deutsch"', () => {
    expect(ask('does he speak German?')).toMatch(/^Yes\b.*Deutsch \(Muttersprache\)/);
  });

  it('answers "Spricht er Englisch?" from "Englisch"', () => {
    expect(ask('Spricht er Englisch?')).toMatch(/^Yes\b.*Englisch \(fließend, C1\)/);
  });

  it('still says no to a language not listed', () => {
    expect(ask('does he speak French?')).toMatch(/^No\b/);
  });
});
