import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented test engineer: two certificates of one body, three jobs, a stated availability. */
const profile = ProfileSchema.parse({
  identity: {
    name: 'Ilse Vermeulen',
    pronouns: { subject: 'she', object: 'her', possessive: 'her' },
    title: 'SDET Lead',
    yearsOfExperience: 9,
    availability: '30 days notice. Remote within EU time zones. Not open to relocation.',
  },
  skills: [
    { id: 'backend', name: 'Backend', skills: [{ name: 'Java' }, { name: 'Spring Boot' }] },
    { id: 'frontend', name: 'Frontend', skills: [{ name: 'React' }] },
  ],
  roles: [
    { company: 'Kade Logistics', title: 'SDET Lead', start: '2022', end: 'present' },
    { company: 'Polder Bank', title: 'QA Engineer', start: '2018', end: '2022' },
    { company: 'Dijk Retail', title: 'Tester', start: '2016', end: '2018' },
  ],
  certifications: [
    { name: 'ISTQB Certified Tester Foundation Level (CTFL)', year: '2016' },
    { name: 'ISTQB Advanced Level Test Automation Engineer (CTAL-TAE)', year: '2020' },
  ],
});
const assistant = createAssistant(profile);
const ask = (q: string, conversation = q) => answerToPlainText(assistant.ask(q, conversation));

describe("a certifying body's tiers", () => {
  it('says no to a tier of the body she does not hold', () => {
    const answer = ask('is she ISTQB advanced test manager certified?');
    expect(answer).toMatch(/^No\b/);
    expect(answer).toContain('CTAL-TAE');
  });

  it('says yes to the tier she holds, naming only that certificate', () => {
    const answer = ask('does she have an advanced ISTQB certificate?');
    const [verdict] = answer.split('\n');
    expect(verdict).toMatch(/^Yes\b/);
    expect(verdict).toContain('Test Automation Engineer');
    expect(verdict).not.toContain('Foundation Level');
  });
});

describe('a follow-up after a job', () => {
  it('answers "where did she work before that" with the jobs before, not her location', () => {
    ask('what does she do at kade logistics?', 'before');
    const answer = ask('where did she work before that', 'before');
    expect(answer).toContain('Polder Bank');
    expect(answer).not.toMatch(/based in/);
  });
});

describe('pay and moving, asked plainly', () => {
  it('says the profile states no pay for "what is she earning now"', () => {
    expect(ask('what is she earning now')).toMatch(/doesn't mention salary/);
  });

  it('answers "would she move to Berlin for the job?" from the stated availability', () => {
    expect(ask('would she move to Berlin for the job?')).toContain('Not open to relocation');
  });
});

describe('chat shorthand and two groups asked together', () => {
  it('reads "hw many yrs exp" as a question about years, never a skill called HW', () => {
    const answer = ask('hw many yrs exp does she have');
    expect(answer).toContain('9');
    expect(answer).not.toMatch(/^No\b/);
  });

  it('answers each group of "purely backend or does she touch frontend too"', () => {
    const answer = ask('is she purely backend or does she touch frontend too');
    expect(answer).toContain('Spring Boot');
    expect(answer).toContain('React');
  });
});
