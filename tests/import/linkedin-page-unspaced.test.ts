import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// An invented LinkedIn profile copied without the blank lines between entries: certificates,
// schools and positions follow each other line after line.
const page = [
  'Sanne de Wit-Amrani',
  'Senior Data Engineer @ Polderweg Freight | Airflow · dbt',
  'Groningen, Groningen, Netherlands · Contact info',
  '',
  'About',
  'Eight years of data pipelines. Outside work I mentor with Women in Data Groningen and I bake bread.',
  '',
  'Experience',
  'Senior Data Engineer',
  'Polderweg Freight · Full-time',
  'Feb 2021 - Present · 3 yrs 10 mos',
  'Groningen, Netherlands · Hybrid',
  'Moved the nightly loads from cron on a VM to Airflow + MLflow on Kubernetes.',
  'Skills: Python (Programming Language) · Apache Spark · +3 skills',
  '',
  'Education',
  'Rijksuniversiteit Groningen',
  'Master of Science - MS, Computing Science',
  '2014 - 2016',
  'Thesis: "Streaming joins under skew"',
  'Hanzehogeschool Groningen',
  'Bachelor of Science - BS, Informatics',
  '2010 - 2014',
  '',
  'Licenses & certifications',
  'Microsoft Certified: Azure Data Engineer Associate',
  'Microsoft',
  'Issued Mar 2022',
  'Credential ID 7F3K2',
  'dbt Fundamentals',
  'dbt Labs',
  'Issued Sep 2021',
].join('\n');

describe('a LinkedIn page copied without blank lines between entries', () => {
  const { profile } = imported(page);

  it('reads each certificate with its own issuer and year', () => {
    expect(profile.certifications).toEqual([
      {
        name: 'Microsoft Certified: Azure Data Engineer Associate',
        issuer: 'Microsoft',
        year: '2022',
      },
      { name: 'dbt Fundamentals', issuer: 'dbt Labs', year: '2021' },
    ]);
  });

  it('reads each school with its own degree and years', () => {
    expect(profile.education.map((e) => `${e.institution}: ${e.start}–${e.end}`)).toEqual([
      'Rijksuniversiteit Groningen: 2014–2016',
      'Hanzehogeschool Groningen: 2010–2014',
    ]);
  });

  it('adds the tools the position text names to the skills listed under it', () => {
    expect(profile.roles[0]?.technologies).toEqual(
      expect.arrayContaining(['Python', 'Apache Spark', 'Airflow', 'MLflow', 'Kubernetes']),
    );
  });

  it('reads mentoring with a group as volunteering, not as a pastime', () => {
    expect(profile.volunteer).toEqual([
      { organization: 'Women in Data Groningen', position: 'Mentor', highlights: [] },
    ]);
    expect(profile.interests.map((i) => i.name)).not.toContain(
      'mentoring with Women in Data Groningen',
    );
  });
});
