import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// A plain-text CV: the name in capitals, a postal address, a phone and links on lines of
// their own under the title.
const { profile } = imported(
  [
    'ANA MARIA LEE',
    '=============',
    '',
    'Senior Data Engineer',
    '',
    'Hauptstraße 12/3, 1040 Wien, Austria',
    'Tel.: +43 660 123 4567 | ana.lee@example.com',
    'linkedin.com/in/ana-lee-data | github.com/analee',
    '',
    'PROFILE',
    '-------',
    '',
    'Data engineer with 9 years of experience.',
  ].join('\n'),
);

describe('a plain-text CV header', () => {
  it('writes a name given in capitals as a name is written in a sentence', () => {
    expect(profile.identity.name).toBe('Ana Maria Lee');
  });

  it('takes the city and country of a postal address for the location', () => {
    expect(profile.identity.location).toBe('Wien, Austria');
  });

  it('reads the phone, address and link lines as contact, none of them as the summary', () => {
    expect(profile.contact).toMatchObject({
      email: 'ana.lee@example.com',
      linkedin: 'https://linkedin.com/in/ana-lee-data',
      github: 'https://github.com/analee',
    });
    expect(profile.summary).toEqual(['Data engineer with 9 years of experience.']);
  });
});

it("reads a career changer's earlier job as a role", () => {
  const { profile: changer } = imported(
    [
      '# Ana Lee',
      '**Junior Developer**',
      '',
      '## Experience',
      '',
      '**Frontend Developer Intern** — Acme Logistics AB, Gothenburg',
      '*Feb 2025 – May 2025*',
      '- Built dashboard pages in Next.js',
      '',
      '**Shift Supervisor** — Nordhall AB, Mölndal',
      '*2019 – 2024*',
      '- Supervised a team of 12 on the evening shift',
    ].join('\n'),
  );
  expect(changer.roles.map((r) => [r.title, r.start, r.end])).toEqual([
    ['Frontend Developer Intern', '2025-02', '2025-05'],
    ['Shift Supervisor', '2019', '2024'],
  ]);
});

it('reads "**Now:** Title @ Company — since 2022" as the current role, "Now:" aside', () => {
  const { profile: now } = imported(
    [
      '<h1 align="center">Hi, I’m Ana Lee</h1>',
      '<h3 align="center">Data scientist who likes messy tabular data</h3>',
      '',
      "### Where I've been",
      '',
      '**Now:** Senior Data Scientist @ Acme (fintech) — since 2022 <br/>',
      '**2019 – 2022:** Data Scientist @ Shopco — pricing experiments',
    ].join('\n'),
  );
  expect(now.roles.map((r) => [r.title, r.start, r.end])).toEqual([
    ['Senior Data Scientist', '2022', 'present'],
    ['Data Scientist', '2019', '2022'],
  ]);
});

describe('"Company | Title | MM/YYYY – MM/YYYY" entries with a place or a detail line under them', () => {
  const { profile: cv } = imported(
    [
      '# Ana Lee',
      'Data Engineer',
      '',
      '## EXPERIENCE',
      '',
      'Acme Energie GmbH | Senior Data Engineer | 04/2021 – present',
      'Vienna, Austria (hybrid, 2 days office)',
      '- Designed the lakehouse on Azure Databricks',
      '',
      'Lindner Digital GmbH | Data Engineer | 09/2018 – 03/2021',
      'Graz, Austria',
      '- Built the retail data platform on BigQuery',
      '',
      '## EDUCATION',
      '',
      'TU Wien | MSc Business Informatics | 10/2014 – 06/2017',
      'Thesis: "Incremental materialised views for event data"',
      '',
      'Universität Graz | BSc Mathematics | 10/2011 – 07/2014',
    ].join('\n'),
  );

  it('keeps each role with its bullets', () => {
    expect(cv.roles.map((r) => [r.company, r.title, r.highlights.length])).toEqual([
      ['Acme Energie GmbH', 'Senior Data Engineer', 1],
      ['Lindner Digital GmbH', 'Data Engineer', 1],
    ]);
    expect(cv.sections).toEqual([]);
  });

  it('keeps a thesis line as a detail of its degree, the next degree its own', () => {
    expect(cv.education.map((e) => [e.institution, e.degree, e.details])).toEqual([
      ['TU Wien', 'MSc', ['Thesis: "Incremental materialised views for event data"']],
      ['Universität Graz', 'BSc', []],
    ]);
  });
});
