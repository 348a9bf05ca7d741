import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** A summary and a role written in sentences, as a LinkedIn profile is. */
const CV = `# Ines Moreau

Site Reliability Engineer

## Summary

I keep payment systems up at night so nobody else has to. On the side I maintain two small
open-source things: pagerlint, a linter for alert rules (~200 stars on GitHub), and
runbook-gen, a generator of runbooks from Terraform state.

## Experience

### Ondine Payments

Site Reliability Engineer
March 2021 - Present (5 years 9 months)

Runs the on-call rotation for 40 services. Presented our incident review process at SREcon
EMEA 2024 ("Blameless is a verb: running reviews people attend").
`;

const profile = ProfileSchema.parse(importMarkdownProfile(CV).profile);

describe('things named in sentences', () => {
  it("reads a counted list of the owner's projects, each named before its comma", () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['pagerlint', 'runbook-gen']);
    // Their descriptions are no expertise of the owner's.
    expect(profile.expertise).not.toContain('linter');
    expect(profile.expertise.join(' ')).not.toMatch(/pagerlint|generator of runbooks/);
  });

  it('reads a talk a role names with its quoted title and the venue before it', () => {
    expect(profile.publications.map((p) => [p.kind, p.title, p.venue])).toEqual([
      ['talk', 'Blameless is a verb: running reviews people attend', 'SREcon EMEA 2024'],
    ]);
  });
});
