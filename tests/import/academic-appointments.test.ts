import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { imported } from '../support/import-fixture.ts';

// An invented research software engineer's CV: appointments as dated items whose description
// runs on the next line, a department and a university for an employer, a supervisor listed.
const cv = `# Tomasz Wrona, PhD

Research Software Engineer

## Appointments

- **2021–present** · Research Software Engineer, Department of Ocean Physics, University of Gdańsk, Poland
  Lead developer of the group's ensemble post-processing pipeline and its Slurm workflows.

## Education

- **PhD in Physical Oceanography**, University of Gdańsk, 2016–2020
  Supervisor: Prof. Anna Kowal
`;

describe('an academic appointment', () => {
  const { profile } = imported(cv);

  it('keeps the description under the dated line out of the employer', () => {
    const [role] = profile.roles;
    expect(role?.title).toBe('Research Software Engineer');
    expect(role?.company).toBe('Department of Ocean Physics, University of Gdańsk');
    expect(role?.location).toBe('Poland');
    expect(JSON.stringify(role)).toMatch(/Lead developer of the group/);
  });

  it('answers who supervised the PhD from the degree’s own details', () => {
    const text = answerToPlainText(createAssistant(profile).ask('who supervised his phd?'));
    expect(text).toMatch(/Anna Kowal/);
  });
});
