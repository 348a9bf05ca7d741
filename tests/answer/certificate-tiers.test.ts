import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented platform engineer holding one tier of a certificate and studying for the next. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Ada Nwosu',
      pronouns: { subject: 'they', object: 'them', possessive: 'their' },
      title: 'Platform Engineer',
    },
    skills: [{ id: 'cloud', name: 'Cloud', skills: [{ name: 'AWS' }] }],
    certifications: [{ name: 'AWS Certified Solutions Architect – Associate', year: '2020' }],
    sections: [
      {
        id: 'contact',
        title: 'Contact',
        items: ['Best way to reach me is email. I reply within a day.'],
      },
    ],
    contact: { email: 'ada@example.com' },
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('a certificate asked by its tier', () => {
  it('is a no when only another tier is held, naming the one held', () => {
    const answer = ask('Do they hold the AWS Solutions Architect Professional cert?');
    expect(answer).toMatch(/^No\b/);
    expect(answer).toMatch(/Associate/);
  });

  it('is no subject when it only says what kind of certificate ("any professional certs?")', () => {
    expect(ask('do they hold any professional certifications?')).toMatch(
      /^Yes\b[\s\S]*Solutions Architect – Associate/,
    );
  });

  it('is a yes for the tier held', () => {
    expect(ask('are they AWS Solutions Architect Associate certified?')).toMatch(/^Yes\b/);
  });
});

describe('the best way to reach the owner', () => {
  it('gives the address, not only the line that says email is best', () => {
    expect(ask('best email to reach them?')).toMatch(/ada@example\.com/);
  });
});
