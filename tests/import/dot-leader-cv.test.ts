import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented plain-text CV: no markdown, its skills joined to their groups by dot leaders. */
const cv = `Joana Pires
SDET | Porto, Portugal | joana.pires@example.org

TECHNICAL SKILLS
================

Languages ........... Java, Kotlin, SQL
UI automation ....... Playwright, Espresso
Other ............... BrowserStack, Git

Wait... this line trails off and is no list.
`;

describe('a plain-text CV whose skill groups are joined to their lists by dots', () => {
  const { profile } = imported(cv);
  const groups = Object.fromEntries(
    profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)]),
  );

  it('reads each dotted line as a group and its skills', () => {
    expect(groups.Languages).toEqual(['Java', 'Kotlin', 'SQL']);
    expect(groups['UI automation']).toEqual(['Playwright', 'Espresso']);
  });

  it("never keeps the dots in a skill's name", () => {
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(names.some((name) => name.includes('...'))).toBe(false);
  });
});
