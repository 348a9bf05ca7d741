import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importProfile } from '../../src/import/import-profile.ts';
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
