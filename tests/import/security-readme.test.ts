import { describe, expect, it } from 'vitest';
import { sectionKind } from '../../src/import/section-kinds.ts';
import { fixture, imported } from '../support/import-fixture.ts';

const she = { subject: 'she', object: 'her', possessive: 'her' };
const he = { subject: 'he', object: 'him', possessive: 'his' };

describe('importing the Ingrid Vasquez-Holm README ("whoami", hyphen-separated roles)', () => {
  const { profile, notes } = imported(fixture('ingrid-vasquez-holm.md'));

  it('reads the title, the whole headline and the "City, Country" segment as the place', () => {
    expect(profile.identity).toMatchObject({
      name: 'Ingrid Vasquez-Holm',
      title: 'Senior Application Security Engineer',
      headline:
        'Senior Application Security Engineer | Offensive Security & Secure SDLC | Rotterdam, Netherlands',
      location: 'Rotterdam, Netherlands',
    });
  });

  it('reads "## whoami" as the summary, with its years, languages and closing pronouns', () => {
    expect(profile.summary).toHaveLength(1);
    expect(profile.summary[0]).toMatch(/^I'm an application security engineer with 9\+ years/);
    expect(profile.summary[0]).toMatch(/Spanish \(conversational\)\.$/);
    expect(profile.sections.map((s) => s.id)).not.toContain('whoami');
    expect(profile.identity.yearsOfExperience).toBe(9);
    expect(profile.identity.yearsOfExperienceNote).toBe('9+');
    expect(profile.languages).toEqual([
      { name: 'Dutch', proficiency: 'native' },
      { name: 'English', proficiency: 'fluent' },
      { name: 'Spanish', proficiency: 'conversational' },
    ]);
    expect(profile.identity.pronouns).toEqual(she);
    expect(notes).toContain('whoami → summary (1 paragraph), pronouns (1)');
  });

  it('lets --pronouns win over the "(she/her)" in the prose', () => {
    const { profile: other } = imported(fixture('ingrid-vasquez-holm.md'), { pronouns: he });
    expect(other.identity.pronouns).toEqual(he);
  });

  it('reads every "Title - Company (years)" heading as a role, nothing left in a section', () => {
    expect(profile.roles).toEqual([
      {
        title: 'Staff Product Security Engineer',
        company: 'Paylane',
        start: '2021',
        end: 'present',
        highlights: [
          'Lead a team of 4 AppSec engineers covering 60+ payment microservices.',
          'Rolled out Semgrep and CodeQL across 300 repositories; critical findings reaching production dropped by 70%.',
          'Built and run the security champions program: 35 champions across 12 squads.',
          'Own the public bug bounty program on HackerOne and its triage process.',
        ],
        // The tools its bullets name.
        technologies: ['Semgrep', 'CodeQL', 'HackerOne'],
      },
      {
        title: 'Senior Penetration Tester',
        company: 'Northgate Security',
        start: '2018',
        end: '2021',
        highlights: [
          'Led 80+ web, API and mobile assessments for banks, insurers and healthcare clients.',
          'Took part in red team engagements, including phishing campaigns and physical access testing.',
        ],
        technologies: [],
      },
      {
        title: 'Security Analyst',
        company: 'Deltaworks Telecom',
        start: '2016',
        end: '2018',
        summary: 'SOC analyst: alert triage, vulnerability scanning and patch follow-up.',
        highlights: [],
        technologies: [],
      },
    ]);
    expect(profile.sections.map((s) => s.id)).not.toContain('experience');
    expect(notes).toContain('Experience → 3 roles');
  });

  it('reads "MSc Field, School (year) - thesis …" bullets as education with the tail as a detail', () => {
    expect(profile.education).toEqual([
      {
        degree: 'MSc',
        field: 'Computer Security',
        institution: 'Vrije Universiteit Amsterdam',
        end: '2016',
        details: ['thesis on logic flaws in OAuth 2.0 implementations'],
      },
      {
        degree: 'BSc',
        field: 'Computer Science',
        institution: 'Hogeschool Rotterdam',
        end: '2014',
        details: [],
      },
    ]);
    expect(profile.sections.map((s) => s.id)).not.toContain('education');
  });

  it('reads "Speaking" as talks, the year beside the venue, the title in full', () => {
    expect(profile.publications.map((p) => [p.kind, p.title, p.venue, p.date])).toEqual([
      ['talk', 'Security champions that actually work', 'OWASP Global AppSec EU', '2023'],
      ['talk', 'Breaking OAuth: 7 bugs in 7 apps', 'BSides Amsterdam', '2022'],
      ['talk', 'workshop: mobile app pentesting with Frida', 'Hack in the Box Amsterdam', '2019'],
    ]);
    expect(profile.sections.map((s) => s.id)).not.toContain('speaking');
  });

  it('files the links under contact and keeps the PGP fingerprint word for word', () => {
    expect(profile.contact).toEqual({
      email: 'ingrid.vholm@protonmail.com',
      linkedin: 'https://www.linkedin.com/in/ingrid-vasquez-holm',
      github: 'https://github.com/ivholm',
      other: [{ label: 'Keybase', url: 'https://keybase.io/ivholm' }],
    });
    expect(profile.sections.find((s) => s.id === 'contact')?.items).toEqual([
      'PGP: 4A1F 9C2E 7B3D 8E60 1D5A C9F2 33B7 E104 6A8C 2F91',
    ]);
  });
});

describe('intro headings, headline places and closing pronouns', () => {
  it.each(['whoami', '$ whoami', 'cat about.md', 'README', 'Intro', 'Hello', '👋 Hello'])(
    'reads "## %s" as the summary',
    (title) => {
      expect(sectionKind(title)).toBe('about');
    },
  );

  it.each(['Speaking', 'Talks', 'Conference talks'])('reads "%s" as talks', (t) => {
    expect(sectionKind(t)).toBe('publications');
  });

  it('takes no place from a last headline segment that lists tools', () => {
    const { profile } = imported('# Ana Lee\nBackend Engineer | Go | TypeScript, Rust\n', {
      pronouns: she,
    });
    expect(profile.identity.location).toBeUndefined();
    expect(profile.identity.headline).toBe('Backend Engineer | Go | TypeScript, Rust');
  });

  it('takes pronouns only from a bracket that closes an About paragraph', () => {
    const closing = imported('# Sam Roe\nBackend Engineer\n\n## About\nI build APIs. (he/him)\n');
    expect(closing.profile.identity.pronouns).toEqual(he);
    expect(closing.profile.summary).toEqual(['I build APIs.']);
    const inside = imported(
      '# Sam Roe\nBackend Engineer\n\n## About\nI pair with Kim (she/her) on the CI/CD work.\n',
    );
    expect(inside.profile.identity.pronouns).toEqual({
      subject: 'they',
      object: 'them',
      possessive: 'their',
    });
    const tools = imported(
      '# Sam Roe\nBackend Engineer\n\n## About\nI own our pipelines (CI/CD)\n',
    );
    expect(tools.profile.summary).toEqual(['I own our pipelines (CI/CD)']);
  });

  it('reads "N years in security" without a plus as the years of experience', () => {
    const { profile } = imported(
      '# Sam Roe\nSecurity Engineer\n\n## About\nI have 7 years in security.\n',
    );
    expect(profile.identity.yearsOfExperience).toBe(7);
  });

  it('reads a hyphen-separated role whose only text is a paragraph, with it as the summary', () => {
    const { profile } = imported(
      '# Sam Roe\nSecurity Engineer\n\n## Experience\n### QA Tester - Acme Corp (2012 - 2014)\nManual regression testing.\n',
    );
    expect(profile.roles).toEqual([
      {
        title: 'QA Tester',
        company: 'Acme Corp',
        start: '2012',
        end: '2014',
        summary: 'Manual regression testing.',
        highlights: [],
        technologies: [],
      },
    ]);
  });
});
