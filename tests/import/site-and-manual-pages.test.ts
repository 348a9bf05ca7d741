import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/** A MkDocs Material "About" page: admonitions and content tabs indent what they hold. */
const mkdocs = `---
title: About
---

# About me

Hi, I'm **Noa Kalani** (she/her) — a Staff Data Engineer based in **Honolulu, USA**.

!!! info "Currently"

    Data platform lead at **Ahi Freight**.

## Work

=== "2021–now"

    **Ahi Freight** — Staff Data Engineer

    I run the warehouse and the dbt models behind every shipping report.

=== "2016–2021"

    **Koa Analytics** — Data Engineer

    Built the first Airflow deployment.

## Tools

- :material-database:{ .lg } **Data:** Snowflake, dbt, Airflow

*[dbt]: data build tool
`;

describe('a MkDocs Material page', () => {
  const { profile } = importMarkdownProfile(mkdocs);

  it('reads the title from "I\'m Name (pronouns) — a Title based in …"', () => {
    expect(profile.identity).toMatchObject({
      name: 'Noa Kalani',
      title: 'Staff Data Engineer',
      location: 'Honolulu, USA',
    });
  });

  it('reads the jobs inside content tabs, dated by the tab labels', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end])).toEqual([
      ['Ahi Freight', 'Staff Data Engineer', '2021', 'present'],
      ['Koa Analytics', 'Data Engineer', '2016', '2021'],
    ]);
  });

  it('keeps what an admonition holds and leaves icons, attributes and the glossary out', () => {
    const text = JSON.stringify(profile);
    expect(text).toContain('Data platform lead at Ahi Freight');
    expect(text).not.toMatch(/:material-|\{ \.lg|data build tool/);
  });
});

describe('a GitHub profile README from the generator', () => {
  const readme = `<h1 align="center">Hi 👋, I'm Kalinda Moore</h1>
<h3 align="center">A passionate mobile developer from Australia</h3>

- 📄 Know about my experiences [https://kalinda.dev/resume.pdf](https://kalinda.dev/resume.pdf)

## Skills
- Kotlin
`;
  const { profile } = importMarkdownProfile(readme);

  it('never takes a link to a .dev site for a job title', () => {
    expect(profile.identity.title).toBe('Mobile developer');
  });

  it('reads the country the headline says the owner is from', () => {
    expect(profile.identity.location).toBe('Australia');
  });
});

describe('a "working with me" page', () => {
  const manual = `# README: Working with Ravi

Hi, I'm **Ravi Menon** (he/him). I'm a **Principal Engineer** at **Quillon**. I live in **Pune, India**.

## How I work

- I care about what the system allowed, not who pressed the button.

## Background

I've been writing software professionally for about eighteen years. In 2014 I moved to Leeds to
join Harrow Labs as a backend engineer. In 2019 I came home to Pune and joined Quillon remotely
as a Senior Engineer.
`;
  const { profile } = importMarkdownProfile(manual);

  it("reads the owner from the introduction, not the manual's title", () => {
    expect(profile.identity).toMatchObject({
      name: 'Ravi Menon',
      title: 'Principal Engineer',
      location: 'Pune, India',
      yearsOfExperience: 18,
    });
  });

  it('reads the jobs the prose tells: "moved to Leeds to join X as …", "joined X remotely as …"', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.start])).toEqual(
      expect.arrayContaining([
        ['Harrow Labs', 'Backend engineer', '2014'],
        ['Quillon', 'Senior Engineer', '2019'],
      ]),
    );
  });

  it('names no expertise from a question word or a length of time', () => {
    expect(profile.expertise.join(' | ')).not.toMatch(/what the system|eighteen years/);
  });
});

describe('a mobile résumé', () => {
  const resume = `# Lina Okoro

**Senior Mobile Engineer** · Lagos, Nigeria

## Apps I've shipped

| App | Platform | Downloads |
|---|---|---|
| Danfo Go | iOS + Android | 1.2M+ |

## Tech

**Languages** Swift, Kotlin
**Testing** XCTest, Espresso
`;
  const { profile } = importMarkdownProfile(resume);

  it('reads each shipped app as a project, its columns kept', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['Danfo Go']);
    expect(profile.projects[0]?.details.join(' ')).toContain('1.2M+');
  });

  it('reads a bold group name without a colon as the group of the list after it', () => {
    expect(profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)])).toEqual([
      ['Languages', ['Swift', 'Kotlin']],
      ['Testing', ['XCTest', 'Espresso']],
    ]);
  });
});

describe("a researcher's GitHub README", () => {
  const readme = `# Hi, I'm Amaka 👋

I'm an ML engineer based in **Accra, Ghana**.

### 📚 Publications

- *Drift Happens: A Study* — NeurIPS Workshop on Distribution Shifts, 2022
- *Cheap Baselines* — KDD Applied Data Science Track, 2023

### 🛠️ Toolbox

\`Python\` \`XGBoost\` \`PyTorch\`

### 🏅 Kaggle

**Competitions Expert** · 🥇 1 · 🥈 2

### 🌱 Currently

I'm a **Senior ML Engineer at Okra Analytics**. Before that I was a Data Scientist at Volta Grid (2019–2022).
`;
  const { profile } = importMarkdownProfile(readme);

  it('reads a "Publications" list as papers, a workshop being where one appeared', () => {
    expect(profile.publications.map((p) => p.kind)).toEqual(['publication', 'publication']);
  });

  it('reads a "Currently" paragraph as the about, its jobs told in prose', () => {
    expect(profile.roles.map((r) => [r.company, r.title])).toEqual(
      expect.arrayContaining([
        ['Okra Analytics', 'Senior ML Engineer'],
        ['Volta Grid', 'Data Scientist'],
      ]),
    );
    expect(profile.exploring).toEqual([]);
  });
});

describe('a timeline of a life', () => {
  const page = `# Sami Haddad

Platform engineer in Lisbon.

## Timeline

- **2024** — Joined **Tessellate** as Staff Platform Engineer. I lead the build team.
- **2023** — Spoke at **FOSDEM**.
- **2021–2023** — Senior DevOps Engineer at **Quillpay**, a payments startup.
- **2020** — Released **pinhole**, a Go CLI (~900 ⭐).
- **2016–2017** — Junior developer at **Pixel & Pine**, a web agency.
- **2016** — Graduated from Concordia University.
`;
  const { profile } = importMarkdownProfile(page);

  it('reads the jobs among the talks, releases and moves, and keeps every line', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.start])).toEqual([
      ['Tessellate', 'Staff Platform Engineer', '2024'],
      ['Quillpay', 'Senior DevOps Engineer', '2021'],
      ['Pixel & Pine', 'Junior developer', '2016'],
    ]);
    expect(JSON.stringify(profile.sections)).toContain('Spoke at FOSDEM');
  });
});

describe('a "Now" section', () => {
  it('stays what the owner is doing now, answered as such', async () => {
    const { createAssistant } = await import('../../src/answer/assistant.ts');
    const { answerToPlainText } = await import('../../src/answer/plain-text.ts');
    const { ProfileSchema } = await import('../../src/knowledge/schema.ts');
    const { profile } = importMarkdownProfile(
      '# Ines Moura\n\nStaff Frontend Engineer in Lisbon.\n\n## Now\n\n- Leading the migration of our app to vanilla-extract.\n- Reading about colour science.\n',
    );
    const assistant = createAssistant(ProfileSchema.parse(profile));
    const text = answerToPlainText(assistant.ask('what is she working on at the moment?'));
    expect(text).toMatch(/vanilla-extract/);
  });
});

describe('talks told in a line', () => {
  const page = `# Lena Brandt

Data engineer in Hamburg.

- **2023** — Spoke at **FOSDEM** in Brussels: *"Remote caching on a shoestring"*.

🎤 Last talk: *"Your model drifted. Now what?"* — PyData Berlin 2024 ([slides](https://example.org/s))
🗣️ German, English
`;
  const { profile } = importMarkdownProfile(page);

  it('reads the venue before the title and after it, a bracket of slides aside', () => {
    expect(profile.publications.map((p) => [p.title, p.venue])).toEqual(
      expect.arrayContaining([
        ['Remote caching on a shoestring', 'FOSDEM'],
        ['Your model drifted. Now what?', 'PyData Berlin 2024'],
      ]),
    );
  });

  it('keeps a line that opens with an emoji apart: "German, English" is languages, no place', () => {
    expect(profile.languages.map((l) => l.name)).toEqual(['German', 'English']);
    expect(profile.identity.location).toBeUndefined();
  });

  it('never takes the year that opens a timeline line for the title', () => {
    expect(profile.identity.title).toBe('Data engineer');
  });
});
