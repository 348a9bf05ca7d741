import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented contractor's CV: a skills matrix table and "Selected engagements". */
const cv = `# Radka Novotná — Data Platform Consultant

**Independent contractor · Spark / Airflow / dbt**

## Skills matrix

| Skill              | Years | Level        | Last used |
|--------------------|:-----:|--------------|:---------:|
| Apache Spark       | 7     | Expert       | 2024      |
| Airflow / Dagster  | 5     | Advanced     | 2024      |
| Delta Lake         | 3     | Advanced     | 2023      |
| Scala              | 4     | Intermediate | 2019      |

## Selected engagements

### Tier-1 Nordic insurer — Oslo / remote · 2022–2024
*Lead data engineer, claims lakehouse*
- Moved 40 nightly batch jobs to Spark Structured Streaming.
`;

describe("a contractor's skills matrix and engagements", () => {
  const { profile } = imported(cv);
  const skills = profile.skills.flatMap((c) => c.skills);
  const note = (name: string) => skills.find((s) => s.name === name)?.note;

  it('reads every row of the matrix, two-word names and rated pairs included', () => {
    expect(note('Apache Spark')).toBe('expert, 7 years, last used 2024');
    expect(note('Delta Lake')).toBe('advanced, 3 years, last used 2023');
    expect(note('Airflow')).toBe('advanced, 5 years, last used 2024');
    expect(note('Dagster')).toBe('advanced, 5 years, last used 2024');
    expect(note('Scala')).toBe('intermediate, 4 years, last used 2019');
  });

  it('reads each engagement as a job at the client', () => {
    expect(profile.roles.map((r) => [r.company, r.start, r.end])).toEqual([
      ['Tier-1 Nordic insurer', '2022', '2024'],
    ]);
    expect(profile.roles[0]?.highlights[0]).toMatch(/Spark Structured Streaming/);
  });
});
