import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// A "who wants to be hired?" comment saved from a forum page: the byline above it, labelled
// header lines, then a few paragraphs of prose, and the page's "reply" link below.
const comment = [
  'mvelasquez 2 days ago | parent | next [–]',
  '',
  'Location: Valparaíso, Chile',
  'Remote: Yes (anything between UTC-5 and UTC+2)',
  'Willing to relocate: Yes, to Spain or Portugal',
  'Technologies: Python (pandas/GeoPandas/Shapely), PostGIS, QGIS, GDAL/OGR/PROJ, Go, R, K8s, Java (11/17), gRPC + Protobuf, Terraform (mostly for landing zones), C on ESP32 and nRF52',
  'Résumé/CV: https://marisolvelasquez.example/cv.pdf',
  'Email: marisol [at] velasquez [dot] example',
  '',
  "Hola, I'm Marisol Velásquez — 9 years building mapping pipelines. Most recently I was lead geospatial engineer at Tidemark Charts (2020–2024), where I rebuilt the tile pipeline and cut rendering time by 61%.",
  '',
  'Before that I spent three years at Austral Fisheries as a data engineer on catch-reporting systems.',
  '',
  "Since the Tidemark acquisition in June 2024 I've been an independent mapping consultant (Velasquez Geo SpA): coastline models for two port authorities.",
  '',
  'Open to full-time roles from March 2026. Thanks!',
  '',
  'reply',
].join('\n');

const { profile } = imported(comment);
const skills = profile.skills.flatMap((c) => c.skills);
const skill = (name: string) => skills.find((s) => s.name === name);

describe('a hiring comment saved from a forum page', () => {
  it('leaves the byline and the reply link out of the title and the summary', () => {
    expect(profile.identity.title).not.toMatch(/ago/);
    expect(profile.identity.headline ?? '').not.toMatch(/ago|parent/);
    expect(profile.summary.join(' ')).not.toMatch(/\bago\b|\breply\b/);
  });

  it('keeps the labelled CV link apart from the technology line above it', () => {
    expect(profile.contact.other).toContainEqual({
      label: 'Résumé/CV',
      url: 'https://marisolvelasquez.example/cv.pdf',
    });
    expect(skills.some((s) => /Résumé|http/.test(s.name))).toBe(false);
  });

  it('lists every technology as a skill of its own, however short its name', () => {
    for (const name of ['Go', 'R', 'K8s', 'GDAL', 'OGR', 'PROJ', 'ESP32', 'nRF52', 'C', 'gRPC'])
      expect(skill(name), name).toBeDefined();
  });

  it('reads the names in brackets as skills, and other words there as a note', () => {
    for (const name of ['Python', 'GeoPandas', 'Shapely', 'Protobuf'])
      expect(skill(name), name).toBeDefined();
    expect(skill('Java')?.note).toBe('11/17');
    expect(skill('Terraform')?.note).toBe('mostly for landing zones');
    expect(skills.some((s) => /^\d/.test(s.name))).toBe(false);
  });

  it('reads the jobs the paragraphs tell, the current one first and as the title', () => {
    expect(profile.roles.map((r) => [r.title.toLowerCase(), r.company, r.start, r.end])).toEqual([
      ['independent mapping consultant', 'Velasquez Geo SpA', '2024-06', 'present'],
      ['lead geospatial engineer', 'Tidemark Charts', '2020', '2024'],
      ['data engineer', 'Austral Fisheries', undefined, undefined],
    ]);
    expect(profile.identity.title.toLowerCase()).toBe('independent mapping consultant');
  });
});

describe('a two-sided name in a technology line', () => {
  it('keeps "Max/MSP" as written, each side an alias, and splits a list of known names', () => {
    const { profile } = imported(
      [
        '# Ruth Okafor',
        '',
        'Sound designer at Bellbird Games.',
        '',
        'Technologies: Max/MSP, HTML/CSS, Pure Data',
      ].join('\n'),
    );
    const names = profile.skills.flatMap((c) => c.skills);
    expect(names.find((s) => s.name === 'Max/MSP')?.aliases).toEqual(['Max', 'MSP']);
    expect(names.map((s) => s.name)).toEqual(expect.arrayContaining(['HTML', 'CSS', 'Pure Data']));
  });
});

describe('the closing paragraphs of a hiring comment', () => {
  const { profile } = imported(
    [
      "Hi, I'm Tomasz Wrona, a backend engineer at Pellucid Freight.",
      '',
      'Before that I spent two years at Orzel Analytics as a data analyst. MSc in Applied Mathematics, University of Wrocław, 2014.',
      '',
      'I also maintain kestrel, a small scheduling library for Elixir: https://github.com/twrona/kestrel . Plus *Lantern*, my free log viewer app.',
      '',
      'Polish native, fluent German and basic Italian.',
    ].join('\n'),
  );

  it('reads a degree told as a sentence with its school and year', () => {
    expect(profile.education).toEqual([
      expect.objectContaining({
        institution: 'University of Wrocław',
        degree: 'MSc',
        field: 'Applied Mathematics',
        end: '2014',
      }),
    ]);
  });

  it('reads the things the owner made, a lower-case name among them', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['kestrel', 'Lantern']);
  });

  it('reads spoken languages listed with their levels and no verb', () => {
    expect(profile.languages).toEqual([
      { name: 'Polish', proficiency: 'native' },
      { name: 'German', proficiency: 'fluent' },
      { name: 'Italian', proficiency: 'basic' },
    ]);
  });
});
