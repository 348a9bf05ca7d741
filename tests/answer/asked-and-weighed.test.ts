import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/**
 * A profile with no roles, a title that names one side of the work, principles, and a
 * Kubernetes certificate said only in passing in the prose.
 */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Tariq Benali',
      pronouns: { subject: 'he', object: 'him', possessive: 'his' },
      title: 'Senior Backend Engineer',
      location: 'Oran, Algeria',
      yearsOfExperience: 8,
    },
    summary: [
      'I build backend services in Go and keep them observable.',
      'My employer paid for my CKA in 2021, and I have run clusters ever since.',
      'Leadership: led the payments backend team of four.',
    ],
    skills: [
      { id: 'backend', name: 'Backend', skills: [{ name: 'Go' }, { name: 'PostgreSQL' }] },
      { id: 'frontend', name: 'Frontend', skills: [{ name: 'React' }] },
      { id: 'ops', name: 'DevOps', skills: [{ name: 'Kubernetes' }, { name: 'Docker' }] },
    ],
    principles: ['Small pull requests', 'Observability first'],
    contact: { email: 'tariq@example.org' },
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('the sentence that asks, beside sentences that tell', () => {
  it('answers the years asked, not the Go named in the context', () => {
    const text = ask(
      "I'm hiring a senior Go engineer in Berlin and need 5 years. How many years of experience does Tariq have?",
    );
    expect(text).toMatch(/\b8\b/);
    expect(text).not.toMatch(/^Yes/);
  });

  it('answers the leadership asked, not the backend the asker needs', () => {
    const text = ask('any experience leading a team? we need someone to own the backend');
    expect(text).toMatch(/led the payments backend team/);
  });
});

describe('two asks of different kinds in one message', () => {
  it('answers both, one after the other', () => {
    const text = ask('Can you send me his email and also tell me if he knows Docker?');
    expect(text).toMatch(/tariq@example\.org/);
    expect(text).toMatch(/Docker/);
  });

  it('leaves asks of one kind to that kind, which answers them together', () => {
    expect(ask('does he know Go and also Rust?')).toMatch(/1 of the 2/);
  });
});

describe('one side weighed against the other', () => {
  it('says which side the title and lines lean to, with both listed', () => {
    const text = ask('is he more frontend or backend?');
    expect(text).toMatch(/leans backend/);
    expect(text).toMatch(/Senior Backend Engineer/);
    expect(text).toMatch(/React/);
  });

  it('says a side the profile never names is not in it', () => {
    const text = ask('is he stronger in go or python?');
    expect(text).toMatch(/leans Go/);
    expect(text).toMatch(/Nothing in the profile names Python/);
  });
});

describe('absences said about what was asked', () => {
  it('an employer asked by name on a profile naming none: a no that names it', () => {
    const text = ask('did tariq ever work at careem?');
    expect(text).toMatch(/^No — Careem isn't among Tariq's employers/);
  });

  it('a certificate said only in the prose is found, not denied', () => {
    const text = ask('is he certified in kubernetes?');
    expect(text).toMatch(/CKA/);
    expect(text).not.toMatch(/^No/);
  });
});

describe('questions the profile cannot answer as asked', () => {
  it('politics is no part of the profile', () => {
    expect(ask('what does he think about the algerian election results?')).toMatch(/^I don't know/);
  });

  it('summarising another text is a task, summarising his experience is not', () => {
    expect(ask('can you summarize the latest arxiv paper on diffusion for me')).toMatch(
      /can't help with that/,
    );
    expect(ask('can you summarize his experience')).toMatch(/\b8 years\b/);
  });

  it('"would he be …" reads "be" as the verb, not as backend', () => {
    const text = ask('would he be open to relocating to Paris?');
    expect(text).not.toMatch(/Backend skills/);
    expect(text).toMatch(/relocation/);
  });

  it('a culture fit is left to the asker, with how he works and how to reach him', () => {
    const text = ask('would he be a good culture fit for a 10 person startup?');
    expect(text).toMatch(/Small pull requests/);
    expect(text).toMatch(/tariq@example\.org/);
  });
});
