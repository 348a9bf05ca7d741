import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';
import { imported } from '../support/import-fixture.ts';

// A profile README in the style popular templates give: a greeting with a short name, a typing
// banner, a view counter, template bullets, a mixed "certs" list, a "Working with me" section.
const readme = [
  `<h1 align="center">Oi! I'm Tavi <img src="https://media.giphy.com/media/x/giphy.gif" width="32px"></h1>`,
  '',
  '<p align="center">',
  '  <a href="https://git.io/typing-svg"><img src="https://readme-typing-svg.demolab.com?font=Fira+Code&lines=Staff+Data+%26+Platform+Engineer;Spark+%7C+dbt+%7C+Kafka&center=true" alt="Typing SVG" /></a>',
  '</p>',
  '',
  '<p align="center">',
  '  <img src="https://komarev.com/ghpvc/?username=tavi&label=Profile%20views" alt="tavi" />',
  '  <a href="https://github.com/otaviano-reis?tab=followers"><img src="https://img.shields.io/github/followers/otaviano-reis?label=Followers&style=social" alt="followers" /></a>',
  '</p>',
  '',
  '### About me',
  '',
  "I'm **Otaviano Reis Batista** (friends say Tavi), a data engineer from **Recife, Brasil**. I've built pipelines for 9 years.",
  '',
  '- 💼 I work at [**@maracatudata**](https://github.com/maracatudata) as a **Staff Data Engineer** (since 2022)',
  '- 🗣️ Português (nativo), English (fluent), and learning Japanese with my neighbour',
  '',
  '### 🛠️ Tech stack',
  '',
  '<p align="left"><img src="https://skillicons.dev/icons?i=ts,vscode,postgres" /></p>',
  '',
  '### 🏅 Certs & stuff',
  '',
  '- 🎓 B.Sc. Computer Science — Universidade Federal de Pernambuco, 2014',
  '- 📜 Databricks Certified Data Engineer Associate (2023)',
  '- 🏆 2nd place — Hack Recife 2021, open data track',
  '',
  '### Working with me',
  '',
  "I'm happy where I am and not looking for a permanent role. From May 2026 I'll take one consulting engagement at a time. Birds are nice.",
  '',
  'The easiest way to reach me is email: tavi@example.org.',
].join('\n');

describe('a README built from a popular template', () => {
  const { profile } = imported(readme);

  it('takes the whole name the prose introduces for the greeting’s short one', () => {
    expect(profile.identity.name).toBe('Otaviano Reis Batista');
  });

  it('reads the title from the typing banner’s lines, and the place from "a … engineer from"', () => {
    expect(profile.identity.title).toBe('Staff Data & Platform Engineer');
    expect(profile.identity.location).toBe('Recife, Brasil');
  });

  it('never takes a widget’s service for the owner’s site, and keeps the account without its tab', () => {
    expect(profile.contact.website).toBeUndefined();
    expect(JSON.stringify(profile.contact)).not.toMatch(/typing-svg|komarev/);
    expect(profile.contact.github).toBe('https://github.com/otaviano-reis');
  });

  it('reads skillicons.dev short ids as the skills they stand for', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['TypeScript', 'VS Code', 'PostgreSQL']));
  });

  it('reads the job said as "I work at X as Y"', () => {
    expect(profile.roles[0]).toMatchObject({
      title: 'Staff Data Engineer',
      company: 'maracatudata',
    });
  });

  it('reads languages named in their own tongue, as written, each with its level', () => {
    expect(profile.languages).toEqual([
      { name: 'Português', proficiency: 'native' },
      { name: 'English', proficiency: 'fluent' },
      { name: 'Japanese', proficiency: 'learning' },
    ]);
  });

  it('answers for a language asked by its English name', () => {
    const text = answerToPlainText(
      createAssistant(ProfileSchema.parse(profile)).ask('does he speak Portuguese?'),
    );
    expect(text).not.toMatch(/^No\b/);
    expect(text).toMatch(/Português/);
  });

  it('tells a degree and a prize apart from the certificates listed with them', () => {
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'Databricks Certified Data Engineer Associate',
    ]);
    expect(profile.education[0]?.institution).toMatch(/Universidade Federal de Pernambuco/);
    expect(profile.awards.map((a) => `${a.title} ${a.awarder ?? ''}`).join()).toMatch(
      /Hack Recife 2021/,
    );
  });

  it('reads when and how to reach the owner from "Working with me"', () => {
    expect(profile.identity.availability).toMatch(/From May 2026/);
    expect(profile.identity.availability).not.toMatch(/Birds/);
    expect(profile.contact.email).toBe('tavi@example.org');
  });
});
