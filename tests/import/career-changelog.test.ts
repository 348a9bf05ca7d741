import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented README written as a "Keep a Changelog" file of a career. */
const readme = `# CHANGELOG.md — Aino Lehto

**Aino Lehto** (she/her) — Staff Firmware Engineer · Tampere, Finland

I've written firmware for nine years. Today I'm a Staff Firmware Engineer at Pohjola Devices.

## [2022] — Staff Firmware Engineer @ Pohjola Devices

### Added
- Zephyr RTOS for the new sensor line
- Tech lead for 4 engineers

### Fixed
- Cut average current draw by 30%

## [2017] — Embedded Engineer @ Kanto Radio Oy

### Added
- FreeRTOS on STM32

## Talks

- "Sleeping well: power debugging on nRF53" — Tampere Embedded Meetup, 2023

## Outside work

- I teach kids to solder at the makerspace on Tuesdays (volunteer)
- Cross-country skiing, ham radio, and pesäpallo
- Finnish is my first language, and my Swedish is school-level (B1). Also learning German — currently around A2.
`;

describe('a career written as a changelog', () => {
  const { profile } = imported(readme);

  it('takes the name beside the file name the heading gives, not the file name', () => {
    expect(profile.identity.name).toBe('Aino Lehto');
  });

  it('reads each "[year] — Title @ Company" section as a job that began that year', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.start])).toEqual([
      ['Pohjola Devices', 'Staff Firmware Engineer', '2022'],
      ['Kanto Radio Oy', 'Embedded Engineer', '2017'],
    ]);
  });

  it('keeps the bullets under "### Added" and "### Fixed" as the job’s, the labels out', () => {
    const [latest] = profile.roles;
    expect(latest?.highlights).toContain('Cut average current draw by 30%');
    expect(latest?.summary ?? '').not.toMatch(/Added|Fixed/);
  });

  it('keeps a talk’s quoted title whole, colon and all', () => {
    expect(profile.publications.map((p) => p.title)).toContain(
      'Sleeping well: power debugging on nRF53',
    );
  });

  it('reads spoken languages from a sentence among other things, each with its level', () => {
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['Finnish', 'first language'],
      ['Swedish', 'B1'],
      ['German', 'learning'],
    ]);
  });

  it('reads "Outside work" as pastimes, keeping what it tells in sentences as text', () => {
    expect(profile.interests.map((i) => i.name)).toEqual([
      'Cross-country skiing',
      'ham radio',
      'pesäpallo',
    ]);
    const kept = profile.sections.flatMap((s) => s.items).join(' ');
    expect(kept).toContain('I teach kids to solder');
  });
});
