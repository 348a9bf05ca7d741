import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/**
 * An invented plain-text CV: a name in capitals with a quoted nickname, a job worked remotely
 * from a later year, a heading with a slash, projects at the margin with indented wrapped lines.
 */
const cv = `ROSALIND "ROZ" OKONKWO-BRANDT
Staff Data Engineer
Leeds, UK  |  roz.ob@example.org  |  github.com/roz-ob

SUMMARY

Data engineer with 11 years of experience in retail and energy.

EXPERIENCE

Fernhill Energy - Leeds, UK
Staff Data Engineer                                                 Apr 2020 - Present
- Own the metering pipeline in Scala and Spark.

Kestrel Retail - Sheffield, UK (remote from 2017)
Data Engineer                                                       2015–2020
- Built the stock forecasting jobs in Python.

CERTIFICATIONS

Databricks Certified Data Engineer Professional - 2023

OPEN SOURCE / SIDE PROJECTS

meterlint - a Scala linter for half-hourly meter reads that flags gaps
  and duplicates before they reach billing. ~90 stars.
tariffdiff - compares two tariff files and prints what changed (Python).
`;

describe('a plain-text CV with a nickname, a remote note and unbulleted projects', () => {
  const { profile } = imported(cv);

  it('takes the capitals line with a quoted nickname as the name, in name case', () => {
    expect(profile.identity.name).toBe('Rosalind "Roz" Okonkwo-Brandt');
    expect(profile.identity.title).toBe('Staff Data Engineer');
  });

  it('keeps the year in "(remote from 2017)" out of the job\'s dates', () => {
    const kestrel = profile.roles.find((r) => r.company === 'Kestrel Retail');
    expect(kestrel).toMatchObject({ title: 'Data Engineer', start: '2015', end: '2020' });
    expect(kestrel?.location).toContain('Sheffield');
  });

  it('reads a heading with a slash as its section, so no certificate swallows the projects', () => {
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'Databricks Certified Data Engineer Professional',
    ]);
    expect(profile.projects.map((p) => p.name)).toEqual(['meterlint', 'tariffdiff']);
    expect(profile.projects[0]?.summary).toMatch(/flags gaps and duplicates before they reach/);
  });
});
