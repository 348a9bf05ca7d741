import { describe, expect, it } from 'vitest';
import { statusIn } from './profile-fit.ts';

describe('depth asked in Dutch or German', () => {
  it('is not met by a skill the profile lists only with a qualifier', () => {
    const jd = 'Wat vragen we\n• Ruime ervaring met React\n';
    // The shipped profile lists React only under a qualified "Frontend (selective)" group.
    expect(statusIn('shipped', jd, 'Ruime ervaring')).toBe('partial');
  });
});
