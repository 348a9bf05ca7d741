import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { imported } from '../support/import-fixture.ts';

// Text copied from a startup job site's profile page: the site's navigation and the viewer's
// initials, the name, a headline, the place, a current role, then sections alone on lines,
// job-search labels, positions parted by blank lines, chips one a line, and the footer.
const startupSite = [
  'Discover',
  'Jobs',
  'Messages 2',
  'Search for jobs, companies, people',
  'CT',
  'Edit profile · View as recruiter',
  '',
  'Camila Torres',
  'Head of Platform Engineering · 11+ yrs building payments infrastructure',
  'Bogotá, Cundinamarca, Colombia · Open to remote',
  'Head of Platform at Pagoflux',
  '',
  'About',
  'I lead platform teams that keep card payments running across Latin America.',
  'Languages: English (native), Spanish (fluent), Portuguese (conversational)',
  '',
  'Looking for',
  'Roles: Engineering Manager, Head of Platform',
  'Job types: Full-time',
  'Remote: Open to remote in the Americas',
  'Desired salary: $180,000',
  'Available to start: In 1 month',
  'Time zones: UTC-5 ± 3 hours',
  '',
  'Experience',
  'Pagoflux',
  'Head of Platform',
  'Mar 2022 - Present · 4 yrs 10 mos',
  'Bogotá, Colombia · Hybrid',
  'Built the ledger service and cut settlement time from two days to four hours.',
  '',
  'Staff Software Engineer at Rappi',
  'Jan 2018 - Feb 2022 · 4 yrs 2 mos',
  'Bogotá, Colombia',
  'Led the migration of order routing to Kubernetes and Go.',
  '',
  'Globant · Full-time',
  'Software Engineer',
  'Jul 2014 - Dec 2017 · 3 yrs 6 mos',
  'Medellín, Colombia',
  '',
  'Skills',
  'Go',
  'Kubernetes',
  'PostgreSQL',
  'Kafka',
  'Terraform',
  '',
  'Education',
  'Universidad de los Andes',
  'BSc, Systems Engineering',
  '2009 - 2014',
  '',
  'Achievements',
  'Spoke at GopherCon Latam 2023 on idempotent payment APIs.',
  '',
  'Links',
  'GitHub',
  'https://github.com/camilatorres',
  'LinkedIn',
  'https://linkedin.com/in/camila-torres',
  'Website: https://camilatorres.dev',
  '',
  'About',
  'Help',
  'Privacy',
  'Terms',
  '© 2026 Wellfound',
].join('\n');

// The same kind of page from a European network: the title over the company, chips on one
// line, languages with their levels, links written inline, and a footer of legal links.
const europeanSite = [
  'XING',
  'Home',
  'Jobs',
  'Network',
  'Messages',
  'Search',
  '',
  'Jonas Weber',
  'Senior Data Engineer',
  'Hamburg, Germany · Open to relocation',
  'Senior Data Engineer at Nordwind Logistik GmbH',
  '',
  'Ideal next opportunity',
  'Available to start: March 2027',
  'Job types: Permanent, Full-time',
  '',
  'Experience',
  'Senior Data Engineer',
  'Nordwind Logistik GmbH · Full-time',
  'Apr 2021 - Present · 5 yrs 8 mos',
  'Hamburg, Germany · Hybrid',
  'Runs the Airflow and dbt pipelines behind route planning.',
  '',
  'Data Engineer',
  'Elbe Analytics',
  'Sep 2016 - Mar 2021 · 4 yrs 7 mos',
  'Hamburg, Germany',
  '',
  'Skills',
  'Python · Airflow · dbt · Snowflake',
  '',
  'Languages',
  'German · Native',
  'English · Fluent',
  '',
  'Education',
  'Universität Hamburg',
  'MSc, Computer Science',
  '2014 - 2016',
  '',
  'Links',
  'GitHub: https://github.com/jweber-data',
  'Website: jonasweber.de/about',
  '',
  'Imprint',
  'Privacy Policy',
  'Terms of Use',
  'Help Center',
].join('\n');

// A third shape: the navigation names a section ("About") over the name, labelled lines stand
// under the headline, a company stands over its tenure and the positions held there, and a
// link's label ("Portfolio") is a section's name.
const talentSite = [
  'Otta',
  'Jobs',
  'Companies',
  'About',
  'Sign in',
  '',
  'Priya Raman',
  'Product Designer · 8 yrs in fintech and health apps',
  'London, England, United Kingdom',
  'Remote: Hybrid or remote in the UK',
  'Desired salary: £85,000',
  'Available to start: Immediately',
  '',
  'About',
  'I design onboarding and payments flows for regulated products.',
  '',
  'Experience',
  'Monzo',
  'Full-time · 3 yrs 4 mos',
  '',
  'Senior Product Designer',
  'Jan 2024 - Present · 2 yrs 11 mos',
  'London, England · Hybrid',
  'Led the redesign of savings pots.',
  '',
  'Product Designer',
  'Aug 2022 - Dec 2023 · 1 yr 5 mos',
  '',
  'Product Designer at Babylon Health',
  'Jun 2018 - Jul 2022 · 4 yrs 2 mos',
  'London, England',
  '',
  'Skills',
  'Figma',
  'Prototyping',
  'User research',
  '',
  'Education',
  'University of the Arts London',
  'BA (Hons), Graphic Design',
  '2014 - 2017',
  '',
  'Social',
  'Portfolio',
  'priyaraman.design',
  'Dribbble',
  'https://dribbble.com/priyaraman',
  'About',
  'Help',
  'Privacy',
  'Terms',
].join('\n');

// Pasted without blank lines between positions, chips on one comma-parted line, and links
// written as a label and an address on one line.
const tightSite = [
  'Hired',
  'Salary Insights',
  'Dashboard',
  'Interview requests 3',
  'Settings',
  '',
  'Tomasz Nowak',
  'Backend Engineer · 7+ yrs',
  'Kraków, Lesser Poland, Poland · Remote OK',
  '',
  'Preferences',
  'Job types: Full-time, Contract',
  "Available to start: 2 weeks' notice",
  '',
  'Experience',
  'Senior Backend Engineer at Allegro',
  'Feb 2021 - Present · 5 yrs 10 mos',
  'Kraków, Poland',
  'Owns the checkout pricing service in Kotlin.',
  'Backend Engineer',
  'Brainly',
  'Oct 2018 - Jan 2021 · 2 yrs 4 mos',
  'Kraków, Poland',
  'Built the Q&A moderation queue.',
  '',
  'Skills',
  'Kotlin, Java, Spring Boot, Kafka',
  '',
  'Education',
  'AGH University of Science and Technology',
  'MSc, Computer Science',
  '2013 - 2018',
  '',
  'Links',
  'GitHub github.com/tnowak',
  'Website https://tnowak.pl',
].join('\n');

const skillNames = (profile: ReturnType<typeof imported>['profile']) =>
  profile.skills.flatMap((group) => group.skills.map((skill) => skill.name));

describe('a profile copied from a job site’s page', () => {
  it('reads the name, headline, place, years and what work is wanted', () => {
    const { profile, notes } = imported(startupSite);
    expect(profile.identity.name).toBe('Camila Torres');
    expect(profile.identity.title).toBe('Head of Platform Engineering');
    expect(profile.identity.location).toBe('Bogotá, Cundinamarca, Colombia');
    expect(profile.identity.yearsOfExperience).toBe(11);
    expect(profile.identity.availability).toMatch(/Open to remote/);
    expect(profile.identity.availability).toMatch(/Available to start: In 1 month/);
    expect(notes).toContain('Profile page → read as markdown');
  });

  it('reads positions in each shape a page lists them, with dates and place', () => {
    const { profile } = imported(startupSite);
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end, r.location])).toEqual([
      ['Head of Platform', 'Pagoflux', '2022-03', 'present', 'Bogotá, Colombia'],
      ['Staff Software Engineer', 'Rappi', '2018-01', '2022-02', 'Bogotá, Colombia'],
      ['Software Engineer', 'Globant', '2014-07', '2017-12', 'Medellín, Colombia'],
    ]);
    expect(JSON.stringify(profile.roles[0])).toContain('cut settlement time');
  });

  it('reads skills, education, languages in About, and the labelled links', () => {
    const { profile } = imported(startupSite);
    expect(skillNames(profile)).toEqual(['Go', 'Kubernetes', 'PostgreSQL', 'Kafka', 'Terraform']);
    expect(profile.education).toEqual([
      expect.objectContaining({
        institution: 'Universidad de los Andes',
        degree: 'BSc',
        field: 'Systems Engineering',
        end: '2014',
      }),
    ]);
    expect(profile.languages.map((l) => l.name)).toEqual(['English', 'Spanish', 'Portuguese']);
    expect(profile.contact).toMatchObject({
      github: 'https://github.com/camilatorres',
      linkedin: 'https://linkedin.com/in/camila-torres',
      website: 'https://camilatorres.dev',
    });
  });

  it('leaves the site’s navigation and footer out of the facts', () => {
    const { profile } = imported(startupSite);
    const kept = JSON.stringify(profile);
    for (const chrome of [
      'Messages 2',
      'Search for jobs',
      'View as recruiter',
      'Privacy',
      '© 2026',
    ])
      expect(kept).not.toContain(chrome);
    expect(kept).not.toMatch(/"(?:Discover|Jobs|CT|Help|Terms)"/);
  });

  it('answers where the owner is based, when they can start and what they did', () => {
    const assistant = createAssistant(imported(startupSite).profile);
    const ask = (question: string) => answerToPlainText(assistant.ask(question));
    expect(ask('where is she based?')).toMatch(/Bogotá/);
    expect(ask('when can she start?')).toMatch(/In 1 month/);
    expect(ask('what does she do at Pagoflux?')).toMatch(/ledger service/);
  });

  it('reads a page with the title over the company, chips on one line and inline links', () => {
    const { profile } = imported(europeanSite);
    expect(profile.identity.name).toBe('Jonas Weber');
    expect(profile.identity.title).toBe('Senior Data Engineer');
    expect(profile.identity.location).toBe('Hamburg, Germany');
    expect(profile.identity.availability).toMatch(/Open to relocation.*March 2027/);
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Senior Data Engineer', 'Nordwind Logistik GmbH', '2021-04', 'present'],
      ['Data Engineer', 'Elbe Analytics', '2016-09', '2021-03'],
    ]);
    expect(skillNames(profile)).toEqual(['Python', 'Airflow', 'dbt', 'Snowflake']);
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['German', 'Native'],
      ['English', 'Fluent'],
    ]);
    expect(profile.education[0]?.institution).toBe('Universität Hamburg');
    expect(profile.contact.github).toBe('https://github.com/jweber-data');
    const kept = JSON.stringify(profile);
    for (const chrome of ['XING', 'Imprint', 'Privacy Policy', 'Help Center'])
      expect(kept).not.toContain(chrome);
    const answer = answerToPlainText(createAssistant(profile).ask('where did he study?'));
    expect(answer).toMatch(/MSc in Computer Science — Universität Hamburg/);
  });

  it('reads past a navigation that names a section, and positions held under one company', () => {
    const { profile } = imported(talentSite);
    expect(profile.identity.name).toBe('Priya Raman');
    expect(profile.identity.title).toBe('Product Designer');
    expect(profile.identity.availability).toMatch(/Hybrid or remote in the UK.*Immediately/);
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Senior Product Designer', 'Monzo', '2024-01', 'present'],
      ['Product Designer', 'Monzo', '2022-08', '2023-12'],
      ['Product Designer', 'Babylon Health', '2018-06', '2022-07'],
    ]);
    expect(profile.contact.website).toBe('https://priyaraman.design');
    expect(JSON.stringify(profile.summary)).toMatch(/onboarding and payments flows/);
    const kept = JSON.stringify(profile);
    for (const chrome of ['Otta', 'Sign in', 'Companies']) expect(kept).not.toContain(chrome);
    const ask = (q: string) => answerToPlainText(createAssistant(profile).ask(q));
    expect(ask('what salary is she looking for?')).toMatch(/£85,000/);
  });

  it('parts positions pasted without blank lines, and reads links written on one line', () => {
    const { profile } = imported(tightSite);
    expect(profile.identity.yearsOfExperience).toBe(7);
    expect(profile.identity.location).toBe('Kraków, Lesser Poland, Poland');
    expect(profile.identity.availability).toMatch(/Remote OK.*2 weeks' notice/);
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end, r.location])).toEqual([
      ['Senior Backend Engineer', 'Allegro', '2021-02', 'present', 'Kraków, Poland'],
      ['Backend Engineer', 'Brainly', '2018-10', '2021-01', 'Kraków, Poland'],
    ]);
    expect(skillNames(profile)).toEqual(['Kotlin', 'Java', 'Spring Boot', 'Kafka']);
    expect(profile.contact).toMatchObject({
      github: 'https://github.com/tnowak',
      website: 'https://tnowak.pl',
    });
    for (const chrome of ['Dashboard', 'Interview requests', 'Settings'])
      expect(JSON.stringify(profile)).not.toContain(chrome);
    const answer = answerToPlainText(createAssistant(profile).ask('what did he do at Brainly?'));
    expect(answer).toMatch(/moderation queue/);
  });
});
