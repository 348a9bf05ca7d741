import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented Europass CV converted to markdown: day/month/year dates, "Company – City". */
const cv = `# Anneli Tamm

Solution Architect

## WORK EXPERIENCE

01/03/2019 – Current

**SOLUTION ARCHITECT**

Pilvekiri OÜ – Tallinn, Estonia

Main activities and responsibilities:

Lead architect for a benefits portal; lead a team of 6 developers.

01/09/2015 – 28/02/2019

**BACKEND DEVELOPER**

Kaardimeister AS – Tartu, Estonia

Developed modules of a municipal building permits register.
`;

describe('Europass entries dated to the day, the place after a dash', () => {
  const { profile } = imported(cv);

  it('reads each entry as a job at its company, with its place and months', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end, r.location])).toEqual([
      ['Pilvekiri OÜ', 'SOLUTION ARCHITECT', '2019-03', 'present', 'Tallinn, Estonia'],
      ['Kaardimeister AS', 'BACKEND DEVELOPER', '2015-09', '2019-02', 'Tartu, Estonia'],
    ]);
  });
});
