import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { profileOf } from './profile-fit.ts';

const backend = createFit(
  profileOf(`# Ravi Menon

Senior Backend Engineer | Go | PostgreSQL

Backend engineer with 8 years of experience building payment systems.

## Skills

- **Backend:** Go, PostgreSQL, Kafka
- **Frontend (basic):** React, TypeScript

## Industries

- Fintech
- Travel
`),
);

const report = (jd: string) => backend.fit(jd);
const row = (jd: string, part: string) =>
  report(jd).requirements.find((r) => r.requirement.toLowerCase().includes(part.toLowerCase()));

describe('a field asked before "background" or "experience"', () => {
  it('a strong backend background is met by a backend title', () => {
    expect(row('## Requirements\n- A strong backend background', 'backend')?.status).toBe('met');
  });

  it('"front end", "front-end" and "Frontend" are one field', () => {
    for (const line of ['A front end background', 'Front-end experience']) {
      expect(row(`## Requirements\n- ${line}`, 'front')?.status).not.toBe('missing');
    }
  });

  it('depth asked of a skill listed only with a qualifier is partial', () => {
    expect(row('## Requirements\n- Strong React skills', 'react')?.status).toBe('partial');
    expect(row('## Requirements\n- Strong Go skills', 'go skills')?.status).toBe('met');
  });

  it('"X, Y or Z experience would be a bonus" is one wish, met by any of them', () => {
    const found = row(
      '## Nice to haves\n- Travel, booking or marketplace experience would be a bonus',
      'travel',
    );
    expect(found?.requirement).toMatch(/^Travel, booking or marketplace/);
    expect(found?.status).toBe('met');
    expect(found?.kind).toBe('nice');
  });
});

describe("a recruiter's email", () => {
  const mail = `Hi there,

Quick overview of what they're after:

- 7+ years of hands-on software engineering experience
- A strong front-end background, React and TypeScript ideally

Would you be open to a quick chat? If it's not for you, no worries at all, and if you know someone who'd be a fit I run a referral scheme.`;

  it('reads the list under "what they\'re after" as requirements, "ideally" narrowing a must', () => {
    const found = report(mail).requirements;
    expect(found.map((r) => r.kind)).toEqual(['must', 'must']);
    expect(found[0]?.status).toBe('met');
  });

  it('takes no requirement from the closing courtesy', () => {
    const all = report(mail);
    expect(all.requirements.some((r) => /worries|referral/i.test(r.requirement))).toBe(false);
  });
});
