import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const profile = ProfileSchema.parse({
  identity: {
    name: 'Marek Nowak',
    pronouns: { subject: 'he', object: 'him', possessive: 'his' },
    title: 'Data Engineer',
  },
  skills: [{ id: 'data', name: 'Data', skills: [{ name: 'Python' }, { name: 'Airflow' }] }],
  roles: [
    {
      company: 'LPP S.A.',
      title: 'Senior Data Engineer',
      start: '2021-03',
      end: 'present',
      highlights: ['Moved 400 nightly jobs onto Airflow.'],
    },
    {
      company: 'DHL Supply Chain',
      title: 'Data Engineer',
      start: '2018-06',
      end: '2021-02',
      highlights: ['Designed the freight warehouse models.'],
    },
  ],
});
const ask = (q: string) => answerToPlainText(createAssistant(profile).ask(q, 'employer-acronyms'));

describe('an employer asked by the acronym its name is written with', () => {
  it('answers with that job, its dates and what he did there', () => {
    const lpp = ask('what does he do at LPP?');
    expect(lpp).toContain('Senior Data Engineer at LPP S.A.');
    expect(lpp).toContain('Moved 400 nightly jobs onto Airflow.');
    const dhl = ask('tell me about his time at dhl');
    expect(dhl).toContain('Data Engineer at DHL Supply Chain');
    expect(dhl).toContain('Designed the freight warehouse models.');
  });
});
