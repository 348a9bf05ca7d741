import { describe, expect, it } from 'vitest';
import { importJsonResume } from '../../src/import/json-resume.ts';

// An invented résumé written with the draft-era (v0.0.x) field names.
const OLD_STYLE = {
  basics: {
    name: 'Tamsin Okoro',
    label: 'Platform Engineer',
    website: 'https://tamsin.example.net',
    picture: 'https://tamsin.example.net/me.png',
    summary: 'I build internal platforms.',
  },
  work: [
    {
      company: 'Harbour Lights Ltd',
      position: 'Platform Engineer',
      website: 'https://harbourlights.example.com',
      startDate: '2021-02',
      highlights: [
        'Passed the Fabrikam Certified Cloud Operator exam in 2022',
        'Moved builds to a shared runner fleet',
      ],
    },
    { company: 'Quayside Co', position: 'Developer', startDate: '2018', endDate: '2021' },
  ],
  volunteer: [
    { organization: 'Code Club North', position: 'Mentor', website: 'https://ccn.example.org' },
  ],
  awards: [
    { title: 'Contoso Certified Network Associate', date: '2020', awarder: 'Contoso' },
    { title: 'Hackathon runner-up', date: '2019' },
    { title: 'Contoso Certified Architect (exam scheduled)', date: '2027' },
  ],
  publications: [
    { name: 'Runner fleets on a budget', website: 'https://blog.example.net/runners' },
  ],
};

describe('importing a JSON Resume written with older field names', () => {
  const { profile } = importJsonResume(OLD_STYLE);

  it('reads work[].company as the employer of each role', () => {
    expect(profile.roles.map((r) => [r.company, r.title])).toEqual([
      ['Harbour Lights Ltd', 'Platform Engineer'],
      ['Quayside Co', 'Developer'],
    ]);
  });

  it('reads the old website fields as the owner, volunteer and publication links', () => {
    expect(profile.contact.website).toBe('https://tamsin.example.net');
    expect(profile.volunteer[0]).toMatchObject({ url: 'https://ccn.example.org' });
    expect(profile.publications[0]).toMatchObject({ url: 'https://blog.example.net/runners' });
    expect(JSON.stringify(profile)).toContain('https://harbourlights.example.com');
    expect(JSON.stringify(profile)).toContain('https://tamsin.example.net/me.png');
  });

  it('takes certificates named by an award title or a passed exam, not a scheduled one', () => {
    expect(profile.certifications).toEqual([
      { name: 'Contoso Certified Network Associate', issuer: 'Contoso', year: '2020' },
      { name: 'Fabrikam Certified Cloud Operator', year: '2022' },
    ]);
    expect(profile.awards.map((a) => a.title)).toContain('Hackathon runner-up');
  });

  it('leaves a résumé with a certificates field to that field', () => {
    const listed = importJsonResume({
      ...OLD_STYLE,
      certificates: [{ name: 'Northwind Data Badge', issuer: 'Northwind' }],
    }).profile;
    expect(listed.certifications.map((c) => c.name)).toEqual(['Northwind Data Badge']);
  });
});
