import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const identity = {
  name: 'Tariq Haddad',
  pronouns: { subject: 'he', object: 'him', possessive: 'his' },
  title: 'Data Engineer',
};
const askOf = (profile: unknown) => {
  const assistant = createAssistant(ProfileSchema.parse(profile));
  return (q: string) => answerToPlainText(assistant.ask(q));
};

describe('hobbies and interests', () => {
  it('quotes a section about life away from work, which no interests field holds', () => {
    const ask = askOf({
      identity,
      skills: [{ id: 'data', name: 'Data', skills: [{ name: 'Python' }] }],
      sections: [
        {
          id: 'off-the-clock',
          title: 'Off the clock',
          items: ['I sail dinghies on the Oslofjord and brew my own cider.'],
        },
      ],
      contact: { email: 'tariq@example.org' },
    });
    expect(ask('hobbies?')).toContain('sail dinghies');
    expect(ask('what does he do outside work?')).toContain('brew my own cider');
  });

  it('says none are stated, rather than calling "hobbies" a skill he lacks', () => {
    const ask = askOf({
      identity,
      skills: [{ id: 'data', name: 'Data', skills: [{ name: 'Python' }] }],
      contact: { email: 'tariq@example.org' },
    });
    const text = ask('hobbies?');
    expect(text).toMatch(/doesn't mention hobbies or interests/);
    expect(text).not.toMatch(/^No — Hobbies/);
  });
});

describe('a lesson asked is a task, a question about the owner is not', () => {
  const ask = askOf({
    identity,
    skills: [{ id: 'data', name: 'Data', skills: [{ name: 'Kafka' }] }],
    impact: ['Scaled the ingestion pipeline to 2 billion events a day.'],
  });

  it('refuses "can you explain how Kafka rebalancing works?" without a skill verdict', () => {
    const text = ask('can you explain how Kafka rebalancing works?');
    expect(text).toMatch(/^Sorry, I can't help with that/);
  });

  it('answers "explain how he scaled the pipeline" from the profile', () => {
    expect(ask('explain how he scaled the ingestion pipeline')).toContain('2 billion events');
  });
});
