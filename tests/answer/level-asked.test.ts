import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented engineer: a senior title now, a lead job before, a team she mentored. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Maren Aalto',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Senior Data Engineer',
      yearsOfExperience: 9,
    },
    skills: [{ id: 'data', name: 'Data', skills: [{ name: 'Spark' }, { name: 'Airflow' }] }],
    roles: [
      {
        company: 'Kelo Analytics',
        title: 'Senior Data Engineer',
        start: '2022',
        end: 'present',
        highlights: ['Mentored three graduate engineers through their first year.'],
      },
      {
        company: 'Pohjola Retail',
        title: 'Lead Data Engineer',
        start: '2018',
        end: '2022',
        highlights: ['Moved the nightly loads to Airflow.'],
      },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('a level asked of the owner', () => {
  it('leaves the judgement to the asker and gives the title, years and leading', () => {
    const text = ask('is she senior enough for a staff role?');
    expect(text).toMatch(/^Whether Maren is ready for a staff role is for you to judge/);
    expect(text).toContain('Senior Data Engineer');
    expect(text).toContain('9 years');
    expect(text).toContain('Mentored three graduate engineers');
    expect(text).not.toMatch(/^(?:Yes|No)\b/);
  });

  it('names the job she held at the level asked', () => {
    expect(ask('could she step in as a lead engineer?')).toMatch(
      /Held: Lead Data Engineer at Pohjola Retail \(2018 – 2022/,
    );
  });

  it('says the title already holds the level, with the skills of the field', () => {
    const text = ask('would she be a good fit for a senior data position?');
    expect(text).toMatch(/^Maren is already a \*{0,2}Senior Data Engineer/);
    expect(text).toContain('Spark, Airflow');
  });

  it('leaves a team-fit question without a level to the team-fit answer', () => {
    expect(ask('would she be a good fit for our team?')).toMatch(/fits your team/);
  });
});
