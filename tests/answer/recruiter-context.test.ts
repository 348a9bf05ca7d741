import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/**
 * A profile that states no spoken language and no working terms, whose summary says
 * "cloud-native", and a project built for live data: what recruiters screen for in chat.
 */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Rahel Tesfaye',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Senior Platform Engineer',
      location: 'Addis Ababa, Ethiopia',
    },
    summary: ['I build cloud-native platforms for logistics companies.'],
    skills: [{ id: 'ops', name: 'Ops', skills: [{ name: 'Kubernetes' }, { name: 'Go' }] }],
    projects: [
      {
        id: 'tracker',
        name: 'Fleet tracker',
        summary: 'Live vehicle positions with real-time event streaming over WebSockets.',
      },
    ],
    contact: { email: 'rahel@example.org' },
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('a recruiter’s context beside the question', () => {
  it('"we are hiring for …" frames the question; it does not ask for contact details', () => {
    const text = ask(
      "We're hiring for a real-time systems team. Has she built anything real-time?",
    );
    expect(text).toContain('Fleet tracker');
    expect(text).not.toMatch(/reach Rahel/);
  });

  it('still gives contact details when the hiring asker names a channel', () => {
    expect(ask("we're hiring, what's her email?")).toContain('rahel@example.org');
  });

  it('answers the sentence that asks, beside one that only explains why', () => {
    const text = ask(
      'Is she senior or more mid level? Trying to figure out which req to put her on',
    );
    expect(text).toMatch(/Senior Platform Engineer/);
  });
});

describe('absences said about what was asked', () => {
  it('"cloud-native" is no spoken language: none stated is said so', () => {
    const text = ask('what languages does she speak? (spoken, not programming lol)');
    expect(text).toMatch(/doesn't mention spoken languages/);
  });

  it('names remote work when asked about it and nothing is stated', () => {
    expect(ask('Is she open to fully remote roles?')).toMatch(/doesn't mention remote work/);
    expect(ask('would she relocate?')).toMatch(/doesn't mention relocation/);
  });
});
