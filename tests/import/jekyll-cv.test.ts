import { describe, expect, it } from 'vitest';
import { widenShortYearRanges } from '../../src/import/short-year-ranges.ts';
import { imported } from '../support/import-fixture.ts';

/** An academic CV kept in a Jekyll site: kramdown attributes, Liquid, short year ranges. */
const { profile } = imported(
  [
    '---',
    'layout: cv',
    'title: CV',
    '---',
    '',
    '{% include cv-header.html %}',
    '',
    '# Tamsin Achterberg, PhD',
    '{: .cv-name}',
    '',
    'Research Software Engineer · Utrecht, Netherlands',
    '{: .lead}',
    '',
    'ORCID [{{ site.data.socials.orcid_id }}](https://orcid.org/{{ site.data.socials.orcid_id }})',
    '',
    '* TOC',
    '{:toc}',
    '',
    '## Education',
    '{: .cv-section}',
    '',
    '- **PhD in Physics**, Utrecht University, 2014-18',
    '- **MSc in Physics**, Leiden University, 2012-14',
    '',
    '## Publications',
    '',
    '1. **T. Achterberg**, W. de Vries. Sparse solvers for lattice models in practice.',
    '   *J. Comput. Phys.* **410**, 1–12 (2022).',
    '2. Achterberg, T., & Smit, J. (2019). Mixed precision for Monte Carlo sampling. *Comput. Phys. Commun.* 9.',
    '',
    '## Software',
    '',
    '- [latticekit](https://github.com/tachterberg/latticekit) — Python tools for lattice sampling',
    '- [sparsebench](https://github.com/tachterberg/sparsebench) — benchmarks for sparse solvers',
  ].join('\n'),
);

describe('an academic CV from a Jekyll site', () => {
  it('reads "2014-18" as 2014 to 2018, never as part of the university', () => {
    const phd = profile.education.find((e) => e.degree === 'PhD');
    expect(phd?.institution).toBe('Utrecht University');
    expect(JSON.stringify(profile.education)).not.toMatch(/-1[48]/);
  });

  it('leaves kramdown attributes and site variables out of every fact', () => {
    expect(JSON.stringify(profile)).not.toMatch(/\{:|\{\{|cv-section|TOC/);
  });

  it('takes a paper’s title from a reference, not the author in bold', () => {
    const titles = profile.publications.map((p) => p.title);
    expect(titles).toContain('Sparse solvers for lattice models in practice');
    expect(titles).toContain('Mixed precision for Monte Carlo sampling');
    expect(titles).not.toContain('T. Achterberg');
  });

  it('reads a list of repositories under "Software" as projects', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['latticekit', 'sparsebench']);
  });
});

describe('short year ranges', () => {
  it('widens a range whose end drops the century', () => {
    expect(widenShortYearRanges('Postdoc, 2016-19')).toBe('Postdoc, 2016–2019');
  });

  it('keeps a year and month, alone or starting a range', () => {
    expect(widenShortYearRanges('2019-11')).toBe('2019-11');
    expect(widenShortYearRanges('2019-05 – 2021-08')).toBe('2019-05 – 2021-08');
    expect(widenShortYearRanges('2010-03 to present')).toBe('2010-03 to present');
  });
});

describe('two titles at one employer, as definition lines', () => {
  const { profile: promoted } = imported(
    [
      '# Ilse Voorhout',
      '',
      'Data Engineer',
      '',
      '## Industry experience',
      '',
      '**Kestrel Logistics B.V.** — Utrecht, Netherlands',
      ': *Senior Data Engineer*, Jan 2023 – present',
      ': *Data Engineer*, Sep 2019 – Dec 2022',
      '',
      '- Built the shipment events pipeline.',
      '',
      '## Academic positions',
      '',
      '**Utrecht University**, Department of Information and Computing Sciences',
      ': *Research Assistant*, 2017-19',
    ].join('\n'),
  );

  it('keeps each title as a role, with its own dates', () => {
    const at = promoted.roles.filter((r) => r.company === 'Kestrel Logistics B.V.');
    expect(at.map((r) => [r.title, r.start, r.end])).toEqual([
      ['Senior Data Engineer', '2023-01', 'present'],
      ['Data Engineer', '2019-09', '2022-12'],
    ]);
  });

  it('reads academic positions as roles', () => {
    expect(promoted.roles.map((r) => r.title)).toContain('Research Assistant');
  });
});

describe('an earlier title in an italic line under the heading', () => {
  const { profile: modeller } = imported(
    [
      '# Vesna Ilić',
      '',
      'Lead Hydraulic Modeller',
      '',
      '## Experience',
      '',
      '### Lead Hydraulic Modeller — Rijeka Voda d.o.o.',
      '*03/2023 – Present · Novi Sad, Serbia*',
      '*Hydraulic Modeller, 09/2019 – 02/2023 (promoted)*',
      '',
      '- Lead a modelling team of 5 engineers.',
    ].join('\n'),
  );

  it('keeps the earlier title as a role, without the bracket', () => {
    expect(modeller.roles.map((r) => [r.title, r.start, r.end])).toEqual([
      ['Lead Hydraulic Modeller', '2023-03', 'present'],
      ['Hydraulic Modeller', '2019-09', '2023-02'],
    ]);
  });
});
