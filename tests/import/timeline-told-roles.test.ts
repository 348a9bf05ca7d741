import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/**
 * An invented about page whose experience is a timeline: a bold date range, then
 * "Title @ Company (City)", then the job told in sentences on a definition line (": …").
 */
const page = `# Tove Lindqvist

## Experience

**2020 – now** · Lead Platform Engineer @ Snöflinga AB (Stockholm)
: Lead a team of 5 engineers running the payments platform. Moved the fleet
  from Nomad to Kubernetes and cut deploy time from 40 to 6 minutes.

**2015 – 2020** · Backend Developer @ Fjäril Systems — Built the order service
  in Kotlin, and was on call for it at 2 a.m. more often than I'd like.
`;

describe('a timeline of jobs told in sentences', () => {
  const { profile } = imported(page);

  it('keeps what the job was as its text, never as its place', () => {
    const [lead, backend] = profile.roles;
    expect(lead?.summary).toMatch(/^Lead a team of 5 engineers/);
    expect(lead?.location).toBe('Stockholm');
    expect(lead?.company).toBe('Snöflinga AB');
    expect(backend?.company).toBe('Fjäril Systems');
    expect(backend?.summary).toMatch(/at 2 a\.m\. more often/);
    expect(backend?.location).toBeUndefined();
  });
});
