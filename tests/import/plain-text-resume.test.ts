import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented plain-text résumé: centred name, underlined headings, indented wrapped lines. */
const cv = `                          ORLA KEANE
               Senior Embedded Engineer

  Galway, Ireland | orla.keane@example.org | github.com/orlakeane

SUMMARY
=======

Embedded engineer with 9 years of experience in medical devices.

EXPERIENCE
==========

CURRAGH MEDICAL, Galway, Ireland                      Mar 2019 - Present
Senior Embedded Engineer

  * Wrote the infusion pump firmware in C on an STM32 with FreeRTOS.

SELECTED PROJECTS
=================

tidelog  (github.com/orlakeane/tidelog)
  Open-source C library that logs sensor readings to flash with wear
  levelling and power-loss safety. Tech: C, CMake, Unity. ~120 stars.

pumpsim
  Python tool that simulates infusion pump alarms for integration
  testing. Tech: Python, pytest.
`;

describe('a plain-text résumé whose projects are a name and an indented description', () => {
  const { profile } = imported(cv);
  const tidelog = profile.projects.find((p) => p.name === 'tidelog');

  it('reads one project per name, its wrapped description as the summary', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['tidelog', 'pumpsim']);
    expect(tidelog?.summary).toBe(
      'Open-source C library that logs sensor readings to flash with wear levelling and power-loss safety. ~120 stars.',
    );
  });

  it('reads the stack after "Tech:" and the address in brackets as a link', () => {
    expect(tidelog?.technologies).toEqual(['C', 'CMake', 'Unity']);
    expect(tidelog?.links.map((l) => l.url)).toEqual(['https://github.com/orlakeane/tidelog']);
    expect(profile.projects[1]?.technologies).toEqual(['Python', 'pytest']);
  });
});

describe('spoken languages after a native one, in the summary', () => {
  it('reads each language the sentence names, with its level', () => {
    const { profile } = imported(
      `# Cian Daly\n\nTest Engineer\n\n## Summary\n\nBased in Limerick. Native English speaker, conversational Irish (Gaeilge) and working French (B1, from a year in Lyon).\n`,
    );
    expect(profile.languages).toEqual([
      { name: 'English', proficiency: 'native' },
      { name: 'Irish', proficiency: 'conversational' },
      { name: 'French', proficiency: 'working' },
    ]);
  });
});
