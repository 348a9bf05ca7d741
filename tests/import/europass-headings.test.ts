import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { imported } from '../support/import-fixture.ts';

/**
 * A Europass CV exported with markdown headings: the H1 titles the document, the name stands
 * in the personal-information table, each job opens with a date line alone.
 */
const europass = `# Europass Curriculum Vitae

| | |
|---|---|
| **PERSONAL INFORMATION** | **Radka Novotná-Lisková** |
| | Údolní 18, 60200 Brno (Czech Republic) |
| | +420 601 555 914 |
| | radka.nl@example.cz |
| | Sex Female \\| Date of birth 02/02/1990 \\| Nationality Czech |

| | |
|---|---|
| **JOB APPLIED FOR** | Head of Data Engineering |

ABOUT ME: Data engineer with 8 years of experience in energy trading.

## WORK EXPERIENCE

01/05/2021–Present

Job title: **Senior Data Engineer**

Morava Energie, a.s.<br>
Brno (Czech Republic)<br>
www.moravaenergie.example

- Built the intraday price pipeline on Kafka and Flink

Business or sector: Electricity trading

| | |
|---|---|

01/09/2017–30/04/2021

Job title: **Data Analyst**

Vltava Insight s.r.o.<br>
Praha (Czech Republic)

- Reports in Power BI for the retail team

## EDUCATION AND TRAINING

2019

Certified Kafka Developer<br>
Streaming Guild Academy

2018

Certified Stream Processing Engineer (CSP-E)<br>
Streaming Guild Academy

2012 – 2017

Ing. in Applied Informatics<br>
Universidad de Brno Técnica, Brno (Czech Republic)

## PERSONAL SKILLS

**Digital skills**

| SELF-ASSESSMENT | | | |
|---|---|---|---|
| Information processing | Communication | Safety | Problem solving |
| Proficient user | Proficient user | Independent user | Proficient user |

- Streaming: Kafka, Flink
- Reporting: Power BI
- Snowflake (Snowpark, Streams): daily use for the trading reports

**Organisational / managerial skills**

- Ran Scrum and Kanban boards for two teams

**Driving licence**

B
`;

describe('a Europass CV with markdown headings', () => {
  const { profile } = importMarkdownProfile(europass);

  it('takes the name from the personal-information table, not the document title', () => {
    expect(profile.identity.name).toBe('Radka Novotná-Lisková');
  });

  it('takes the current job title, not the job applied for, and the town of the address', () => {
    expect(profile.identity.title).toBe('Senior Data Engineer');
    expect(profile.identity.location).toBe('Brno (Czech Republic)');
    expect(profile.identity.yearsOfExperience).toBe(8);
  });

  it('reads each job from its date line, title label, employer and town lines', () => {
    expect(
      profile.roles.map((r) => [r.title, r.company, r.location, r.start, r.end, r.highlights]),
    ).toEqual([
      [
        'Senior Data Engineer',
        'Morava Energie, a.s.',
        'Brno (Czech Republic)',
        '2021-05',
        'present',
        ['Built the intraday price pipeline on Kafka and Flink'],
      ],
      [
        'Data Analyst',
        'Vltava Insight s.r.o.',
        'Praha (Czech Republic)',
        '2017-09',
        '2021-04',
        ['Reports in Power BI for the retail team'],
      ],
    ]);
  });

  it('reads dated entries of education and training, a certificate among them', () => {
    expect(profile.education.map((e) => [e.institution, e.start, e.end])).toEqual([
      ['Universidad de Brno Técnica', '2012', '2017'],
    ]);
    expect(profile.certifications.map((c) => [c.name, c.issuer, c.year])).toEqual([
      ['Certified Kafka Developer', 'Streaming Guild Academy', '2019'],
      // A hyphenated abbreviation in the bracket spells the name out: it is part of it.
      ['Certified Stream Processing Engineer (CSP-E)', 'Streaming Guild Academy', '2018'],
    ]);
  });

  it('reads a known tool with a phrase about it as the skill, the phrase as its note', () => {
    const skills = profile.skills.flatMap((c) => c.skills);
    expect(skills.find((s) => s.name === 'Snowflake')?.note).toBe(
      'daily use for the trading reports',
    );
    expect(skills.map((s) => s.name)).not.toContain('daily use for the trading reports');
  });

  it('takes the practices named under a heading of skills as skills', () => {
    const category = profile.skills.find((c) => /managerial/i.test(c.name));
    expect(category?.skills.map((s) => s.name)).toEqual(['Scrum', 'Kanban']);
  });

  it('reads the digital skills lists past the self-assessment grid, and keeps the licence', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Kafka', 'Flink', 'Power BI']));
    expect(skills).not.toContain('Proficient user');
    const licence = profile.sections.find((s) => /driving licence/i.test(s.title));
    expect(licence?.items).toEqual(['B']);
  });
});

describe('a Europass CV whose name is only in its personal details', () => {
  it('takes the name from the "Name" row under a heading that titles the document', () => {
    const { profile } = imported(
      [
        '# Europass Curriculum Vitae',
        '',
        '## PERSONAL INFORMATION',
        '',
        '| | |',
        '|---|---|',
        '| Name | Ioana-Maria Dumitrescu |',
        '| E-mail | ioana.d@example.org |',
        '',
        '## WORK EXPERIENCE',
        '',
        '- Embedded Software Engineer, Voltaris SRL (2021 – present)',
      ].join('\n'),
    );
    expect(profile.identity.name).toBe('Ioana-Maria Dumitrescu');
  });
});

describe('a Europass CV in its own layout', () => {
  const { profile } = imported(
    [
      '# Europass Curriculum Vitae',
      '',
      '## PERSONAL INFORMATION',
      '',
      '| | |',
      '|---|---|',
      '| Name | Mihail Georgescu |',
      '',
      '## WORK EXPERIENCE',
      '',
      '03/2021 – Present',
      '',
      '**Firmware Engineer**',
      '',
      'Nordlicht Elektronik GmbH, Brașov (Romania)',
      '',
      'Main activities and responsibilities:',
      '- Bootloaders in C for STM32 meters',
      '',
      '06/2018 – 02/2021',
      '',
      '**Test Engineer**',
      '',
      'Carpat Systems SRL, Sibiu (Romania)',
      '',
      '- HIL test benches in Python',
      '',
      '## PERSONAL SKILLS',
      '',
      '**Mother tongue(s):** Romanian',
      '',
      '| | UNDERSTANDING | | SPEAKING | |',
      '|---|---|---|---|---|',
      '| | Listening | Reading | Spoken interaction | Spoken production |',
      '| German | B2 | C1 | B2 | B1 |',
      '',
      '**Digital skills**',
      '',
      '| Information processing | Communication | Safety |',
      '|---|---|---|',
      '| Proficient user | Proficient user | Independent user |',
      '',
      '- Tools: Git, Jenkins, Lauterbach TRACE32',
      '',
      '**Driving licence:** B',
      '',
      '## ADDITIONAL INFORMATION',
      '',
      '**Hobbies**',
      '- Ski touring, amateur radio',
    ].join('\n'),
  );

  it('reads each dated entry: the position in bold, the employer and its place under it', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.location, r.start, r.end])).toEqual([
      ['Firmware Engineer', 'Nordlicht Elektronik GmbH', 'Brașov, Romania', '2021-03', 'present'],
      ['Test Engineer', 'Carpat Systems SRL', 'Sibiu, Romania', '2018-06', '2021-02'],
    ]);
  });

  it('reads the mother tongue and the grid of other languages, from the lowest level to the best', () => {
    expect(profile.languages).toEqual([
      { name: 'Romanian', proficiency: 'native' },
      { name: 'German', proficiency: 'B1–C1' },
    ]);
  });

  it('keeps the self-assessment grid and the driving licence out of the skills', () => {
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining(['Git', 'Jenkins', 'Lauterbach TRACE32']));
    expect(names).not.toContain('Proficient user');
    expect(names).not.toContain('B');
  });

  it('reads a bold "Hobbies" under "Additional information" as interests', () => {
    expect(profile.interests.map((i) => i.name)).toEqual(['Ski touring', 'amateur radio']);
  });
});
