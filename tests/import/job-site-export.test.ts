import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

// A résumé as a job site exports it to plain text: title-case headings, "Title / Company -
// City, ST / Month YYYY to Present" blocks, dated certificates, "Additional Information".
const txt = `Dana Whitfield
Raleigh, NC 27601
dana.whitfield@example.com

Data engineer with 7 years of experience building pipelines for healthcare claims.

Work Experience

Senior Data Engineer
Bluepine Health - Raleigh, NC
April 2020 to Present

• Own the claims ingestion pipelines (Airflow, Spark)
• Cut nightly load time from 5 hours to 50 minutes

Data Engineer
Tarheel Analytics - Durham, NC
June 2017 to March 2020

• Built dbt models for the finance team

Certifications and Licenses

AWS Certified Data Engineer - Associate with a name long enough to wrap the line
March 2024 to March 2027

Databricks Certified Data Engineer Professional
October 2022 to Present

Additional Information

• Looking for remote roles. Available with three weeks' notice.
`;

describe('a job site export in plain text', () => {
  const { profile } = importMarkdownProfile(txt);

  it('reads each stacked title, company and date line as a role', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.location, r.start, r.end])).toEqual([
      ['Senior Data Engineer', 'Bluepine Health', 'Raleigh, NC', '2020-04', 'present'],
      ['Data Engineer', 'Tarheel Analytics', 'Durham, NC', '2017-06', '2020-03'],
    ]);
    expect(profile.roles[0]?.highlights).toContain(
      'Cut nightly load time from 5 hours to 50 minutes',
    );
  });

  it('reads the certificates with the dates under them, a long name not joined to its dates', () => {
    expect(profile.certifications.map((c) => [c.name, c.year])).toEqual([
      [
        'AWS Certified Data Engineer - Associate with a name long enough to wrap the line',
        '2024 (valid until 2027)',
      ],
      ['Databricks Certified Data Engineer Professional', '2022'],
    ]);
  });

  it('reads "Additional Information" as the owner\'s own words: the availability among them', () => {
    expect(profile.identity.availability).toMatch(/three weeks' notice/);
  });
});

describe('a LinkedIn certificate whose bracket is part of its name', () => {
  it('keeps "(Automotive)" in the name when the issuer is on its own line', () => {
    const page = `# Ana Lopes

Firmware Engineer

## Licenses & certifications

### Functional Safety Engineer (Automotive)

TÜV Rheinland
Issued Feb 2018
`;
    const [cert] = importMarkdownProfile(page).profile.certifications;
    expect(cert?.name).toBe('Functional Safety Engineer (Automotive)');
    expect(cert?.issuer).toMatch(/TÜV Rheinland/);
  });
});
