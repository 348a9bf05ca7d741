import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

describe('a one-heading README whose greeting carries the whole header', () => {
  const { profile } = importMarkdownProfile(
    "### hey, i'm Nina Petrova 👋 data platform engineer at [Rivet.io](https://rivet.io) · Sofia, Bulgaria\n\nI keep the pipelines boring.\n\nPython · Go · Kafka · Kubernetes · PostgreSQL\n\n📫 nina@petrova.dev\n",
  );

  it('takes the name from the greeting, and the title, employer and place from its tail', () => {
    expect(profile.identity.name).toBe('Nina Petrova');
    expect(profile.identity.title).toBe('data platform engineer');
    expect(profile.identity.location).toBe('Sofia, Bulgaria');
    expect(profile.roles[0]).toMatchObject({ company: 'Rivet.io', end: 'present' });
  });

  it('never takes the first tool of a stack line for the title', () => {
    expect(profile.identity.title).not.toBe('Python');
    expect(profile.skills.flatMap((c) => c.skills.map((s) => s.name))).toEqual(
      expect.arrayContaining(['Python', 'Go', 'Kafka', 'Kubernetes', 'PostgreSQL']),
    );
  });
});

describe('a résumé converted from a word processor', () => {
  const { profile } = importMarkdownProfile(
    '**MARTA G. OYELARAN**\n\n**Senior QA Engineer**\n\n**PROFILE**\n\nQA engineer with 9 years in test automation.\n\n**CERTIFICATIONS**\n\n- ISTQB Advanced Test Analyst, 2021\n',
  );

  it('reads its bold name as the name and its bold capital lines as sections', () => {
    expect(profile.identity.name).toBe('Marta G. Oyelaran');
    expect(profile.identity.title).toBe('Senior QA Engineer');
    expect(profile.certifications.map((c) => c.name)).toEqual(['ISTQB Advanced Test Analyst']);
  });
});

describe('roles laid out as a bold employer line and an italic title line', () => {
  const { profile } = importMarkdownProfile(
    '# Ana Lee\n\nBackend Developer | Go\n\n## Work experience\n\n**Tambuli Cloud** · Mar 2022 – Present\n\n*Senior Developer* · Cebu City / Remote\n\n- Built the quote service.\n\n**Kalayaan Inc.** · Jun 2019 – Feb 2022\n\n*Developer* · Mandaue City\n\n- Integrated the contact centre.\n',
  );

  it('reads employer, dates, title and place, never the place as an employer', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end, r.location])).toEqual([
      ['Tambuli Cloud', 'Senior Developer', '2022-03', 'present', 'Cebu City / Remote'],
      ['Kalayaan Inc.', 'Developer', '2019-06', '2022-02', 'Mandaue City'],
    ]);
  });
});

describe('a languages section a converter mixed with another column', () => {
  const { profile } = importMarkdownProfile(
    '# Ana Lee\n\nBackend Developer | Go\n\n## Languages\n\nEnglish — fluent\n\nTagalog — native\n\n▪ Built an ordering portal for 9,000 dealers.\n',
  );

  it('reads the languages and keeps the stray line as text, never as a skill', () => {
    expect(profile.languages.map((l) => l.name)).toEqual(['English', 'Tagalog']);
    expect(profile.skills).toEqual([]);
    expect(JSON.stringify(profile.sections)).toContain('ordering portal');
  });
});

describe("a consultant's header", () => {
  const { profile } = importMarkdownProfile(
    '# Ana Lee\n## Backend Developer · Independent consultant\n\n> **Availability:** Available from Q2 2027, 3 days/week.\n> **Day rate:** EUR 900.\n\n## About\n\nI build APIs.\n',
  );

  it('takes the job part of a subtitle for the title, and a labelled availability line', () => {
    expect(profile.identity.title).toBe('Backend Developer');
    expect(profile.identity.availability).toBe('Available from Q2 2027, 3 days/week');
  });
});

describe('a grid of competencies', () => {
  const { profile } = importMarkdownProfile(
    '# Ana Lee\n\nSecurity Architect | IAM\n\n## Core competencies\n\n| Governance | Access | Delivery |\n|---|---|---|\n| Access reviews | Okta | Roadmaps |\n| Role mining | Keycloak | Vendor selection |\n',
  );

  it('reads each column as a group of its cells, not each row as a group', () => {
    expect(profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)])).toEqual([
      ['Governance', ['Access reviews', 'Role mining']],
      ['Access', ['Okta', 'Keycloak']],
      ['Delivery', ['Roadmaps', 'Vendor selection']],
    ]);
  });
});
