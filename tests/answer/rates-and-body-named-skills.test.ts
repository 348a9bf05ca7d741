import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented DACH freelancer whose rate and methods are written as German CVs write them. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Jonas Vogelsang',
      pronouns: { subject: 'he', object: 'him', possessive: 'his' },
      title: 'Senior .NET Entwickler',
    },
    summary: ['Stundensatz: 95 € (remote) / 105 € (vor Ort), zzgl. MwSt. und Reisekosten'],
    skills: [
      {
        id: 'methoden',
        name: 'Methoden',
        skills: [{ name: 'Scrum' }, { name: 'ISTQB-Testprozesse' }],
      },
    ],
    certifications: [{ name: 'Professional Scrum Master I', year: '2019' }],
    contact: { email: 'jonas@example.org' },
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('a rate written with the currency after the amount, under a German label', () => {
  it('quotes the whole line instead of saying no rate is given', () => {
    const text = ask("what's his hourly rate?");
    expect(text).not.toMatch(/doesn't mention/);
    expect(text).toContain('95 € (remote) / 105 € (vor Ort), zzgl. MwSt. und Reisekosten');
  });
});

describe('a skill named after a certifying body', () => {
  it('is not a certificate: the answer is a clear no', () => {
    expect(ask('is he ISTQB certified?')).toMatch(/^No — no ISTQB certification is in/);
  });
});
