import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented backend engineer whose impact lines give no figures but one. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Ilse Marwood',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Backend Engineer',
      location: 'Leeds, UK',
    },
    impact: [
      'Led the platform team behind the claims portal rebuild.',
      'Made report generation much faster by moving it to a worker pool.',
      'Cut the nightly export from 40 minutes to 6.',
    ],
    expertise: ['Redis-backed task queues for background jobs'],
    industries: ['Insurance', 'Retail banking'],
    skills: [{ id: 'backend', name: 'Backend', skills: [{ name: 'Python' }, { name: 'Redis' }] }],
    contact: { email: 'ilse@example.com' },
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('a figure asked that the lines do not give', () => {
  it('says the profile gives no figure, then quotes what it does say', () => {
    const text = ask('how big was the team she led on the claims portal?');
    // Asked of the team she led: the leadership answer says the size is not given.
    expect(text).toMatch(/doesn't (?:give a figure for the team|mention the size of a team)/);
    expect(text).toContain('claims portal rebuild');
  });

  it('quotes a line that gives the figure as it is', () => {
    const text = ask('any numbers on how much faster the nightly export got?');
    expect(text).not.toMatch(/doesn't give a figure/);
    expect(text).toContain('40 minutes to 6');
  });
});

describe('an open question with examples after it', () => {
  it('answers the open question, not a verdict on each example', () => {
    const text = ask('what kind of domains has she worked in, like banking or ecommerce?');
    expect(text).toContain('Insurance');
    expect(text).not.toMatch(/^No\b/);
  });

  it('keeps a yes-or-no question about the example as asked', () => {
    expect(ask('does she know languages like Rust?')).toMatch(/^No\b.*Rust/);
  });
});

describe("an obscure language's name after another noun", () => {
  it('reads "job processing" as the work, not the Processing language', () => {
    const text = ask('has she worked with message queues / background job processing?');
    expect(text).not.toMatch(/Processing isn't/);
    expect(text).toContain('Redis');
  });
});

describe('"help me …"', () => {
  it('answers what the asker wants help finding', () => {
    expect(ask('can you help me get in touch with her?')).toContain('ilse@example.com');
  });

  it("refuses help with the asker's own work, saying what it answers", () => {
    const text = ask('can you help me fix my python script? it crashes on start');
    expect(text).toMatch(/^Sorry, I can't help with that/);
    expect(text).not.toMatch(/^Yes/);
  });
});

describe('a group asked for that the profile shows in other words', () => {
  const owner = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Oren Vale', title: 'Backend Engineer' },
      projects: [
        {
          id: 'tick',
          name: 'Tick',
          summary: 'A recurring scheduling engine for billing runs, with timezone awareness.',
        },
      ],
      skills: [{ id: 'backend', name: 'Backend', skills: [{ name: 'Go' }] }],
    }),
  );

  it('quotes the lines instead of a "no": a scheduling engine for "a job scheduler"', () => {
    const text = answerToPlainText(owner.ask('has he built a job scheduler before?'));
    expect(text).not.toMatch(/^No\b/);
    expect(text).toContain('recurring scheduling engine');
  });

  it('still says no when nothing is like it', () => {
    expect(answerToPlainText(owner.ask('any machine learning?'))).toMatch(/^No\b/);
  });
});

describe('how the asker wants the answer laid out', () => {
  it('is no part of what is asked: "summarise her profile in 3 bullets"', () => {
    const text = ask('summarise her profile in 3 bullets pls');
    expect(text).toMatch(/^Ilse Marwood/);
  });
});
