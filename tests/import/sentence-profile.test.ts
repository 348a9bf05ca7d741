import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { sectionKind } from '../../src/import/section-kinds.ts';
import type { Profile } from '../../src/knowledge/schema.ts';
import { fixture, imported } from '../support/import-fixture.ts';

const he = { subject: 'he', object: 'him', possessive: 'his' };
const they = { subject: 'they', object: 'them', possessive: 'their' };

const skillNames = (profile: Profile) =>
  Object.fromEntries(profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)]));

describe('importing the Dan Okafor README (no H1, facts in bullets, skills in sentences)', () => {
  const { profile, notes } = imported(fixture('dan-okafor.md'));

  it('takes the name and pronouns from the opening quote and keeps it in the summary', () => {
    expect(profile.identity.name).toBe('Dan Okafor');
    expect(profile.identity.pronouns).toEqual(he);
    expect(profile.summary[0]).toBe(
      "Hi, I'm Dan Okafor (he/him) — an engineering manager who still ships code. I build calm teams and boring, reliable systems.",
    );
  });

  it('lets --pronouns win over the pronouns written after the name', () => {
    expect(
      imported(fixture('dan-okafor.md'), { pronouns: they }).profile.identity.pronouns,
    ).toEqual(they);
  });

  it('reads location, years, title and spoken languages from the About bullets', () => {
    expect(profile.identity).toEqual({
      name: 'Dan Okafor',
      pronouns: he,
      title: 'Engineering Manager',
      location: 'Leeds, UK',
      yearsOfExperience: 13,
    });
    expect(profile.languages).toEqual([{ name: 'English' }, { name: 'Yoruba' }]);
    expect(notes[0]).toBe(
      'Dan Okafor → identity: title "Engineering Manager", location "Leeds, UK", 13 years of experience, pronouns he/him',
    );
  });

  it('finds the technologies named in the skills sentences, grouped by kind', () => {
    expect(skillNames(profile)).toEqual({
      Languages: ['TypeScript', 'Python'],
      Frontend: ['React', 'Next.js'],
      Backend: ['Node.js', 'NestJS', 'Django', 'GraphQL'],
      Databases: ['PostgreSQL', 'Redis'],
      'Cloud & DevOps': ['AWS', 'Terraform', 'GitHub Actions', 'CI/CD'],
      Testing: ['Playwright', 'Jest'],
      Observability: ['Datadog', 'Sentry'],
      Design: ['Figma'],
      // Not in the vocabulary, but listed as tools ("Linear for planning, …").
      'Tools & workflow': ['Linear', 'Notion'],
    });
    // "I mentor early-career developers at Leeds Code Club …"
    expect(profile.expertise).toEqual(['mentoring']);
    expect(notes).toContain(
      'Tech I reach for → 14 skills named in prose, in 6 categories: Languages, Frontend, Backend, Databases, Cloud & DevOps, Testing',
    );
  });

  it('reads each numbered role: company, dates, title and the work after the colon', () => {
    expect(profile.roles[0]).toEqual({
      company: 'Parcelwise',
      title: 'Engineering Manager',
      start: '2023',
      end: 'present',
      highlights: [
        'Lead the Shipments platform group',
        'Rebuilt the on-call rotation and introduced an RFC process for cross-team changes.',
      ],
      technologies: [],
    });
    expect(
      profile.roles.map((r) => [r.company, r.title, r.start, r.end, r.highlights.length]),
    ).toEqual([
      ['Parcelwise', 'Engineering Manager', '2023', 'present', 2],
      ['Tidewater Health', 'Engineering Manager', '2019', '2023', 1],
      ['Quillstack', 'Senior Full-Stack Engineer, then Tech Lead', '2015', '2019', 2],
      ['Northgate Digital', 'Software Developer', '2012', '2015', 1],
    ]);
  });

  it('files Highlights as impact, the posts written as articles, mentoring as a section', () => {
    expect(profile.impact).toHaveLength(6);
    expect(profile.impact[0]).toMatch(/^Cut p95 API latency/);
    expect(profile.publications.map((p) => [p.kind, p.title, p.date])).toContainEqual([
      'article',
      'Strangling a Django monolith, one route at a time',
      '2022',
    ]);
    expect(profile.publications).toHaveLength(4);
    expect(profile.sections.map((s) => s.title)).toEqual(['Mentoring']);
    expect(profile.sections[0]?.items).toEqual([
      "I mentor early-career developers at Leeds Code Club on Tuesday evenings, and once a month I hold open office hours for new engineering managers — grab a slot through the Calendly link below. I'm happiest helping with first-time management, system design interviews, and the jump from IC to tech lead.",
    ]);
  });

  it('reads the contact list', () => {
    expect(profile.contact.email).toBe('dan.okafor.builds@gmail.com');
    expect(profile.contact.linkedin).toBe('https://www.linkedin.com/in/daniel-okafor-em');
  });
});

describe('a README without an H1', () => {
  it('takes the name from "I\'m Jane Doe, a …" and "My name is …" in the first paragraph', () => {
    const doe = imported(
      "I'm Jane Doe, a backend developer.\n\n## Experience\n- Backend Developer — Acme, 2020 – 2023\n",
    ).profile;
    expect(doe.identity.name).toBe('Jane Doe');
    expect(doe.summary).toEqual(["I'm Jane Doe, a backend developer."]);
    const lee = imported(
      'My name is Ana Lee (she/her).\n\n## Experience\n- Data Engineer — Acme, 2020 – 2023\n',
    ).profile;
    expect(lee.identity).toMatchObject({
      name: 'Ana Lee',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Data Engineer',
    });
  });

  it('does not take a greeting with no name, or a name mid-text, for the name', () => {
    expect(() => importMarkdownProfile('Welcome to My Profile.\n')).toThrow(/no name found/);
    expect(() =>
      importMarkdownProfile('I build tools. Then I met Jane, a backend developer.\n'),
    ).toThrow(/no name found/);
  });

  it('takes the first name a greeting gives, made whole by the surname written elsewhere', () => {
    const alone = importMarkdownProfile(
      "Hi, I'm Jane, a backend developer.\n\nBackend Developer | Go | PostgreSQL\n",
    ).profile;
    expect(alone.identity.name).toBe('Jane');
    const whole = importMarkdownProfile(
      "Hi, I'm Jane.\n\nBackend Developer | Go | PostgreSQL\n\nWrite to Jane Okoro at jane@example.com.\n",
    ).profile;
    expect(whole.identity.name).toBe('Jane Okoro');
  });

  it("reads the owner's name from a site page's front matter", () => {
    const page = (frontMatter: string) =>
      importMarkdownProfile(
        `---\n${frontMatter}\nlayout: page\n---\n\nBackend Developer | Go | PostgreSQL\n\nI build payment APIs in Lagos.\n`,
      ).profile.identity.name;
    expect(page('title: About\nauthor: Ada Obi')).toBe('Ada Obi');
    expect(page('title: About\ndescription: "Ada Obi — backend developer, Lagos"')).toBe('Ada Obi');
    expect(page('title: Ada Obi')).toBe('Ada Obi');
    expect(() => page('title: About Me\ndescription: Notes and links')).toThrow(/no name found/);
  });
});

describe('facts written as bullets and sentences', () => {
  const about = (bullets: string, header = '') =>
    imported(`# Ana Lee\n${header}\n\n## About\n${bullets}\n`).profile;

  it('takes the title and the current role from "Currently … at …" when nothing else says them', () => {
    const profile = about('- 🏢 Currently Staff Engineer at **Lumen Labs**, a climate startup');
    expect(profile.identity.title).toBe('Staff Engineer');
    expect(profile.roles).toEqual([
      {
        company: 'Lumen Labs',
        title: 'Staff Engineer',
        end: 'present',
        highlights: [],
        technologies: [],
      },
    ]);
  });

  it('reads "N years in software" and a bullet opening with "Based in"', () => {
    const profile = about(
      '- 📍 Based in Porto, Portugal\n- 🧭 9 years in software, 3 of them in data',
      'Data Engineer',
    );
    expect(profile.identity.location).toBe('Porto, Portugal');
    expect(profile.identity.yearsOfExperience).toBe(9);
  });

  it('keeps a skills sentence beside lists as expertise rather than mining it', () => {
    const { profile } = imported(
      '# Ana Lee\nBackend Engineer\n\n## Skills\n- **Languages:** Go, Rust\n\nI also dabble in Elixir when nobody is looking.\n',
    );
    expect(skillNames(profile)).toEqual({ Languages: ['Go', 'Rust'] });
    expect(profile.expertise).toEqual(['I also dabble in Elixir when nobody is looking.']);
  });

  it('keeps a skills sentence that names nothing known as expertise', () => {
    const { profile } = imported(
      '# Ana Lee\nBackend Engineer\n\n## Stack\nWhatever gets the job done, honestly.\n',
    );
    expect(profile.skills).toEqual([]);
    expect(profile.expertise).toEqual(['Whatever gets the job done, honestly.']);
  });
});

describe('section headings', () => {
  it.each([
    ['⚡ Tech I reach for', 'skills'],
    ['Tools & workflow', 'skills'],
    ['Tools', 'skills'],
    ['Stack', 'skills'],
    ['What I use', 'skills'],
    ["🏢 Where I've been", 'experience'],
    ['🌟 Highlights', 'impact'],
    ["Things I've written", 'publications'],
    ['Recent writing', 'publications'],
    ['Mentoring', undefined],
    ['Tech talks', 'publications'],
  ])('"%s" is %s', (heading, kind) => {
    expect(sectionKind(heading)).toBe(kind);
  });
});
