import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const fit = createFit(
  ProfileSchema.parse(
    importMarkdownProfile(`# Rhea Costa

Backend Engineer

Backend engineer with 7 years of experience.

## Skills

- **Languages:** Go, Python
- **Databases:** PostgreSQL

## Experience

**Backend Engineer** · Lumio Health · 2020 – present
- Led the move of 2M patient records to the new booking service.
`).profile,
  ),
);

const lineFor = (jd: string, part: string) => {
  const report = fit.fit(jd);
  const found = report.requirements.find((r) => r.requirement.includes(part));
  return (
    found?.status ?? (report.unclassified.some((u) => u.includes(part)) ? 'unclassified' : 'none')
  );
};

describe('a requirement no judge can read', () => {
  const jd = (line: string) => `## Nice to have\n- ${line}`;

  it('is missing when not one of its words stands anywhere in the profile', () => {
    expect(lineFor(jd('Chaos engineering'), 'Chaos')).toBe('missing');
    expect(lineFor(jd('Bug bounty programmes'), 'Bug bounty')).toBe('missing');
  });

  it('is not missing when a word of it, or of the same meaning, is in the profile', () => {
    expect(lineFor(jd('Healthcare domain'), 'Healthcare')).not.toBe('missing');
    expect(lineFor(jd('Led a small team'), 'Led a small team')).not.toBe('missing');
  });

  it('is not judged word by word in another language', () => {
    expect(lineFor(jd('Expérience de la synchronisation hors-ligne'), 'synchronisation')).not.toBe(
      'missing',
    );
  });
});
