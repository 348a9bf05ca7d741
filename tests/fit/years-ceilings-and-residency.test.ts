import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { profileOf, statusIn } from './profile-fit.ts';

const profile = (years: number) =>
  profileOf(`# Noor Haddad

Software Engineer | Python

Software engineer with ${years} years of experience.

## Skills

- **Languages:** Python, SQL
`);

const judged = (years: number, requirement: string) =>
  createFit(profile(years)).fit(`## Essential criteria\n- ${requirement}`).requirements[0];

describe("a graduate scheme's ceiling on years", () => {
  it('is missing for a career longer than it allows, and says why', () => {
    const r = judged(6, 'Less than 2 years of full-time professional experience');
    expect(r?.status).toBe('missing');
    expect(r?.closest.join(' ')).toMatch(/6 years.*more than 2/);
  });

  it('is met within it', () => {
    expect(judged(1, 'No more than 2 years of professional experience')?.status).toBe('met');
  });
});

describe('years of residence written after the number', () => {
  it("are not years of experience: a security engineer's 9 years don't meet a clearance", () => {
    const jd =
      "## Essential criteria\n- The post needs Security Check (SC) clearance, which would normally need 5 years' UK residency in the past 5 years.";
    expect(statusIn('ingrid-vasquez-holm', jd, 'Security Check')).toBe('missing');
  });
});

describe('years of a career with some of them in one technology', () => {
  it('needs the technology too: a backend career without Go does not meet "3 in Go"', () => {
    const jd = '## You should have\n- 6+ years building backend systems, with at least 3 in Go';
    expect(statusIn('dan-okafor', jd, 'at least 3 in Go')).toBe('partial');
  });

  it('meets both when both hold', () => {
    expect(judged(10, '6+ years building software, with at least 3 in Python')?.status).toBe('met');
  });
});
