import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const fit = createFit(loadKnowledge('knowledge/profile.yaml'));
const reported = (text: string) => {
  const report = fit.fit(text);
  return [...report.requirements.map((r) => r.requirement), ...report.unclassified];
};

const LINKEDIN_PAGE = `Tallyworks
Senior Backend Engineer
Leeds, England, United Kingdom · 3 days ago · Over 100 applicants
Promoted by hirer · Responses managed off LinkedIn
£80K/yr - £95K/yr
201-500 employees · Financial Services
See how you compare to over 100 other applicants. Try Premium for £0
Easy Apply   Save
Meet the hiring team
Priya Anand · 2nd
Job poster
Message

About the job
What we're looking for
• 5+ years building backend services in Go
• PostgreSQL in production

How you match
Criteria provided by job poster
2 skills on your profile
✓ Go  ✓ PostgreSQL
Show match details
Is this information helpful?  Yes  No
…show more`;

const FEDERAL_POSTING = `IT Specialist (APPSW)
Overview
Telework eligible
Yes—as determined by the agency policy.
Travel Required
25% or less - Occasional travel to field offices.
Promotion potential
13
Drug test
Yes

Requirements
Conditions of Employment
- Applicants must be U.S. citizens.
- A one-year probationary period may be required.
- This position is subject to random drug testing.
- Male applicants born after December 31, 1959 must complete a Selective Service Registration Statement.

Qualifications
- One year of specialized experience building web services in Go.

Required Documents
Resume (two pages maximum), SF-50 for current federal employees.`;

describe('a job page copied from a job board', () => {
  it("reports the posting's asks, not LinkedIn's buttons, match widget or company card", () => {
    expect(reported(LINKEDIN_PAGE)).toEqual([
      'Seniority: Senior (from the job title)',
      '5+ years building backend services in Go',
      'PostgreSQL in production',
    ]);
  });

  it("reports a federal posting's conditions that ask something, not its terms and paperwork", () => {
    const asks = reported(FEDERAL_POSTING);
    expect(asks).toContain('Applicants must be U.S. citizens.');
    expect(asks).toContain('One year of specialized experience building web services in Go.');
    expect(
      asks.some((a) => /probationary|drug|Selective Service|Telework|Resume|SF-50/.test(a)),
    ).toBe(false);
  });
});
