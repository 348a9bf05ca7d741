import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { type Profile, ProfileSchema } from '../../src/knowledge/schema.ts';
import { fixture, imported } from '../support/import-fixture.ts';

const skillNames = (profile: Profile) =>
  Object.fromEntries(profile.skills.map((c) => [c.id, c.skills.map((s) => s.name)]));

/** Every text field of the profile, to check that no mojibake or emoji survived into names. */
function names(profile: Profile): string[] {
  return [
    profile.identity.name,
    profile.identity.title,
    profile.identity.location ?? '',
    ...profile.skills.flatMap((c) => [c.name, ...c.skills.map((s) => s.name)]),
    ...profile.projects.map((p) => p.name),
    ...profile.roles.flatMap((r) => [r.title, r.company]),
    ...profile.sections.map((s) => s.title),
  ];
}

describe('importing the Fahad Khan README (bold-label skills, H3 projects, mojibake)', () => {
  const { profile, notes } = imported(fixture('fahad-khan.md'));

  it('reads the name, title, headline, location and years of experience', () => {
    expect(profile.identity).toEqual({
      name: 'Fahad Khan',
      pronouns: { subject: 'they', object: 'them', possessive: 'their' },
      title: 'Senior Backend Engineer',
      headline: 'Senior Backend Engineer | Golang | Distributed Systems',
      location: 'Lahore, Pakistan',
      yearsOfExperience: 6,
      yearsOfExperienceNote: '6+',
    });
  });

  it('turns each **Label:** line into a skill category', () => {
    expect(skillNames(profile)).toEqual({
      backend: ['Go', 'Gin', 'Fiber', 'Echo', 'GORM', 'Ent'],
      databases: ['PostgreSQL', 'MySQL', 'Redis', 'MongoDB'],
      cloud: ['AWS', 'GCP', 'DigitalOcean'],
      devops: ['Docker', 'Kubernetes', 'CI/CD', 'GitHub Actions'],
      observability: ['OpenTelemetry', 'Jaeger', 'Datadog'],
      frontend: ['React', 'TypeScript', 'Vue'],
    });
    expect(profile.skills.find((c) => c.id === 'frontend')).toMatchObject({
      name: 'Frontend',
      note: 'selective',
    });
    // Aliases are the answer engine's business unless the README gives them.
    expect(profile.skills.flatMap((c) => c.skills.flatMap((s) => s.aliases))).toEqual([]);
  });

  it('repairs the mojibake and keeps it and the emoji out of project names', () => {
    expect(profile.projects.map((p) => p.name)).toEqual([
      'Recurring Event Scheduling Engine',
      'Stripe Webhook Processing System',
      'Electric Avenue Portal',
      'Tactical RMM Contributions',
    ]);
    for (const name of names(profile))
      expect(name).not.toMatch(/[ðŸ”¹]|\p{Extended_Pictographic}/u);
    expect(notes).toContain('Mojibake → 4 sequences repaired, 0 dropped');
  });

  it('reads a technology from a "(Go)" suffix and the summary under each project', () => {
    expect(profile.projects[0]).toMatchObject({
      id: 'recurring-event-scheduling-engine',
      technologies: ['Go'],
      summary: expect.stringMatching(/^Reusable scheduling system .* timezone awareness\.$/),
    });
    expect(profile.projects[1]?.technologies).toEqual([]);
  });

  it('fills summary, expertise, impact, principles, exploring and industries', () => {
    expect(profile.summary).toHaveLength(3);
    expect(profile.expertise).toHaveLength(10);
    expect(profile.expertise).toContain('Distributed tracing (Jaeger, OpenTelemetry)');
    expect(profile.impact[0]).toBe(
      'Migrated a legacy C-based controller into a scalable Go microservice architecture.',
    );
    expect(profile.principles).toContain('Clean Architecture & SOLID');
    expect(profile.exploring).toEqual([
      'Advanced distributed system patterns',
      'Resilient background job processing',
      'High-availability service design',
    ]);
    expect(profile.industries).toEqual([
      'Fintech systems',
      'Subscription billing platforms',
      'EV infrastructure workflows',
      'Cloud-native enterprise applications',
    ]);
  });

  it('reads the Connect lines into contact', () => {
    expect(profile.contact).toEqual({
      email: 'fk.fahad96@gmail.com',
      linkedin: 'https://linkedin.com/in/fahadkhan-dev-engineer',
      github: 'https://github.com/fahadkhan-fk',
      other: [],
    });
  });

  it('says what it mapped where', () => {
    expect(notes).toEqual(
      expect.arrayContaining([
        'Tech Stack → 6 categories, 23 skills',
        'Selected Work → 4 projects',
        'Connect → contact: linkedin, github, email',
      ]),
    );
  });

  it('matches the hand-written knowledge/profile.yaml on everything the README states', () => {
    const shipped = ProfileSchema.parse(parseYaml(readFileSync('knowledge/profile.yaml', 'utf8')));
    expect(profile.identity.title).toBe(shipped.identity.title);
    expect(profile.expertise).toEqual(shipped.expertise);
    expect(profile.impact).toEqual(shipped.impact);
    expect(profile.principles).toEqual(shipped.principles);
    expect(profile.industries).toEqual(shipped.industries);
    expect(profile.skills.map((c) => [c.id, c.skills.map((s) => s.name)])).toEqual(
      shipped.skills.map((c) => [c.id, c.skills.map((s) => s.name)]),
    );
    expect(profile.projects.map((p) => [p.id, p.summary])).toEqual(
      shipped.projects.map((p) => [p.id, p.summary]),
    );
  });
});

describe('importing a data engineer (roles with dates, education, certifications, languages)', () => {
  const { profile } = imported(fixture('ingrid-solberg-mensah.md'));

  it('reads the header: bold title, emoji location, link line', () => {
    expect(profile.identity).toMatchObject({
      name: 'Ingrid Solberg-Mensah',
      title: 'Staff Data Engineer',
      headline: 'Staff Data Engineer · Streaming pipelines · Lakehouse platforms',
      location: 'Rotterdam, Netherlands',
      yearsOfExperience: 9,
      yearsOfExperienceNote: '9+',
    });
    expect(profile.contact).toEqual({
      email: 'ingrid.solberg@example.org',
      linkedin: 'https://www.linkedin.com/in/ingrid-solberg-mensah-example',
      github: 'https://github.com/isolberg-example',
      other: [],
    });
  });

  it('reads a skills table, splitting "AWS (S3, Glue, Kinesis)"', () => {
    expect(skillNames(profile)).toEqual({
      languages: ['Python', 'SQL', 'Scala'],
      processing: ['Apache Spark', 'Apache Flink', 'dbt'],
      orchestration: ['Airflow', 'Dagster'],
      storage: ['Delta Lake', 'Snowflake', 'PostgreSQL'],
      cloud: ['AWS', 'S3', 'Glue', 'Kinesis', 'Azure Data Factory'],
    });
  });

  it('reads each role with company, title, dates, place, highlights and technologies', () => {
    expect(profile.roles).toEqual([
      {
        company: 'Havenlijn Logistics',
        title: 'Staff Data Engineer',
        start: '2021-03',
        end: 'present',
        location: 'Rotterdam, Netherlands',
        summary: 'Leads the data platform team of five engineers.',
        highlights: [
          'Replaced nightly batch loads with Flink streaming jobs, cutting container-tracking latency from 6 hours to 90 seconds.',
          'Introduced data contracts between producer teams and the warehouse.',
        ],
        technologies: ['Flink', 'Kafka', 'Delta Lake', 'Airflow'],
      },
      {
        company: 'Noordstroom Energie',
        title: 'Data Engineer',
        start: '2017-06',
        end: '2021-02',
        location: 'Amsterdam, Netherlands',
        highlights: [
          'Built the intraday power-price ingestion pipeline feeding the trading desk.',
          'Migrated 140 cron scripts to Airflow with lineage and alerting.',
        ],
        technologies: ['Python', 'Airflow', 'PostgreSQL'],
      },
      {
        company: 'Stadsvervoer Utrecht',
        title: 'Junior BI Developer',
        start: '2015',
        end: '2017',
        highlights: ['Maintained the ridership dashboards used by the network planning team.'],
        technologies: [],
      },
    ]);
  });

  it('reads education, certifications and spoken languages', () => {
    expect(profile.education).toEqual([
      {
        institution: 'Eindhoven University of Technology',
        degree: 'MSc',
        field: 'Data Science',
        start: '2013',
        end: '2015',
        details: [],
      },
      {
        institution: 'University of Ghana',
        degree: 'BSc',
        field: 'Applied Mathematics',
        start: '2009',
        end: '2013',
        details: [],
      },
    ]);
    expect(profile.certifications).toEqual([
      {
        name: 'Databricks Certified Data Engineer Professional',
        issuer: 'Databricks',
        year: '2023',
        url: 'https://credentials.example.org/ingrid-dbx',
      },
      {
        name: 'AWS Certified Data Analytics – Specialty',
        issuer: 'Amazon Web Services',
        year: '2021',
      },
      { name: 'Google Cloud Professional Data Engineer', issuer: 'Google Cloud', year: '2019' },
    ]);
    expect(profile.languages).toEqual([
      { name: 'English', proficiency: 'fluent' },
      { name: 'Dutch', proficiency: 'professional working proficiency' },
      { name: 'Norwegian', proficiency: 'native' },
      { name: 'Twi', proficiency: 'conversational' },
    ]);
  });

  it('reads industries from "I have worked across …" and the FAQ from H3 questions', () => {
    expect(profile.industries).toEqual(['Logistics', 'Energy trading', 'Public transport']);
    expect(profile.faq).toEqual([
      {
        id: 'are-you-open-to-relocation',
        questions: ['Are you open to relocation?'],
        answer: 'No. I am based in Rotterdam and prefer hybrid roles in the Randstad.',
      },
      {
        id: 'do-you-mentor',
        questions: ['Do you mentor?'],
        answer: 'Yes, I run the internal data engineering guild and mentor two junior engineers.',
      },
    ]);
  });
});

describe('importing a design engineer (emoji headings, bullet skills, an unknown section)', () => {
  const { profile, notes } = imported(fixture('tomas-arvelo.md'));

  it('takes the name from "Hi there 👋, I\'m …" and the website from the header', () => {
    expect(profile.identity).toMatchObject({
      name: 'Tomás Arvelo',
      title: 'Design Engineer',
      headline: 'Design Engineer — interfaces, design systems & motion',
      location: 'Lisbon, Portugal',
      yearsOfExperience: 7,
      yearsOfExperienceNote: 'over 7',
    });
    expect(profile.contact).toEqual({
      website: 'https://tomasarvelo.example',
      email: 'hello@tomasarvelo.example',
      other: [
        { label: 'Dribbble', url: 'https://dribbble.com/tarvelo-example' },
        { label: 'Mastodon', url: 'https://mastodon.example/@tarvelo' },
      ],
    });
  });

  it('reads nested bullet lists under "## 🛠️ Toolbox" as skill categories', () => {
    expect(skillNames(profile)).toEqual({
      design: ['Figma', 'Framer', 'Design tokens'],
      code: ['TypeScript', 'React', 'Svelte', 'Testing', 'Vitest', 'Playwright'],
      motion: ['GSAP', 'Lottie', 'Rive'],
    });
    expect(profile.skills[2]?.skills[2]).toEqual({ name: 'Rive', note: 'learning', aliases: [] });
    expect(profile.expertise).toHaveLength(3);
  });

  it('reads "## 💼 Work" with dates as roles', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end, r.location])).toEqual([
      ['Lead Design Engineer', 'Maré Travel', '2022', 'present', 'Lisbon'],
      ['Product Designer & Front-end Developer', 'Clínica Aberta', '2018-09', '2021-12', 'Remote'],
      ['UI Developer (contract)', 'Câmara Municipal de Sintra', '2017', '2018', undefined],
    ]);
    expect(profile.roles[0]?.highlights).toHaveLength(2);
  });

  it('reads "[Name](url): summary" and "**Name** — summary" projects with their links', () => {
    expect(profile.projects).toEqual([
      {
        id: 'paleta',
        name: 'Paleta',
        aliases: [],
        summary: 'a colour-contrast checker that suggests accessible palette tweaks.',
        details: [],
        technologies: [],
        links: [{ label: 'Paleta', url: 'https://github.com/tarvelo-example/paleta' }],
      },
      {
        id: 'type-scale-lab',
        name: 'Type Scale Lab',
        aliases: [],
        summary: 'an interactive modular-scale calculator for web typography.',
        details: [],
        technologies: ['TypeScript', 'Vite'],
        links: [{ label: 'Demo', url: 'https://typescale.example.dev' }],
      },
    ]);
  });

  it('keeps the unknown section and every line it could not place', () => {
    expect(profile.sections).toEqual([
      { id: 'side-projects', title: 'Side Projects', items: ['Some things I have built for fun:'] },
      {
        id: 'currently-on-repeat',
        title: 'Currently on Repeat',
        items: ['Khruangbin — Con Todo El Mundo', 'Nils Frahm — All Melody'],
      },
      { id: 'reach-me', title: 'Reach me', items: ['Phone: ask by email first'] },
    ]);
    expect(notes).toContain('Currently on Repeat → kept as section "currently-on-repeat"');
  });

  it('reads education from a plain line and "currently learning" from the intro bullets', () => {
    expect(profile.education).toEqual([
      {
        institution: 'Universidade de Lisboa',
        degree: 'BA',
        field: 'Communication Design',
        start: '2013',
        end: '2016',
        details: [],
      },
    ]);
    expect(profile.exploring).toEqual(['Rust and WebAssembly for in-browser image tools']);
  });

  it('reads industries from "for travel, health and public-sector clients"', () => {
    expect(profile.industries).toEqual(['Travel', 'Health', 'Public sector']);
    // "What I do" lists the expertise, so "Ask me about …" stays a sentence of the summary.
    expect(profile.expertise).toHaveLength(3);
    expect(profile.summary.at(-1)).toMatch(/^Ask me about design tokens/);
  });
});

describe('other README shapes', () => {
  it('recognises section names in any case, with emoji and a leading "My"', () => {
    const { profile, notes } = imported(`# Ana Lee
Backend Developer

## 🧰 MY TECH STACK
**Languages:** Go, Rust

## 🚀 featured projects
- **Ferry** — a tiny job queue

## ✉️ Find me
- [GitHub](https://github.com/ana-lee-example)
`);
    expect(profile.skills).toHaveLength(1);
    expect(profile.projects.map((p) => p.name)).toEqual(['Ferry']);
    expect(profile.contact.github).toBe('https://github.com/ana-lee-example');
    expect(notes.some((n) => n.includes('kept as section'))).toBe(false);
  });

  it('reads an FAQ written as bold questions with the answer after or under them', () => {
    const { profile } = imported(`# Ana Lee
Backend Developer

## FAQ
- **Are you available for contract work?** Yes, from March.
- **Do you work remotely?**
  Yes, from Porto.
`);
    expect(profile.faq.map((f) => [f.questions[0], f.answer])).toEqual([
      ['Are you available for contract work?', 'Yes, from March.'],
      ['Do you work remotely?', 'Yes, from Porto.'],
    ]);
  });

  it('treats a "Languages" section of programming languages as skills, not spoken languages', () => {
    const { profile } = imported(
      '# Ana Lee\nBackend Developer\n\n## Languages\n- Go\n- Rust\n- TypeScript\n',
    );
    expect(profile.languages).toEqual([]);
    expect(skillNames(profile)).toEqual({ languages: ['Go', 'Rust', 'TypeScript'] });
  });

  it('applies --pronouns and defaults to they/them/their', () => {
    const he = { subject: 'he', object: 'him', possessive: 'his' };
    expect(imported(fixture('fahad-khan.md'), { pronouns: he }).profile.identity.pronouns).toEqual(
      he,
    );
  });

  it('invents nothing: no years, industries or title that the text does not state', () => {
    const { profile } = imported('# Ana Lee\nBackend Developer\n\n## About\nI like boats.\n');
    expect(profile.identity).toEqual({
      name: 'Ana Lee',
      pronouns: { subject: 'they', object: 'them', possessive: 'their' },
      title: 'Backend Developer',
    });
    expect(profile.industries).toEqual([]);
    expect(profile.skills).toEqual([]);
  });

  it('finds the title in the summary when no header line gives it', () => {
    const { profile } = imported(
      '# Ana Lee\n\n## About Me\nI am a Platform Engineer with 4 years of experience in Kubernetes.\n',
    );
    expect(profile.identity.title).toBe('Platform Engineer');
    expect(profile.identity.yearsOfExperience).toBe(4);
    expect(profile.identity.yearsOfExperienceNote).toBeUndefined();
  });

  it('refuses a README without an H1 name or any job title, saying what to add', () => {
    expect(() => importMarkdownProfile('Just some text.\n')).toThrow(/H1 heading/);
    expect(() => importMarkdownProfile('# Ana Lee\n\nI like boats.\n')).toThrow(/job title/);
  });
});
