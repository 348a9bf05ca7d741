import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

// A CV kept as plain text in a dotfiles repository: no markdown at all.
const cv = [
  '                          JANA SVOBODOVA',
  '======================================================================',
  '              Embedded Linux Engineer -- Yocto / kernel drivers',
  '     Ostrava, Czech Republic | jana@svobodova.example | +420 600 000 111',
  '',
  '+--------------+',
  '| PROFILE      |',
  '+--------------+',
  '',
  '  Embedded engineer, 8 years in industry on board bring-up, kernel',
  '  drivers and build systems for industrial gateways.',
  '',
  '  Availability ..... from 1 March 2027',
  '  Work mode ........ Ostrava on-site or hybrid',
  '',
  '--[ EXPERIENCE ]------------------------------------------------------',
  '',
  '  Vltava Controls s.r.o., Ostrava                    04/2020 - present',
  '  Senior Embedded Engineer',
  '    * Ported the gateway BSP to kernel 6.1; boot time from 41 s',
  '      to 9 s.',
  '',
  '  Beskydy Devices a.s., Frydek                       09/2016 - 03/2020',
  '  Firmware Engineer',
  '    * Wrote the SPI and I2C drivers for the sensor boards.',
  '',
  '--[ SKILLS ]----------------------------------------------------------',
  '',
  '  Languages .......... C, Python, Rust,',
  '                       Bash',
  '  Build .............. Yocto, BitBake, CMake',
  '',
  '--[ EDUCATION ]-------------------------------------------------------',
  '',
  '  VSB Technical University of Ostrava',
  '    MSc in Computer Systems                          2014 - 2016',
  '    BSc in Computer Science                          2011 - 2014',
  '',
  '--[ PROJECTS ]--------------------------------------------------------',
  '',
  '  dtc-lint        checks device trees against house rules (Python)',
  '  bbstat          BitBake build statistics in the terminal',
  '',
].join('\n');

describe('a plain-text CV with framed section names, leaders and aligned columns', () => {
  const imported = importMarkdownProfile(cv);
  const { profile } = imported;

  it('reads the underlined name, the title and the place', () => {
    expect(profile.identity.name.toLowerCase()).toBe('jana svobodova');
    expect(profile.identity.title).toMatch(/^Embedded Linux Engineer/);
    expect(profile.identity.location).toBe('Ostrava, Czech Republic');
    expect(profile.identity.availability).toBe('From 1 March 2027');
  });

  it('reads each dated entry as a role, its wrapped bullet as one highlight', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end])).toEqual([
      ['Vltava Controls s.r.o.', 'Senior Embedded Engineer', '2020-04', 'present'],
      ['Beskydy Devices a.s.', 'Firmware Engineer', '2016-09', '2020-03'],
    ]);
    expect(profile.roles[0]?.highlights).toEqual([
      'Ported the gateway BSP to kernel 6.1; boot time from 41 s to 9 s.',
    ]);
  });

  it('reads leader lines as labelled skills, a wrapped value included', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['C', 'Python', 'Rust', 'Bash', 'Yocto']));
  });

  it('reads each line of the project columns as a project', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['dtc-lint', 'bbstat']);
  });

  it('keeps the degrees dated under one school with it, none taken for an entry of its own', () => {
    const kept = JSON.stringify([profile.education, profile.sections]);
    expect(profile.education.map((e) => e.institution)).toEqual([
      'VSB Technical University of Ostrava',
    ]);
    expect(kept).toMatch(/MSc in Computer Systems — 2014 - 2016/);
    expect(kept).toMatch(/BSc in Computer Science — 2011 - 2014/);
  });
});
