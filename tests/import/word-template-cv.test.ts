import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/**
 * An invented résumé converted from a two-column word-processor template: a header table under
 * an empty header row, Wingdings bullets that arrive as private-use characters, a credential
 * line under each certificate, facts in the profile paragraph.
 */
const cv = `| | |
|:---|---:|
| # MAI TRAN <br> **Senior Data Engineer** | 📍 Hanoi <br> ✉ mai.tran@example.com |

**CERTIFICATIONS**

\uF0A7 AWS Certified Data Engineer – Associate
   Credential ID: AWS-DEA-1234567 · 03/2024
\uF0A7 SnowPro Core Certification (Snowflake)
   COF-C02 · 08/2023 – 08/2025

**PROFILE**

Data engineer with seven years of experience. Recently passed the Google Cloud Professional Data Engineer exam (01/2025) and I also get by in Japanese (JLPT N3). Open to new roles with a 2-month notice period.

**LANGUAGES**

Vietnamese — Native
English — C1
`;

describe('a résumé from a two-column template', () => {
  const { profile } = imported(cv);

  it('reads the name and title from the header table’s cell', () => {
    expect(profile.identity.name).toBe('Mai Tran');
    expect(profile.identity.title).toBe('Senior Data Engineer');
  });

  it('reads symbol-font bullets as a list, each credential line with its certificate', () => {
    expect(profile.certifications.map((c) => [c.name, c.year])).toEqual(
      expect.arrayContaining([
        ['AWS Certified Data Engineer – Associate', '2024'],
        ['SnowPro Core Certification', '2023 (valid until 2025)'],
        ['Google Cloud Professional Data Engineer', '2025'],
      ]),
    );
    expect(profile.certifications.map((c) => c.name).join(' ')).not.toMatch(/Credential|COF/);
  });

  it('adds a language the profile paragraph names, with its test result as the level', () => {
    expect(profile.languages.find((l) => l.name === 'Japanese')?.proficiency).toBe('JLPT N3');
  });
});
