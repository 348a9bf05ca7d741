import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// Text copied from a LinkedIn profile page in a browser: section names alone on a line, the
// page's buttons and counters in between, several positions under one company.
const page = [
  'Marta Quispe Rojas',
  ' She/Her',
  'Platform Engineer | Go · Kubernetes | payments infrastructure',
  '',
  'Cusco, Peru · Contact info',
  '',
  'Andes Pay',
  '',
  '732 followers · 500+ connections',
  '',
  'Open to',
  'Add profile section',
  'More',
  '',
  'Open to work',
  'Platform Engineer roles',
  'See all details',
  '',
  'About',
  'I have built payment systems for 8 years.',
  '',
  'Available from June 2027 (one month notice) for remote platform roles.',
  '',
  'Activity',
  '732 followers',
  'Marta hasn’t posted yet',
  '',
  'Experience',
  'Andes Pay logo',
  'Andes Pay',
  'Full-time · 4 yrs 2 mos',
  'Cusco, Peru · Hybrid',
  '',
  'Staff Platform Engineer',
  'Mar 2024 - Present · 2 yrs 9 mos',
  'Runs the ledger cluster migration.',
  'Skills: Kubernetes · Terraform · +2 skills',
  '',
  'Platform Engineer',
  'Oct 2022 - Feb 2024 · 1 yr 5 mos',
  'Moved settlement jobs to Argo Workflows.',
  '',
  'Llama Logistics logo',
  'Backend Developer',
  'Llama Logistics · Full-time',
  'Jan 2018 - Sep 2022 · 4 yrs 9 mos',
  'Lima, Peru · On-site',
  'Route pricing services in Go…see more',
  '',
  'Licenses & certifications',
  'CNCF logo',
  'Certified Kubernetes Administrator (CKA)',
  'The Linux Foundation',
  'Issued Apr 2022 · Expires Apr 2025',
  'Credential ID LF-1234abcd',
  'Show credential',
  '',
  'Skills',
  'Go · 21 endorsements',
  'Endorsed by Pedro Vargas and 2 other colleagues at Andes Pay',
  'PostgreSQL · 9 endorsements',
  'Show all 19 skills →',
  '',
  'Languages',
  'Spanish',
  'Native or bilingual proficiency',
  'Quechua',
  'Limited working proficiency',
  '',
  'Recommendations',
  'Received',
  'Given',
  '',
  'Rosa Huamán',
  ' · 2nd',
  'Head of Risk at Andes Pay',
  'May 3, 2025, Rosa Huamán worked with Marta on the same team',
  'Marta translated every outage into numbers our auditors could follow.',
  '',
  'More profiles for you',
  'Diego Salas',
  ' · 2nd',
  'CTO at Condor Cloud',
  'Connect',
  '',
  'Contact info',
  'Marta’s Profile',
  'linkedin.com/in/marta-quispe',
  'Email',
  'marta.q@example.com',
].join('\n');

describe('a profile copied from a LinkedIn page', () => {
  const { profile } = imported(page);

  it('reads the positions, those under one company included', () => {
    expect(
      profile.roles.map((r) => [r.title, r.company, r.start, r.end, r.location ?? '']),
    ).toEqual([
      ['Staff Platform Engineer', 'Andes Pay', '2024-03', 'present', 'Cusco, Peru'],
      ['Platform Engineer', 'Andes Pay', '2022-10', '2024-02', 'Cusco, Peru'],
      ['Backend Developer', 'Llama Logistics', '2018-01', '2022-09', 'Lima, Peru'],
    ]);
    expect(profile.roles[0]?.technologies).toEqual(['Kubernetes', 'Terraform']);
  });

  it('takes the location, the availability sentence and the contact modal', () => {
    expect(profile.identity.location).toBe('Cusco, Peru');
    expect(profile.identity.availability).toMatch(/^Available from June 2027/);
    expect(profile.contact.email).toBe('marta.q@example.com');
    expect(profile.contact.linkedin).toMatch(/linkedin\.com\/in\/marta-quispe$/);
  });

  it('reads certificates with their expiry, skills and spoken languages', () => {
    expect(profile.certifications).toEqual([
      expect.objectContaining({
        name: 'Certified Kubernetes Administrator (CKA)',
        year: '2022 (valid until Apr 2025)',
        issuer: 'The Linux Foundation',
      }),
    ]);
    const skills = profile.skills.flatMap((g) => g.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Go', 'PostgreSQL']));
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['Spanish', 'Native or bilingual proficiency'],
      ['Quechua', 'Limited working proficiency'],
    ]);
  });

  it('keeps a recommendation as the recommender’s words, and drops the page’s buttons', () => {
    const kept = JSON.stringify(profile);
    expect(kept).toMatch(/Recommendation by Rosa Huamán[^"]*auditors could follow/);
    const skills = profile.skills.flatMap((g) => g.skills.map((s) => s.name));
    expect(skills.join(' ')).not.toMatch(/auditors|Endorsed/);
    for (const remnant of [
      'Show all',
      'followers',
      'Add profile section',
      'See all details',
      'logo',
      'Diego Salas',
      'Condor Cloud',
      'see more',
    ])
      expect(kept).not.toContain(remnant);
    expect(profile.roles.map((r) => r.company)).not.toContain('Condor Cloud');
  });
});

// The same page copied where the browser kept no blank lines and doubled each text (once for the
// eye, once for screen readers): the logos and the dates are what part the entries.
const pasted = [
  'Tomasz Wielgosz',
  'Data Platform Engineer at Kranfield | Spark · dbt',
  'Gdańsk, Pomorskie, Poland · Contact info',
  '912 followers · 500+ connections',
  'About',
  'About',
  'Data platform engineer for 7 years.',
  'Experience',
  'Experience',
  'Kranfield logo',
  'Data Platform Engineer',
  'Data Platform Engineer',
  'Kranfield · Full-time',
  'Feb 2022 - Present · 2 yrs 10 mos',
  '• Runs the lakehouse on Databricks.',
  'Vistula Retail logo',
  'Vistula Retail',
  'Vistula Retail',
  'Full-time · 4 yrs 3 mos',
  'Warsaw, Poland',
  'Senior Data Engineer',
  'Senior Data Engineer',
  'Apr 2019 - Jan 2022 · 2 yrs 10 mos',
  '• Moved nightly batch jobs to Airflow.',
  'Data Engineer',
  'Nov 2017 - Mar 2019 · 1 yr 5 mos',
  '• Wrote the first Spark jobs.',
  'Education',
  'Education',
  'University of Illinois at Chicago logo',
  'University of Illinois at Chicago',
  'Master of Science - MS, Computer Science',
  '2015 - 2017',
  'Projects',
  'Projects',
  'lakecheck',
  'Mar 2021 - Present',
  'Data-quality checks for Delta tables.',
  'Show project',
  'parquet-peek',
  'Jan 2020 - Dec 2020',
  'A terminal viewer for Parquet files.',
  'Skills',
  'Skills',
  'Scala (Programming Language)',
  'Scala (Programming Language)',
  '14 endorsements',
  'Apache Spark',
  'Honors & awards',
  'Honors & awards',
  'Data Team of the Year',
  'Issued by Vistula Retail · Dec 2020',
  'For the migration to Airflow.',
  'Volunteering',
  'Volunteering',
  'Mentor',
  'Data Kids Gdańsk',
  'Sep 2018 - Present · 6 yrs',
  'Education',
  'Teaches SQL to teenagers.',
].join('\n');

describe('a LinkedIn page pasted without blank lines', () => {
  const { profile } = imported(pasted);

  it('parts the positions at the logos and the dates, each under its company', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Data Platform Engineer', 'Kranfield', '2022-02', 'present'],
      ['Senior Data Engineer', 'Vistula Retail', '2019-04', '2022-01'],
      ['Data Engineer', 'Vistula Retail', '2017-11', '2019-03'],
    ]);
  });

  it('reads each project, the school with its full name, and the degree without its initials', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['lakecheck', 'parquet-peek']);
    expect(profile.education).toEqual([
      expect.objectContaining({
        institution: 'University of Illinois at Chicago',
        degree: 'Master of Science (MS)',
        field: 'Computer Science',
      }),
    ]);
  });

  it('reads skills by their names, an award with what it was for, and the volunteer role', () => {
    const skills = profile.skills.flatMap((g) => g.skills.map((s) => s.name));
    expect(skills).toEqual(['Scala', 'Apache Spark']);
    expect(profile.awards).toEqual([
      {
        title: 'Data Team of the Year',
        awarder: 'Vistula Retail',
        date: '2020',
        summary: 'For the migration to Airflow.',
      },
    ]);
    expect(profile.volunteer).toEqual([
      expect.objectContaining({ organization: 'Data Kids Gdańsk', position: 'Mentor' }),
    ]);
  });
});

describe('the top of a LinkedIn page with the open-to-work badge and a bare site', () => {
  const top = [
    'Tomasz Wrona',
    'Tomasz Wrona',
    'Head of Mobile @ Kolejka | Kotlin',
    'Gdynia, Pomorskie, Poland  Contact info',
    'tomaszwrona.pl',
    '812 followers',
    '500+ connections',
    'Open to work',
    'Head of Mobile and Engineering Manager roles',
    'Show details',
    'Message',
    '',
    'About',
    'About',
    'I lead a team of 7 mobile engineers.',
    '',
    'Experience',
    'Kolejka logo',
    'Head of Mobile',
    'Kolejka',
    'Jan 2021 - Present · 5 yrs',
    '',
    'Skills',
    'Kotlin',
    '12 endorsements',
    'Show all 20 skills →',
  ].join('\n');
  const { profile } = imported(top);

  it('reads the roles the badge says the owner is open to as the availability', () => {
    expect(profile.identity.availability).toBe(
      'Open to work: Head of Mobile and Engineering Manager roles',
    );
  });

  it('keeps the place without the button beside it, and the bare site as a link', () => {
    expect(profile.identity.location).toBe('Gdynia, Pomorskie, Poland');
    expect(profile.contact.website).toBe('https://tomaszwrona.pl');
  });
});
