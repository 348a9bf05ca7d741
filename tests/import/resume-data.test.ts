import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importProfile } from '../../src/import/import-profile.ts';
import { buildImportReport } from '../../src/import/import-report.ts';
import type { Profile } from '../../src/knowledge/schema.ts';

// A Jekyll résumé theme's `_data/resume.yml`: its own key names, skill levels as numbers,
// an anchor reused, a folded summary and a literal description.
const JEKYLL = `# _data/resume.yml
layout: resume
name: Amara Okafor
role: Senior Backend Engineer
location: Lagos, Nigeria
email: amara@example.dev
phone: "+234 802 555 0199"
website: https://amara.dev
social:
  - name: GitHub
    url: https://github.com/amaraok
  - name: LinkedIn
    url: https://www.linkedin.com/in/amara-okafor
about: >
  Backend engineer building payment systems in Go and Postgres
  for West African fintechs.
availability: Open to remote contract work from February 2027
experience:
  - company: Paystack
    position: Senior Backend Engineer
    start: Mar 2021
    end: Present
    location: &lagos Lagos
    tech: [Go, PostgreSQL, Kafka]
    achievements:
      - Built the settlement ledger that moves 2 million transfers a day.
  - company: Andela
    title: Software Engineer
    location: *lagos
    dates: 2017 – 2021
    description: |
      Worked on partner teams building payment APIs.
education:
  - school: University of Lagos
    degree: BSc
    major: Computer Engineering
    year: 2016
skills:
  - name: Backend
    level: 90
    items: [Go, PostgreSQL, Kafka]
  - name: Cloud
    level: Expert
    items: AWS, Terraform
projects:
  - title: ledgerd
    github: amaraok/ledgerd
    description: A double-entry ledger service.
    stack: [Go, SQLite]
languages:
  - language: English
    fluency: Native
  - Yoruba (native)
certifications:
  - name: AWS Certified Solutions Architect – Associate
    authority: Amazon Web Services
    year: 2022
talks:
  - title: Idempotency keys in practice
    event: GopherCon Africa
    date: 2023
mentoring: Runs the Lagos Gophers study group every month.
`;

// A JSON Resume written as YAML, as resumed and resume-cli users keep it: years as numbers.
const JSON_RESUME_YAML = `basics:
  name: Tomasz Wiśniewski
  label: Data Engineer
  email: tomasz@example.pl
  location:
    city: Kraków
    countryCode: PL
  profiles:
    - network: GitHub
      username: twisniewski
      url: https://github.com/twisniewski
work:
  - name: Allegro
    position: Data Engineer
    startDate: 2020-02
    highlights:
      - Moved the nightly batch jobs from Hive to Spark on Kubernetes.
  - name: Comarch
    position: Junior Developer
    startDate: 2017
    endDate: 2020
skills:
  - name: Data
    keywords: [Spark, Airflow, dbt]
languages:
  - language: Polish
    fluency: Native
  - language: English
    fluency: C1
certificates:
  - name: Databricks Certified Data Engineer Professional
    issuer: Databricks
    date: 2023-05
`;

// A personal site's cv.json: flat, `jobs` with one `period`, skills grouped as a mapping.
const SITE_CV = JSON.stringify({
  name: 'Lucía Fernández',
  title: 'Frontend Engineer',
  city: 'Valencia, Spain',
  contact: { email: 'lucia@example.es', github: 'luciafdz', skype: 'lucia.fdz' },
  jobs: [
    {
      employer: 'Typeform',
      role: 'Frontend Engineer',
      period: '2019 – present',
      bullets: ['Rebuilt the form builder in React and TypeScript.'],
    },
    { employer: 'Ubeeqo', role: 'Web Developer', period: 'Jun 2016 – Dec 2018' },
  ],
  skills: { Frontend: ['React', 'TypeScript', 'Svelte'], Testing: 'Playwright, Vitest' },
  languages: { Spanish: 'native', English: 'fluent' },
  awards: [{ title: 'Hackathon winner', by: 'JSConf ES', year: 2022 }],
  newsletter: 'Writes "Frontend Fridays", a weekly letter on accessibility.',
});

// A Hugo data file with the résumé nested under one key.
const NESTED = `resume:
  profile:
    name: Kenji Watanabe
    headline: Site Reliability Engineer
    location: Osaka, Japan
    email: kenji@example.jp
  positions:
    - organization: LINE
      title: SRE
      from: 2018-04
      to: null
      responsibilities:
        - Ran the Prometheus and Thanos fleet for 3,000 hosts.
  certificates:
    - Certified Kubernetes Administrator (CKA)
`;

// A résumé builder's JSON export: lists under `sections`, links as {label, href}, rich text
// as HTML, ids and visibility flags only the builder needs.
const BUILDER_EXPORT = JSON.stringify({
  basics: {
    name: 'Priya Raman',
    headline: 'Mobile Engineer',
    email: 'priya@example.in',
    location: 'Chennai, India',
    url: { label: '', href: 'https://priya.dev' },
  },
  sections: {
    summary: {
      id: 'summary',
      visible: true,
      content: '<p>Ships <strong>Kotlin</strong> apps.</p>',
    },
    experience: {
      id: 'experience',
      items: [
        {
          id: 'a1',
          visible: true,
          company: 'Freshworks',
          position: 'Senior Android Engineer',
          date: 'Jan 2021 - Present',
          summary: '<ul><li>Led the rewrite of the helpdesk app in Jetpack Compose.</li></ul>',
        },
      ],
    },
    skills: {
      items: [{ id: 's1', name: 'Android', level: 4, keywords: ['Kotlin', 'Jetpack Compose'] }],
    },
    profiles: {
      items: [
        {
          id: 'p1',
          network: 'GitHub',
          username: 'priyar',
          url: { href: 'https://github.com/priyar' },
        },
      ],
    },
  },
  metadata: { template: 'rhyhorn' },
});

async function imported(text: string, fileName?: string) {
  return importProfile(new TextEncoder().encode(text), fileName ? { fileName } : {});
}

function ask(profile: Profile, question: string): string {
  return answerToPlainText(createAssistant(profile).ask(question));
}

describe('importing a Jekyll résumé data file', () => {
  it('reads the owner, contact and availability from its own key names', async () => {
    const { format, profile } = await imported(JEKYLL, '_data/resume.yml');
    expect(format).toBe('resume-data');
    expect(profile.identity).toMatchObject({
      name: 'Amara Okafor',
      title: 'Senior Backend Engineer',
      location: 'Lagos, Nigeria',
      availability: 'Open to remote contract work from February 2027',
    });
    expect(profile.summary).toEqual([
      'Backend engineer building payment systems in Go and Postgres for West African fintechs.',
    ]);
    expect(profile.contact).toMatchObject({
      email: 'amara@example.dev',
      phone: '+234 802 555 0199',
      website: 'https://amara.dev',
      github: 'https://github.com/amaraok',
      linkedin: 'https://www.linkedin.com/in/amara-okafor',
    });
  });

  it('reads jobs with their dates, the current one open, and an aliased location', async () => {
    const { roles } = (await imported(JEKYLL, 'resume.yml')).profile;
    expect(roles.map((r) => [r.company, r.title, r.start, r.end, r.location])).toEqual([
      ['Paystack', 'Senior Backend Engineer', '2021-03', undefined, 'Lagos'],
      ['Andela', 'Software Engineer', '2017', '2021', 'Lagos'],
    ]);
    expect(roles[0]?.technologies).toEqual(['Go', 'PostgreSQL', 'Kafka']);
    expect(roles[0]?.highlights).toEqual([
      'Built the settlement ledger that moves 2 million transfers a day.',
    ]);
    expect(roles[1]?.summary).toBe('Worked on partner teams building payment APIs.');
  });

  it('reads grouped skills with their levels, projects, certificates, talks and languages', async () => {
    const { profile } = await imported(JEKYLL, 'resume.yml');
    expect(profile.skills.map((c) => [c.name, c.note, c.skills.map((s) => s.name)])).toEqual([
      ['Backend', '90%', ['Go', 'PostgreSQL', 'Kafka']],
      ['Cloud', 'Expert', ['AWS', 'Terraform']],
    ]);
    expect(profile.education).toMatchObject([
      {
        institution: 'University of Lagos',
        degree: 'BSc',
        field: 'Computer Engineering',
        end: '2016',
      },
    ]);
    expect(profile.projects).toMatchObject([
      {
        name: 'ledgerd',
        summary: 'A double-entry ledger service.',
        technologies: ['Go', 'SQLite'],
        links: [{ url: 'https://github.com/amaraok/ledgerd' }],
      },
    ]);
    expect(profile.certifications).toEqual([
      {
        name: 'AWS Certified Solutions Architect – Associate',
        issuer: 'Amazon Web Services',
        year: '2022',
      },
    ]);
    expect(profile.publications).toMatchObject([
      { kind: 'talk', title: 'Idempotency keys in practice', venue: 'GopherCon Africa' },
    ]);
    expect(profile.languages).toEqual([
      { name: 'English', proficiency: 'Native' },
      { name: 'Yoruba', proficiency: 'native' },
    ]);
  });

  it('keeps a key it cannot place as searchable text and names it in the report', async () => {
    const result = await imported(JEKYLL, 'resume.yml');
    const report = buildImportReport('resume.yml', result);
    expect(report.keptAsText).toContainEqual({
      section: 'resume-data',
      title: 'Other résumé data',
      items: ['mentoring: Runs the Lagos Gophers study group every month.'],
    });
    expect(report.mapped).toContainEqual({ from: 'experience', to: 'work (2 entries)' });
    expect(report.mapped).toContainEqual({
      from: 'layout',
      to: 'not imported: they describe the file, not the owner',
    });
    expect(ask(result.profile, 'does she mentor?')).toMatch(/Lagos Gophers/);
  });

  it('answers questions about the imported owner', async () => {
    const { profile } = await imported(JEKYLL, 'resume.yml');
    expect(ask(profile, 'where does she work now?')).toMatch(/Paystack/);
    expect(ask(profile, 'does she know kafka?')).toMatch(/Kafka/);
    expect(ask(profile, 'is she AWS certified?')).toMatch(/Solutions Architect/);
    expect(ask(profile, 'has she given talks?')).toMatch(/Idempotency keys in practice/);
  });
});

describe('importing other résumé data', () => {
  it('reads a JSON Resume written as YAML, numbers as dates', async () => {
    const { format, profile } = await imported(JSON_RESUME_YAML, 'resume.yaml');
    expect(format).toBe('resume-data');
    expect(profile.identity).toMatchObject({
      name: 'Tomasz Wiśniewski',
      title: 'Data Engineer',
      location: 'Kraków, Poland',
    });
    expect(profile.roles.map((r) => [r.company, r.start, r.end])).toEqual([
      ['Allegro', '2020-02', undefined],
      ['Comarch', '2017', '2020'],
    ]);
    expect(profile.certifications).toMatchObject([
      {
        name: 'Databricks Certified Data Engineer Professional',
        issuer: 'Databricks',
        year: '2023-05',
      },
    ]);
    expect(profile.languages.map((l) => l.name)).toEqual(['Polish', 'English']);
    expect(ask(profile, 'does he know airflow?')).toMatch(/Airflow/);
  });

  it('reads a personal site’s flat cv.json with jobs, one period each and skills by group', async () => {
    const { format, profile } = await imported(SITE_CV, 'cv.json');
    expect(format).toBe('resume-data');
    expect(profile.identity).toMatchObject({
      name: 'Lucía Fernández',
      title: 'Frontend Engineer',
      location: 'Valencia, Spain',
    });
    expect(profile.contact).toMatchObject({
      email: 'lucia@example.es',
      github: 'https://github.com/luciafdz',
    });
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end])).toEqual([
      ['Typeform', 'Frontend Engineer', '2019', undefined],
      ['Ubeeqo', 'Web Developer', '2016-06', '2018-12'],
    ]);
    expect(profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)])).toEqual([
      ['Frontend', ['React', 'TypeScript', 'Svelte']],
      ['Testing', ['Playwright', 'Vitest']],
    ]);
    expect(profile.languages).toEqual([
      { name: 'Spanish', proficiency: 'native' },
      { name: 'English', proficiency: 'fluent' },
    ]);
    expect(profile.awards).toMatchObject([
      { title: 'Hackathon winner', awarder: 'JSConf ES', date: '2022' },
    ]);
    expect(profile.sections.flatMap((s) => s.items)).toContain('contact — skype: lucia.fdz');
    expect(ask(profile, 'does she write a newsletter?')).toMatch(/Frontend Fridays/);
    expect(ask(profile, 'does she know svelte?')).toMatch(/Svelte/);
  });

  it('reads a résumé builder’s export with its lists under sections and its text as HTML', async () => {
    const { format, profile } = await imported(BUILDER_EXPORT, 'resume-export.json');
    expect(format).toBe('resume-data');
    expect(profile.identity).toMatchObject({ name: 'Priya Raman', title: 'Mobile Engineer' });
    expect(profile.summary).toEqual(['Ships Kotlin apps.']);
    expect(profile.contact).toMatchObject({
      website: 'https://priya.dev',
      github: 'https://github.com/priyar',
    });
    expect(profile.roles).toMatchObject([
      {
        company: 'Freshworks',
        start: '2021-01',
        summary: 'Led the rewrite of the helpdesk app in Jetpack Compose.',
      },
    ]);
    expect(profile.skills[0]).toMatchObject({ name: 'Android', note: '4/5' });
    expect(JSON.stringify(profile)).not.toMatch(/rhyhorn|"a1"|visible/);
  });

  it('reads a résumé nested under one key, without a YAML file name', async () => {
    const { format, profile } = await imported(NESTED);
    expect(format).toBe('resume-data');
    expect(profile.identity).toMatchObject({
      name: 'Kenji Watanabe',
      title: 'Site Reliability Engineer',
      location: 'Osaka, Japan',
    });
    expect(profile.contact.email).toBe('kenji@example.jp');
    expect(profile.roles).toMatchObject([
      {
        company: 'LINE',
        title: 'SRE',
        start: '2018-04',
        highlights: [expect.stringMatching(/Thanos/)],
      },
    ]);
    expect(profile.roles[0]?.end).toBeUndefined();
    expect(profile.certifications).toEqual([{ name: 'Certified Kubernetes Administrator (CKA)' }]);
    expect(ask(profile, 'is he CKA certified?')).toMatch(/Certified Kubernetes Administrator/);
  });
});

describe('YAML and JSON that are no résumé', () => {
  it('refuses a YAML list', async () => {
    await expect(imported('- name: Go\n- name: Rust\n', 'skills.yml')).rejects.toThrow(
      /not a résumé: it holds a list/,
    );
  });

  it('refuses a GitHub Actions workflow, whose jobs are no jobs', async () => {
    const workflow = `name: CI
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm test
`;
    await expect(imported(workflow, '.github/workflows/ci.yml')).rejects.toThrow(
      /not a résumé: it holds keys "name", "on", "jobs"/,
    );
  });

  it('refuses a docker-compose file', async () => {
    const compose = `services:
  web:
    image: nginx:1.27
    ports: ["8080:80"]
`;
    await expect(imported(compose, 'docker-compose.yml')).rejects.toThrow(/not a résumé/);
  });

  it('reads bare data as a résumé but leaves the same data as front matter to markdown', async () => {
    const data = `name: Amara Okafor
title: Backend Engineer
experience:
  - company: Paystack
    position: Backend Engineer
`;
    expect((await imported(data)).format).toBe('resume-data');
    const page = `---\n${data}---\n# Amara Okafor\n\nBackend Engineer at Paystack in Lagos.\n`;
    expect((await imported(page)).format).toBe('markdown');
  });
});
