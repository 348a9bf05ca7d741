import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/** An invented README whose languages section says them in a sentence, in their own words. */
const readme = `# Inès Moreau

Frontend Engineer | Lyon

## Languages

Je parle français (langue maternelle), English every day at work, and un poco de español from a year in Sevilla (enough for tapas, not for a standup).
`;

describe('spoken languages named as words of a sentence', () => {
  const { profile } = importMarkdownProfile(readme);

  it('reads each language named, in English, with what is said of the level', () => {
    expect(profile.languages.map((l) => l.name)).toEqual(['French', 'English', 'Spanish']);
    expect(profile.languages[0]?.proficiency).toBe('langue maternelle');
  });

  it('takes no programming skills from the sentence', () => {
    expect(profile.skills.flatMap((c) => c.skills)).toEqual([]);
  });
});
