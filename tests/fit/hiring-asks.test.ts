import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { profileOf } from './profile-fit.ts';

const profile = (experience: string) =>
  profileOf(`# Ilse Marten

Engineering Manager

## Skills

- **Backend:** Go, PostgreSQL
- **Practices:** mentoring, code review

## Experience

**Engineering Manager** · Ferrowave · 2019 – present
- Led the payments team through the move to Go services.
- Ran the weekly architecture review for twelve services.
${experience}
`);

const statusOf = (experience: string, requirement: string) =>
  createFit(profile(experience)).fit(`## Requirements\n- ${requirement}`).requirements[0]?.status;

describe('a requirement that asks for hiring', () => {
  it('is partly met by leadership that says nothing of hiring', () => {
    expect(statusOf('', 'Experience hiring engineers')).toBe('partial');
    expect(statusOf('', 'You have built and scaled an engineering team')).toBe('partial');
  });

  it('is met by a line about hiring, however far down the profile it is', () => {
    const hired = '- Hired 7 engineers and grew the team from 4 to 11.';
    expect(statusOf(hired, 'Experience hiring engineers')).toBe('met');
  });

  it('asked beside mentoring, needs both', () => {
    expect(statusOf('', 'Experience hiring and mentoring engineers')).toBe('partial');
    const hired = '- Hired 7 engineers and mentored three of them into senior roles.';
    expect(statusOf(hired, 'Experience hiring and mentoring engineers')).toBe('met');
  });

  it('is not met by coaching people for interviews', () => {
    const coached = '- I coach early-career developers through system design interviews.';
    expect(statusOf(coached, 'Experience hiring engineers')).toBe('partial');
  });
});
