import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

const badge = (name: string) =>
  `![${name}](https://img.shields.io/badge/${encodeURIComponent(name)}-333?style=for-the-badge)`;

/** A badge README in Spanish: badge rows under emoji headings, the career as a table. */
const { profile } = imported(
  [
    '<h1 align="center">Hola 👋, soy Inés Garrido</h1>',
    '<p align="center"><b>Senior Data Engineer</b> · Valencia, Spain</p>',
    '',
    '- 🤝 Open to: part-time consulting from May 2027 (max. 2 days/week)',
    '',
    '### 🛠 Frameworks & Tools',
    [badge('dbt'), badge('Airflow')].join('\n'),
    '',
    '### ☁️ Cloud',
    [badge('AWS'), badge('Terraform')].join('\n'),
    '',
    '---',
    '',
    '### 🏢 Work',
    '| Company | Role | Years |',
    '|---|---|---|',
    '| **Marjal** (logistics SaaS) | Senior Data Engineer · lead of the data team | 2021 – now |',
    '| Albufera Datos | Data Engineer | 2018 – 2021 |',
  ].join('\n'),
);

describe('a badge README in another language', () => {
  it('reads the name after "soy"', () => {
    expect(profile.identity.name).toBe('Inés Garrido');
  });

  it('reads each badge row under an emoji heading as a skill group', () => {
    const groups = profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)]);
    expect(groups).toEqual(
      expect.arrayContaining([
        ['Frameworks & Tools', ['dbt', 'Airflow']],
        ['Cloud', ['AWS', 'Terraform']],
      ]),
    );
  });

  it('reads a "Company | Role | Years" table as roles', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end])).toEqual([
      ['Marjal', 'Senior Data Engineer', '2021', 'present'],
      ['Albufera Datos', 'Data Engineer', '2018', '2021'],
    ]);
    expect(profile.roles[0]?.summary).toMatch(/logistics SaaS; lead of the data team/);
  });

  it('keeps an abbreviation inside the availability', () => {
    expect(profile.identity.availability).toMatch(/\(max\. 2 days\/week\)/);
  });
});

describe('a career told twice: as a table and as headed entries', () => {
  const { profile: twice } = imported(
    [
      '# Pieter Claes',
      '',
      'Integration Engineer',
      '',
      '## Experience',
      '',
      '| When | Role | Employer |',
      '|---|---|---|',
      '| 2019 – 2022 | Java Developer | Dijle Logistics BV, Mechelen |',
      '',
      '### Java Developer @ Dijle Logistics BV (Mar 2019 – Aug 2022)',
      '',
      '- Replaced a nightly batch with event-driven routes.',
    ].join('\n'),
  );

  it('keeps one role, with the finer dates and the bullets', () => {
    expect(twice.roles).toHaveLength(1);
    expect(twice.roles[0]).toMatchObject({
      company: 'Dijle Logistics BV',
      location: 'Mechelen',
      start: '2019-03',
      end: '2022-08',
    });
    expect(twice.roles[0]?.highlights).toHaveLength(1);
  });
});
