import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importProfile } from '../../src/import/import-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';
import { type StatedFacts, scorePlacement } from '../support/fact-placement.ts';

const DIR = 'tests/fixtures/profiles/placement';

// Profile shapes with every stated fact listed beside them. The floors are what the
// importer places today: a change that loses facts fails here.
const CASES: [file: string, floor: number][] = [
  ['resume.md', 0.9],
  ['badges.md', 0.9],
  ['prose.md', 0.89],
  ['resume.json', 0.94],
  ['skills-table.md', 1],
  ['table-cv.md', 0.88],
];

describe('every stated fact lands in its field', () => {
  it.each(CASES)('%s: at least %d of the facts placed, none invented', async (file, floor) => {
    const bytes = readFileSync(`${DIR}/${file}`);
    const facts = JSON.parse(readFileSync(`${DIR}/${file}.facts.json`, 'utf8')) as StatedFacts;
    const { profile } = await importProfile(bytes);
    const placement = scorePlacement(profile, facts, bytes.toString('utf8'));
    expect(placement.invented).toEqual([]);
    expect(placement.found / placement.total).toBeGreaterThanOrEqual(floor);
    // Name and title are what every answer leans on: neither may be missed.
    expect(placement.misses.filter((miss) => /^(?:name|title):/.test(miss))).toEqual([]);
  });
});

describe('the placement score', () => {
  const scored = (languages: { name: string; proficiency?: string }[], other: string[]) =>
    scorePlacement(
      ProfileSchema.parse({
        identity: { name: 'Ana Lee', title: 'Engineer' },
        languages,
        contact: { other: other.map((url) => ({ label: 'Mastodon', url })) },
      }),
      { languages: ['Spanish (basic)'], contact: ['@ana@example.social'] },
      'Ana Lee, Engineer. Spanish (basic). @ana@example.social',
    );

  it('finds a language stated with its level only when both are placed', () => {
    expect(scored([{ name: 'Spanish', proficiency: 'basic' }], []).byField.languages?.found).toBe(
      1,
    );
    expect(scored([{ name: 'Spanish', proficiency: 'fluent' }], []).byField.languages?.found).toBe(
      0,
    );
  });

  it('finds a fediverse handle placed as the address of its profile page', () => {
    expect(scored([], ['https://example.social/@ana']).byField.contact?.found).toBe(1);
    expect(scored([], ['https://example.social/@bob']).byField.contact?.found).toBe(0);
  });
});
