import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { profileOf } from './profile-fit.ts';

const profile = profileOf(`# Lea Moreau

Data Engineer | Python | Airflow

## Skills

- **Data:** Python, SQL, Airflow, dbt
`);

const kinds = (jd: string) =>
  Object.fromEntries(
    createFit(profile)
      .fit(jd)
      .requirements.map((r) => [r.requirement, r.kind]),
  );

describe('a "Preferred experience" section followed by a bonus one', () => {
  it('holds the must-haves; the bonus list the nice-to-haves', () => {
    const jd = `## Job description\n\nYou will build pipelines.\n\n## Preferred experience\n\n- You master Python and SQL\n- You have orchestrated pipelines with Airflow\n\nBonus :\n\n- Experience with dbt\n`;
    expect(kinds(jd)).toEqual({
      'You master Python and SQL': 'must',
      'You have orchestrated pipelines with Airflow': 'must',
      'Experience with dbt': 'nice',
    });
  });

  it('stays preferred beside a required section', () => {
    const jd = `## Required qualifications\n\n- Python\n\n## Preferred qualifications\n\n- Airflow\n\n## Bonus\n\n- dbt\n`;
    expect(kinds(jd)).toEqual({ Python: 'must', Airflow: 'nice', dbt: 'nice' });
  });
});
