import { describe, expect, it } from 'vitest';
import { statusIn } from './profile-fit.ts';

describe('a week split between office and home', () => {
  const jd = [
    'Backend Developer',
    '',
    'Location: Leipzig, 2 days office / 3 days remote',
    '',
    'Your profile',
    '',
    '- You know Go',
  ].join('\n');

  it('reads office days as on-site work in the named city, not as remote anywhere', () => {
    // Tomás lives in Lisbon, the shipped profile in Lahore.
    expect(statusIn('tomas-arvelo', jd, 'Leipzig')).toBe('missing');
    expect(statusIn('shipped', jd, 'Leipzig')).toBe('missing');
    expect(statusIn('tomas-arvelo', jd.replace('Leipzig', 'Lyon'), 'Lyon')).toBe('missing');
  });

  it('meets it for someone living in that city', () => {
    const berlin = jd.replace('Leipzig', 'Berlin');
    expect(statusIn('amara-okafor', berlin, 'Berlin')).toBe('met');
  });
});

describe('a line labelled as the location', () => {
  it('judges "new location: remote from any EU country" against where the profile lives', () => {
    const jd = '## Requirements\n- new location: fully remote, from any EU country\n';
    // Tomás lives in Portugal, Hà in Vietnam.
    expect(statusIn('tomas-arvelo', jd, 'EU country')).toBe('met');
    expect(statusIn('pham-thu-ha', jd, 'EU country')).toBe('missing');
  });
});
