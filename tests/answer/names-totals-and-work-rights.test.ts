import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const profile = ProfileSchema.parse({
  identity: {
    name: 'Rosa Quintero',
    title: 'Firmware Engineer',
    yearsOfExperience: 9,
    availability: 'Open to remote roles from March 2027',
  },
  summary: ['Authorized to work in the US for any employer.'],
  roles: [
    {
      company: 'Lumen Devices',
      title: 'Firmware Engineer',
      start: '2019-01',
      highlights: ['Ported the sensor firmware from Silicon Labs to Nordic nRF53 parts'],
    },
  ],
});
const ask = (q: string) => answerToPlainText(createAssistant(profile).ask(q));

describe('questions a recruiter types about a résumé', () => {
  it('answers "how much experience … total" with the years, "total" no field', () => {
    expect(ask('how much experience does she have total?')).toMatch(/9 years/);
  });

  it('finds a capitalised name the other words of the question do not', () => {
    const text = ask('has she worked with Nordic chips?');
    expect(text).toMatch(/Nordic nRF53/);
    expect(text).not.toMatch(/I don't know/);
  });

  it('answers a visa question with the line on the right to work', () => {
    const text = ask('does she need visa sponsorship?');
    expect(text).toMatch(/Authorized to work in the US/);
    expect(text).not.toMatch(/doesn't mention/);
  });
});
