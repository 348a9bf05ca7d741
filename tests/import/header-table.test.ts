import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented résumé that opens with its details as a one-row table. */
const resume = `# Priyanka Venkataraman

| Name | Title | Location | Email | GitHub |
|------|-------|----------|-------|--------|
| Priyanka Venkataraman (she/her) | Staff Data / ML Platform Engineer | Pune, India | priyanka.v@example.org | [github.com/pvenkat](https://github.com/pvenkat) |

## Summary

Data platform engineer with 10 years of experience.

## Experience

| Company | Role | Dates |
|---------|------|-------|
| Sahyadri Analytics | Staff Data Engineer | 2020 – present |
`;

describe('a profile whose details are a one-row table under the name', () => {
  const { profile } = imported(resume);

  it('reads the title, the place and the contacts from the table', () => {
    expect(profile.identity.title).toBe('Staff Data / ML Platform Engineer');
    expect(profile.identity.location).toBe('Pune, India');
    expect(profile.contact.email).toBe('priyanka.v@example.org');
    expect(profile.contact.github).toContain('github.com/pvenkat');
  });

  it('still reads the tables of the sections below it', () => {
    expect(profile.roles.map((r) => r.company)).toEqual(['Sahyadri Analytics']);
  });
});
