import { describe, expect, it } from 'vitest';
import { outlineTableDocument } from '../../src/import/table-document.ts';
import { fixture, imported } from '../support/import-fixture.ts';

// A Europass CV as pandoc writes it from the word-processor file: every part is a table.
const EUROPASS = [
  '![](media/image1.png){width="1.2in" height="0.5in"}',
  '',
  '**Curriculum vitae**',
  '',
  '|                          |                                                     |',
  '|--------------------------|-----------------------------------------------------|',
  '| **PERSONAL INFORMATION** | **Marek Zieliński**                                 |',
  '|                          | ![](media/image2.png) ul. Długa 12/4, 80-827 Gdańsk (Poland) |',
  '|                          | ![](media/image3.png) +48 601 234 567               |',
  '|                          | ![](media/image4.png) marek.zielinski@example.pl    |',
  '|                          | Sex Male \\| Nationality Polish                     |',
  '',
  '| **JOB APPLIED FOR** | **Data Engineer** |',
  '|---------------------|-------------------|',
  '',
  '**WORK EXPERIENCE**',
  '',
  '|                              |                                                  |',
  '|------------------------------|--------------------------------------------------|',
  '| Dates                        | 05/2020 – present                                |',
  '| Occupation or position held  | Data Engineer                                    |',
  '| Employer                     | Bałtyk Logistics Sp. z o.o., ul. Portowa 3, 81-336 Gdynia (Poland) – www.baltyk-log.pl |',
  '| Main activities and responsibilities | ▪ Moved the nightly &quot;stock snapshot&quot; jobs to Apache Airflow<br>▪ Wrote the dbt models of the fleet warehouse on BigQuery |',
  '| Dates                        | 09/2016 – 04/2020                                |',
  '| Occupation or position held  | BI Developer                                     |',
  '| Employer                     | Pomorskie Media SA, Gdańsk (Poland)              |',
  '| Main activities and responsibilities | Reports in Power BI on SQL Server &amp; SSIS loads |',
  '',
  '**EDUCATION AND TRAINING**',
  '',
  '|                   |                                                         |',
  '|-------------------|---------------------------------------------------------|',
  "| 10/2011 – 06/2016 | **Master's degree in Computer Science** &nbsp;&nbsp; EQF level 7 |",
  '|                   | Gdańsk University of Technology, Gdańsk (Poland)        |',
  '',
  '**PERSONAL SKILLS**',
  '',
  '| Mother tongue(s) | Polish |',
  '|------------------|--------|',
  '',
  '| Other language(s) | UNDERSTANDING |         | SPEAKING    |            | WRITING |',
  '|-------------------|---------------|---------|-------------|------------|---------|',
  '|                   | Listening     | Reading | Interaction | Production |         |',
  '| English           | C1            | C1      | B2          | C1         | C1      |',
  '| German            | B1            | B2      | B1          | B1         | A2      |',
  '',
  '|                    |                                                          |',
  '|--------------------|----------------------------------------------------------|',
  '| Job-related skills | ▪ Data: Apache Airflow, dbt, BigQuery<br>▪ Languages: Python, SQL |',
  '| Driving licence    | B                                                        |',
  '',
  '**ADDITIONAL INFORMATION**',
  '',
  '|              |                                              |',
  '|--------------|----------------------------------------------|',
  '| Availability | Available from March 2027, remote or hybrid. |',
].join('\n');

describe('a CV whose whole structure is tables', () => {
  const { profile, notes } = imported(EUROPASS);

  it('finds the name in the bold cell and the title in the "job applied for" row', () => {
    expect(profile.identity.name).toBe('Marek Zieliński');
    expect(profile.identity.title).toBe('Data Engineer');
    expect(profile.identity.location).toContain('Gdańsk');
  });

  it('reads the contact lines under the name, icons aside', () => {
    expect(profile.contact.phone).toBe('+48 601 234 567');
    expect(profile.contact.email).toBe('marek.zielinski@example.pl');
  });

  it('reads one role per Dates / Position / Employer group, duties as highlights', () => {
    expect(
      profile.roles.map(({ company, title, start, end, location }) => ({
        company,
        title,
        start,
        end,
        location,
      })),
    ).toEqual([
      {
        company: 'Bałtyk Logistics Sp. z o.o.',
        title: 'Data Engineer',
        start: '2020-05',
        end: 'present',
        location: 'Gdynia (Poland)',
      },
      {
        company: 'Pomorskie Media SA',
        title: 'BI Developer',
        start: '2016-09',
        end: '2020-04',
        location: 'Gdańsk (Poland)',
      },
    ]);
    expect(profile.roles[0]?.highlights).toContain(
      'Moved the nightly "stock snapshot" jobs to Apache Airflow',
    );
    expect(profile.roles[1]?.highlights).toContain(
      'Reports in Power BI on SQL Server & SSIS loads',
    );
  });

  it('reads the dated course rows as education', () => {
    expect(profile.education).toMatchObject([
      {
        institution: 'Gdańsk University of Technology',
        degree: "Master's degree",
        start: '2011-10',
        end: '2016-06',
      },
    ]);
  });

  it('reads the mother tongue and the CEFR grid as spoken languages', () => {
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['Polish', 'native'],
      ['English', 'C1'],
      ['German', 'B1'],
    ]);
  });

  it('reads "Category: tools" rows as skills and keeps other rows as text', () => {
    expect(profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)])).toEqual([
      ['Data', ['Apache Airflow', 'dbt', 'BigQuery']],
      ['Languages', ['Python', 'SQL']],
    ]);
    expect(profile.sections.find((s) => s.title === 'Driving licence')?.items).toEqual(['B']);
    expect(profile.identity.availability).toContain('March 2027');
  });

  it('says in the report that the tables were read, and what was kept as text', () => {
    expect(notes).toContain('Tables → 8 tables read as a name, sections and entries');
    expect(notes).toContain('Work experience → 2 roles');
    expect(notes).toContain('Driving licence → kept as section "driving-licence"');
  });
});

describe('a one-table résumé with "Period | Company | Role" rows', () => {
  const { profile } = imported(fixture('placement/table-cv.md'));

  it('reads a role per row, with the place the company cell ends on', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.location, r.start, r.end])).toEqual([
      ['Andes Telemetría SpA', 'Senior Firmware Engineer', 'Santiago, Chile', '2021-04', 'present'],
      [
        'Minera Cordillera Ltda.',
        'Embedded Software Developer',
        'Antofagasta, Chile',
        '2017-02',
        '2021-03',
      ],
    ]);
  });

  it('reads "Skill | Level" rows as skills with their level', () => {
    expect(profile.skills[0]?.skills.map((s) => [s.name, s.note])).toEqual([
      ['C', 'expert'],
      ['Rust', 'embedded, advanced'],
      ['Zephyr RTOS', 'advanced'],
      ['Python', 'intermediate'],
    ]);
  });

  it('reads the labelled rows under the name as place and contact', () => {
    expect(profile.identity.location).toBe('Valparaíso, Chile');
    expect(profile.contact).toMatchObject({
      phone: '+56 9 8765 4321',
      email: 'valentina.rojas.fw@example.cl',
      github: 'https://github.com/vrojas-fw',
    });
  });
});

describe('documents that are not table CVs', () => {
  it('leaves a README with headings as it is', () => {
    const readme = [
      '# Ana Lee',
      '',
      '## Skills',
      '',
      '| Area | Tools |',
      '| --- | --- |',
      '| Web | React |',
    ];
    expect(outlineTableDocument(readme.join('\n'))).toBeUndefined();
  });

  it('leaves prose with one small table as it is', () => {
    const prose = [
      "Hi, I'm **Ana Lee**, a backend engineer in Lisbon. I have built payment systems for eight",
      'years, mostly in Go and PostgreSQL, and I mentor new engineers on my team every week.',
      '',
      '| Go | PostgreSQL |',
      '| --- | --- |',
    ];
    expect(outlineTableDocument(prose.join('\n'))).toBeUndefined();
  });
});
