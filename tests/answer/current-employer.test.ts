import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented engineer with a job now, two before it, and a project used by companies. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Efua Mensah',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Data Engineer',
      location: 'Accra, Ghana',
    },
    roles: [
      { company: 'Kente Pay', title: 'Data Engineer', start: '2022-04', end: 'present' },
      { company: 'Volta Telecom', title: 'BI Developer', start: '2019', end: '2022' },
      { company: 'Sankofa Labs', title: 'Analyst Intern', start: '2018', end: '2019' },
    ],
    projects: [
      {
        id: 'ledger-lint',
        name: 'ledger-lint',
        summary: 'A dbt linter, used by a handful of companies.',
      },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('the employer asked for now', () => {
  it('answers with the job held now, then the jobs before it', () => {
    for (const q of ['where does she work now?', 'who is her current employer?']) {
      const text = ask(q);
      expect(text.split('\n')[0]).toBe('Efua works at Kente Pay as Data Engineer (since 2022-04).');
      expect(text).toMatch(/Before that:\n• BI Developer, Volta Telecom/);
      expect(text).not.toContain('ledger-lint');
    }
  });

  it('reads "where did she work before?" as her employers, not where she lives', () => {
    const text = ask('where did she work before?');
    expect(text).toContain('Volta Telecom');
    expect(text).not.toMatch(/based in Accra/);
  });

  it('tells no project line as an employer beside the whole list', () => {
    expect(ask('where has she worked?')).not.toContain('handful of companies');
  });
});
