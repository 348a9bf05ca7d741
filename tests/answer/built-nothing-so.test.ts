import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented profile with two projects and a role line about payouts. */
const bot = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Wren Adebayo',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Backend Engineer',
    },
    skills: [{ id: 'be', name: 'Backend', skills: [{ name: 'Go' }, { name: 'PostgreSQL' }] }],
    projects: [
      { id: 'tallyho', name: 'tallyho', summary: 'A ledger service for marketplace payouts.' },
      { id: 'quill', name: 'quill', summary: 'A static site generator for engineering notes.' },
    ],
    roles: [
      {
        company: 'Brightfold',
        title: 'Backend Engineer',
        highlights: ['Ran the payout reconciliation jobs.'],
      },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(bot.ask(q));

describe('"has she built X?" for a thing the profile never names', () => {
  it('is a clear no that names the thing as asked, with the projects there are', () => {
    const text = ask('has she built any Chrome extensions?');
    expect(text).toMatch(/^No — nothing in Wren's profile mentions Chrome extensions/);
    expect(text).toMatch(/tallyho/);
  });

  it('is no "no" for a thing a project or role line names in other words', () => {
    expect(ask('has she built a ledger?')).not.toMatch(/^No/);
    expect(ask('has she built reconciliation jobs?')).not.toMatch(/^No/);
  });
});
