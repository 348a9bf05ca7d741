import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/**
 * An invented agency's candidate profile, converted from Word by pandoc: the agency's letterhead
 * and logo first, "Candidate: Name\" among labelled lines, bold capital headings, escaped dashes.
 */
const cv = String.raw`![](media/image1.png){width="1.9in" height="0.6in"}

**Northgate Talent Partners \| Engineering Desk**\
14 Mill Lane, Leeds LS1 4AB \| 0113 496 0100 \| desk@northgate-talent.example

**CANDIDATE PROFILE -- CONFIDENTIAL**

Candidate: Ruth Okafor\
Ref: 9120\
Location: Leeds, West Yorkshire (hybrid -- can travel to Manchester weekly)\
Notice period: 3 months

**PROFILE**

Ruth is a Lead Data Engineer with 9 years' experience building pipelines on Spark and Airflow.

**KEY SKILLS**

|   |   |
|---|---|
| **Data** | Spark, Airflow, dbt, Snowflake |

**CERTIFICATIONS \& LANGUAGES**

-   SnowPro Core Certification \-- 2023

-   English (native), Yoruba (conversational)

**PROFESSIONAL EXPERIENCE**

**Fellgate Retail, Leeds**		**Jan 2020 -- Present**\
*Lead Data Engineer*

-   Led the move of nightly batch jobs to Airflow.

-   Retired 6 legacy WCF services hosted on IIS and an ASP.NET Web Forms admin site.

**ADDITIONAL INFORMATION**

-   Volunteers as a STEM Ambassador, running coding clubs at local primary schools.
`;

describe("an agency's candidate profile converted by pandoc", () => {
  const { profile } = imported(cv);

  it('names the candidate the "Candidate:" line gives, not the agency', () => {
    expect(profile.identity.name).toBe('Ruth Okafor');
  });

  it("takes the title from the profile's sentence, never the letterhead or the cover's label", () => {
    expect(profile.identity.title).toBe('Lead Data Engineer');
  });

  it('keeps the place and leaves the remark in its bracket out', () => {
    expect(profile.identity.location).toBe('Leeds, West Yorkshire');
  });

  it('reads certificates with their years and the spoken languages listed beside them', () => {
    expect(profile.certifications.map((c) => [c.name, c.year])).toEqual([
      ['SnowPro Core Certification', '2023'],
    ]);
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['English', 'native'],
      ['Yoruba', 'conversational'],
    ]);
  });

  it('reads the .NET tools a bullet names as the work it did', () => {
    const role = profile.roles[0];
    expect(role?.technologies).toEqual(expect.arrayContaining(['WCF', 'ASP.NET Web Forms']));
  });

  it('reads "Volunteers as a STEM Ambassador" in a third-person bio as volunteering', () => {
    expect(profile.volunteer.map((v) => v.organization)).toEqual(['STEM Ambassador']);
  });

  it("keeps the logo's size out of the text", () => {
    expect(JSON.stringify(profile)).not.toContain('width=');
  });
});
