import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented freelance platform engineer who gave one talk. */
const profileOf = (availability: string) =>
  ProfileSchema.parse({
    identity: {
      name: 'Ines Varga',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Platform Engineer',
      location: 'Graz, Austria',
      availability,
    },
    summary: [
      'We went from monthly releases to about forty deploys a day, which I am still smug about.',
      'Speaking once made me want to do it again, so if you run a meetup, ask me.',
      "I'm not looking for full-time permanent roles right now.",
      "People assume I must have a shelf of badges, given how much I've done; I never sat an exam.",
    ],
    publications: [{ kind: 'talk', title: 'Boring Rollouts', venue: 'SREcon EMEA', date: '2023' }],
    contact: { email: 'ines@example.com' },
  });
const assistant = createAssistant(profileOf('Taking on freelance contracts from March 2025.'));
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('the terms of the work asked as a yes or a no', () => {
  it('says no to a permanent job the profile turns down', () => {
    expect(ask('would she consider a permanent full time position with us?')).toMatch(/^No\b/);
  });

  it('says yes to contract work the availability offers', () => {
    expect(ask('is she open to contract work?')).toMatch(/^Yes\b/);
  });

  it('reads remote work said in Portuguese', () => {
    const remote = createAssistant(profileOf('Aberta a oportunidades remotas a partir de março.'));
    expect(answerToPlainText(remote.ask('is she open to remote positions?'))).toMatch(/^Yes\b/);
  });
});

describe('"these days"', () => {
  it('asks where she is now, not about days', () => {
    expect(ask("where's she based these days")).toContain('Graz, Austria');
  });
});

describe('talks asked in other words', () => {
  it('answers "presented at a conference" and "given any talks" with the talks', () => {
    for (const q of ['has she ever presented at a conference?', 'has she given any talks?']) {
      const answer = ask(q);
      expect(answer).toMatch(/^Yes\b/);
      expect(answer).toContain('Boring Rollouts');
    }
  });

  it('gives no yes to reviewing for conferences, which no line says', () => {
    expect(ask('does she review for conferences?')).not.toMatch(/^Yes\b/);
  });
});
