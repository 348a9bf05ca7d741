import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

describe('a career told as a timeline of dated lines', () => {
  const page = `# Sanna Koivisto

Data reporter.

## Timeline

**2021 – now** · Keski-Suomen Uutiset, Jyväskylä · Data Reporter (graphics)  
**2018 – 2021** · Vaasan Data Oy · Data Analyst  
**2016** · University of Jyväskylä · MA, Journalism
`;

  it('reads each dated job line as a role, and keeps the lines as text', () => {
    const profile = importMarkdownProfile(page).profile;
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end])).toEqual([
      ['Keski-Suomen Uutiset', 'Data Reporter (graphics)', '2021', 'present'],
      ['Vaasan Data Oy', 'Data Analyst', '2018', '2021'],
    ]);
    expect(profile.roles[0]?.location).toBe('Jyväskylä');
    expect(profile.sections.flatMap((s) => s.items).join(' ')).toContain('MA, Journalism');
  });

  it('reads the degree line among the jobs as education', () => {
    const profile = importMarkdownProfile(page).profile;
    expect(profile.education).toEqual([
      {
        institution: 'University of Jyväskylä',
        degree: 'MA',
        field: 'Journalism',
        end: '2016',
        details: [],
      },
    ]);
  });
});
