import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An "About me" page in prose: every fact inside a sentence. */
const { profile } = imported(
  [
    '# About me',
    '',
    "Hej! I'm Saga Lindholm, a type engineer living in Gothenburg, Sweden. Most of my work is on",
    'Cyrillic, the script used for Russian, Bulgarian and Serbian, next to a Latin companion.',
    '',
    'Outside client work I maintain two small open-source tools. glyph-anchor-lint is a Font',
    'Bakery plugin that checks mark anchors, and proof-sheets is a set of DrawBot scripts that',
    'print proofs. I build fonts with FontForge and fontTools.',
    '',
    'Languages I already speak: Swedish (my first language), English and Finnish.',
    '',
    'I have room for one freelance project from March 2027. I am not looking for a full-time',
    'move. Write to saga [at] lindholm-type [dot] se.',
  ].join('\n'),
);

describe('facts told in the sentences of an About page', () => {
  it('reads the languages the owner says she speaks, not the ones her work is for', () => {
    expect(profile.languages.map((l) => l.name)).toEqual(['Swedish', 'English', 'Finnish']);
  });

  it('reads repositories introduced as "name is a … plugin / set of scripts"', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['glyph-anchor-lint', 'proof-sheets']);
  });

  it('takes the open door over the closed one as availability', () => {
    expect(profile.identity.availability).toMatch(/room for one freelance project from March 2027/);
  });

  it('reads an address spelled out against scrapers', () => {
    expect(profile.contact.email).toBe('saga@lindholm-type.se');
  });

  it('knows font tools as skills', () => {
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining(['FontForge', 'fontTools']));
  });
});
