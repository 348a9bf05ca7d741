import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

describe('facts in the profile paragraph of a résumé', () => {
  const { profile } = imported(
    [
      '# Noor Haddad',
      '',
      'Backend Engineer · Kotlin · payments',
      '',
      '## Profile',
      '',
      '6 years of backend development, the last 3 of them on card payments.',
      '',
      "**Availability:** from 1 May 2027 (1 month's notice) · remote (EET ± 3 h) · no relocation",
    ].join('\n'),
  );

  it('takes the years of a field the paragraph opens with, not "the last 3"', () => {
    expect(profile.identity.yearsOfExperience).toBe(6);
  });

  it('takes the whole line after a bold "Availability:" label', () => {
    expect(profile.identity.availability).toBe(
      "From 1 May 2027 (1 month's notice) · remote (EET ± 3 h) · no relocation",
    );
  });
});
