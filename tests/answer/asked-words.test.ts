import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented health-tech freelancer whose facts sit in prose, and two repositories. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Mirela Kovač',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Freelance Engineer',
      location: 'Zagreb, Croatia',
    },
    summary: [
      'I build patient portals and clinical scheduling for hospitals and clinics across Europe.',
      'Since 2020 my clients have included Larkspur Digital, a Leeds-based NHS supplier, where I built FHIR integrations.',
      "I'm based in Zagreb (UTC+1) and work remotely.",
    ],
    projects: [
      { id: 'fhir-lint', name: 'fhir-lint', summary: 'A linter for FHIR resources; 900 stars.' },
      { id: 'slotfinder', name: 'slotfinder', summary: 'Appointment slot search for clinics.' },
    ],
    contact: { github: 'https://github.com/mkovac' },
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('the words that carry a question', () => {
  it('finds the line with the asked word itself before lines of related words', () => {
    const text = ask('has she done any NHS related work');
    expect(text).toMatch(/^Yes — here's what Mirela's profile says:\n• About: Since 2020/);
  });

  it('reads "tz" as the time zone, a question about where she is', () => {
    expect(ask('what tz is she in')).toMatch(/UTC\+1/);
  });

  it('answers repositories and their stars with the projects, not the GitHub address', () => {
    expect(ask('which of her repos has the most stars?')).toMatch(/fhir-lint/);
    expect(ask('any open source contributions?')).toMatch(/slotfinder/);
  });

  it('greets back a greeting that only announces the questions to come', () => {
    expect(ask('hi, quick q about this candidate')).toMatch(/^Hello!/);
    expect(ask('hi there! quick q about her CV')).toMatch(/^Hello!/);
  });

  it('still answers a greeting that asks for the CV', () => {
    expect(ask('hi, can I see her CV?')).not.toMatch(/^Hello!/);
  });
});
