import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented backend engineer: machine learning only in a role's text, CI/CD as a skill. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Ana Reis',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Backend Engineer',
    },
    skills: [{ id: 'be', name: 'Backend', skills: [{ name: 'Python' }, { name: 'CI/CD' }] }],
    roles: [
      {
        company: 'Fraudly',
        title: 'Backend Engineer',
        summary: 'Built machine learning models for fraud scoring.',
      },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('pipelines of machine learning asked about', () => {
  it('shows the machine learning the profile tells, never a no', () => {
    const answer = ask('has she built ML pipelines?');
    expect(answer).not.toMatch(/^No\b/);
    expect(answer).toContain('machine learning models');
  });
});
