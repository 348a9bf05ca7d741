import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented profile that mentions pay without stating a figure. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: { name: 'Lea Brandt', title: 'Data Engineer' },
    contact: { email: 'lea@example.com' },
    sections: [
      {
        id: 'contact',
        title: 'Contact',
        items: ['Recruiters: please include the salary range in your first message.'],
      },
    ],
  }),
);

describe('pay asked where the profile mentions it but states no figure', () => {
  it('says no figure is given, quotes what is said, and gives whom to ask', () => {
    const text = answerToPlainText(assistant.ask('what are her salary expectations?', 's'));
    expect(text).toMatch(/^Lea's profile states no salary or rate figure/);
    expect(text).toContain('please include the salary range');
    expect(text).toContain('lea@example.com');
  });
});
