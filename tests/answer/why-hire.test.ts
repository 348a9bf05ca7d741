import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented profile with expertise and impact lines and a contact, no availability. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Ines Carvalho',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Data Engineer',
    },
    expertise: ['Streaming pipelines', 'Data modelling'],
    impact: ['Cut the nightly batch from 6 hours to 40 minutes.'],
    skills: [{ id: 'data', name: 'Data', skills: [{ name: 'Kafka' }, { name: 'dbt' }] }],
    contact: { email: 'ines@example.com' },
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('a recruiter asking why to hire the owner', () => {
  it('gives what the profile puts forward, leaving the judgement to the asker', () => {
    for (const q of ['why should we hire her?', 'what makes her stand out?']) {
      const text = ask(q);
      expect(text, q).toMatch(/yours to judge/);
      expect(text, q).toMatch(/Streaming pipelines/);
      expect(text, q).toMatch(/Cut the nightly batch/);
    }
  });

  it('keeps "how can I hire her?" a question about getting in touch', () => {
    const text = ask('how can I hire her?');
    expect(text).toMatch(/ines@example\.com/);
    expect(text).not.toMatch(/yours to judge/);
  });

  it('reads "available to hire?" as availability, not as lines about engineers', () => {
    const text = ask('is she available to hire?');
    expect(text).toMatch(/doesn't mention availability/);
    expect(text).not.toMatch(/Data Engineer/);
  });
});

describe('a verdict on the owner asked outright', () => {
  const bot = assistant;

  it.each(['is she a good developer?', 'would she be a good hire?', 'is she any good?'])(
    '"%s" is left to the asker, with what the profile puts forward, never a bare yes',
    (q) => {
      const text = answerToPlainText(bot.ask(q));
      expect(text).toMatch(/yours to judge/);
      expect(text).not.toMatch(/^Yes/);
    },
  );
});
