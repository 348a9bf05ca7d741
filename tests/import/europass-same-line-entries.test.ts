import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// An invented Europass CV whose entries put the dates and the position on one line, the
// employer on the line under it, and list certificates as bold years in the education part.
const cv = `# Curriculum Vitae

## PERSONAL INFORMATION

**Marta Zielińska**

📍 Gdańsk (Poland)
✉️ marta.zielinska@example.pl

Sex Female | Date of birth 02/03/1990 | Nationality Polish

**POSITION / PREFERRED JOB:** Analytics Engineer

## WORK EXPERIENCE

**01/04/2020 – Present** &nbsp; **Analytics Engineer** (BI Developer until 2021)
Bursztyn Logistics Sp. z o.o., Gdańsk (Poland)

- Built the warehouse on Google Cloud (BigQuery, Cloud Storage, Pub/Sub, Dataflow)
- Scheduled the loads in Apache Airflow (Cloud Composer)

**09/2016 – 03/2020** &nbsp; **Report Developer**
Bałtyk Bank S.A., Sopot (Poland)

- Reports in Power BI and SSRS

## EDUCATION AND TRAINING

**10/2011 – 07/2016** &nbsp; Master's degree in Computer Science
Gdańsk University of Technology, Gdańsk (Poland)

**2022** Google Cloud Certified – Professional Data Engineer (Google Cloud)
**2019** Microsoft Certified: Data Analyst Associate — expired 2021, not renewed
`;

describe('a Europass CV with dates and position on one line', () => {
  const { profile } = imported(cv);

  it('takes the preferred job as the title, never a line of personal details', () => {
    expect(profile.identity.title).toBe('Analytics Engineer');
  });

  it('reads each job: position, employer, place and dates', () => {
    expect(
      profile.roles.map((r) => [r.title, r.company, r.location, r.start, r.end].join(' | ')),
    ).toEqual([
      'Analytics Engineer | Bursztyn Logistics Sp. z o.o. | Gdańsk, Poland | 2020-04 | present',
      'Report Developer | Bałtyk Bank S.A. | Sopot, Poland | 2016-09 | 2020-03',
    ]);
  });

  it('reads the degree under its dates with its school', () => {
    expect(profile.education).toHaveLength(1);
    expect(profile.education[0]).toMatchObject({
      institution: 'Gdańsk University of Technology',
      degree: "Master's degree",
    });
  });

  it('reads a bold year over a certificate as its year, the bracket as its issuer, a lapse as said', () => {
    expect(profile.certifications).toEqual([
      {
        name: 'Google Cloud Certified – Professional Data Engineer',
        issuer: 'Google Cloud',
        year: '2022',
      },
      {
        name: 'Microsoft Certified: Data Analyst Associate',
        issuer: 'expired 2021, not renewed',
        year: '2019',
      },
    ]);
  });

  it('names the rarer tools of a bracket after a known one as technologies of the job', () => {
    expect(profile.roles[0]?.technologies).toEqual(
      expect.arrayContaining(['BigQuery', 'Cloud Storage', 'Dataflow', 'Cloud Composer']),
    );
    expect(profile.roles[1]?.technologies).toEqual(expect.arrayContaining(['Power BI', 'SSRS']));
  });
});

describe('a Europass line of personal details', () => {
  const { profile } = imported(cv);

  it('is kept as a section of its own, never among the summary lines an introduction quotes', () => {
    expect(profile.summary.join(' ')).not.toContain('Date of birth');
    expect(profile.sections.find((s) => s.id === 'personal-details')?.items).toEqual([
      'Sex Female | Date of birth 02/03/1990 | Nationality Polish',
    ]);
  });
});
