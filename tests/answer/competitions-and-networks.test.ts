import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented data scientist with a Kaggle link and a competition record. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Ines Okoro',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Data Scientist',
    },
    sections: [
      {
        id: 'kaggle',
        title: 'Kaggle',
        items: ['Competitions Master, highest competition rank #204.'],
      },
    ],
    projects: [
      {
        id: 'm5',
        name: 'm5-solution',
        summary: 'Our 11th place M5 forecasting solution with LightGBM.',
      },
    ],
    contact: {
      email: 'ines@example.org',
      other: [{ label: 'Kaggle', url: 'https://www.kaggle.com/inesokoro' }],
    },
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('a network named in a question about something else', () => {
  it('answers the ranking, not with the contact links', () => {
    const text = ask('whats her kaggle ranking?');
    expect(text).toMatch(/#204/);
    expect(text).not.toMatch(/^You can reach/);
  });

  it('still gives the link when the link is asked', () => {
    expect(ask('whats her kaggle?')).toMatch(/kaggle\.com\/inesokoro/);
  });
});

describe('"comp" after a competition', () => {
  it('is a competition, not compensation', () => {
    const text = ask('what place did she get in the M5 forecasting comp');
    expect(text).not.toMatch(/salary/);
    expect(text).toMatch(/11th place/);
  });
});

describe('a network asked with a word that a title also holds', () => {
  const lead = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Liu Chen',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Backend Tech Lead',
      },
      contact: { email: 'liu@example.org', website: 'https://blog.example.org' },
    }),
  );

  it('"does he write any tech blog?" gives the blog, not the Tech Lead title', () => {
    const text = answerToPlainText(lead.ask('does he write any tech blog?'));
    expect(text).toMatch(/blog\.example\.org/);
    expect(text).not.toMatch(/^Here's what/);
  });
});

describe('one channel asked by name', () => {
  it('gives the channel asked first, then the others', () => {
    expect(ask("what's her kaggle?").split('\n').slice(0, 2)).toEqual([
      'You can reach Ines here:',
      '• Kaggle: https://www.kaggle.com/inesokoro',
    ]);
    expect(ask('email?').split('\n')[1]).toMatch(/^• Email: ines@example\.org/);
  });
});
