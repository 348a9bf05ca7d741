import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented about page whose languages and degree are told in sentences. */
const page = `# Katla Sigurðardóttir

Firmware Engineer

## Education

**MSc in Electrical Engineering** — University of Iceland, 2014. Thesis: *Low-power radio
scheduling for sensor nodes*.

## Tools

- Segger J-Link, Lauterbach TRACE32 (at Marel), probe-rs

## Languages

Icelandic is my native language and I'm fluent in English (I work in it every day). I also
speak Danish at around B1 — enough for a design review, not for the jokes. A bit of German,
like every Icelandic student pretends.
`;

describe('sections told in sentences', () => {
  const { profile } = imported(page);

  it('reads each language with the level its own clause gives', () => {
    expect(profile.languages).toEqual([
      { name: 'Icelandic', proficiency: 'native' },
      { name: 'English', proficiency: 'fluent' },
      { name: 'Danish', proficiency: 'around B1' },
      { name: 'German', proficiency: 'a bit' },
    ]);
  });

  it('keeps the sentence after a dated degree as its detail, not its school', () => {
    expect(profile.education[0]).toMatchObject({
      institution: 'University of Iceland',
      end: '2014',
      details: [expect.stringMatching(/^Thesis: Low-power radio scheduling/)],
    });
  });

  it('reads where a tool was used as its note, not as another tool', () => {
    const skills = profile.skills.flatMap((c) => c.skills);
    expect(skills.find((s) => s.name === 'Lauterbach TRACE32')?.note).toBe('at Marel');
    expect(skills.map((s) => s.name)).not.toContain('at Marel');
  });
});
