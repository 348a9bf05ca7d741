import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { FIELD_PARTS } from '../../src/answer/meaning/field-parts.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

// Invented: an SRE whose summary names payment platforms, never "fintech".
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Kojo Owusu',
      pronouns: { subject: 'he', object: 'him', possessive: 'his' },
      title: 'Site Reliability Engineer',
    },
    summary: ['Eight years keeping payment and telecom platforms up; continuous delivery fan.'],
  }),
);
const say = (q: string) => answerToPlainText(assistant.ask(q));

describe('a field shown by work that is part of it', () => {
  it('is no "no" when the profile shows payments work for fintech', () => {
    const out = say('has he worked in fintech?');
    expect(out).not.toMatch(/^No\b/);
    expect(out).toContain('payment and telecom platforms');
  });

  it('still says no to a field nothing shows, whatever words code shares with it', () => {
    // "continuous delivery" is no logistics work.
    expect(say('has he worked in logistics?')).toMatch(/^No\b/);
  });

  it('keeps each field to parts written in lower case, several words at most three', () => {
    for (const [field, parts] of Object.entries(FIELD_PARTS)) {
      expect(field).toBe(field.toLowerCase());
      for (const part of parts) expect(part.split(' ').length, part).toBeLessThanOrEqual(3);
    }
  });
});
