import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/**
 * GitHub READMEs often state whole records as one emoji line of the intro: a degree, the
 * certificates, the current job with its title in brackets, and a projects table that starts
 * with an icon column.
 */
describe('records written as single lines of an intro', () => {
  const { profile } = imported(
    [
      '# Hi, I am Lina Haddad',
      '',
      '## About me',
      '',
      '🔭 I am currently working on grid-balancing firmware at **Kestrel Energy** (Staff Firmware Engineer, since 2021).',
      '',
      "🎓 Diplôme d'ingénieur in Computer Science — École Centrale de Lyon, 2014.",
      '',
      '📜 Certified: **Certified LabVIEW Developer** · **PMP**',
      '',
      '## Projects',
      '',
      '| | Project | Description | Stars |',
      '|:-:|---|---|:-:|',
      '| ⚡ | [**gridtick**](https://github.com/lhaddad/gridtick) | Frequency monitor for micro-grids | ⭐ 210 |',
      '| 🔌 | [**modlink**](https://github.com/lhaddad/modlink) | Modbus bridge for old inverters | ⭐ 45 |',
    ].join('\n'),
  );

  it('reads the current job from "at Company (Title, since year)"', () => {
    expect(profile.roles).toEqual([
      expect.objectContaining({
        company: 'Kestrel Energy',
        title: 'Staff Firmware Engineer',
        start: '2021',
        end: 'present',
      }),
    ]);
  });

  it('reads a degree line into education, school and year apart', () => {
    expect(profile.education).toEqual([
      expect.objectContaining({
        institution: 'École Centrale de Lyon',
        degree: "Diplôme d'ingénieur",
        field: 'Computer Science',
        end: '2014',
      }),
    ]);
  });

  it('reads each certificate of a "Certified:" line', () => {
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'Certified LabVIEW Developer',
      'PMP',
    ]);
  });

  it('names projects from the project column, not a leading icon column', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['gridtick', 'modlink']);
    expect(profile.projects[0]?.details).toContain('210 stars on GitHub');
  });
});

describe('lines that only look like records', () => {
  it('takes the title from an intro that opens with it, and reads no degree or certificate', () => {
    const { profile } = imported(
      [
        '# Omar Said',
        '',
        'Research engineer at the Weizmann Institute since 2019.',
        '',
        'I think certificates matter less than shipped work.',
        '',
        'I grew up in Tunis — moved to Lyon for grad school and stayed, 2015.',
      ].join('\n'),
    );
    expect(profile.identity.title).toBe('Research engineer');
    expect(profile.education).toEqual([]);
    expect(profile.certifications).toEqual([]);
  });
});
