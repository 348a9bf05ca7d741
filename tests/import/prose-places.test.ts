import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

describe('a place the owner writes as "<City>-based"', () => {
  it('takes a known city before "-based" as the location', () => {
    const { profile } = imported(
      [
        '# Siobhan Kearney — Staff Engineer',
        '',
        'I work on Postgres and networking. Dublin-based. Grew up on Inis Mór.',
        '',
        'Stack: Go · Postgres · Terraform',
      ].join('\n'),
    );
    expect(profile.identity.location).toBe('Dublin');
  });

  it('leaves "evidence-based" alone', () => {
    const { profile } = imported(
      ['# Tomas Berg — Data Scientist', '', 'I like evidence-based decisions.'].join('\n'),
    );
    expect(profile.identity.location).toBeUndefined();
  });
});
