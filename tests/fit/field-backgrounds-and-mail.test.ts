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

describe('more requirement shapes', () => {
  it('keeps "fluent in TypeScript and React (hooks, …)" one row', () => {
    const found = report(
      "## Requirements\n- You're fluent in TypeScript and React (hooks, testing)",
    );
    expect(found.requirements).toHaveLength(1);
  });

  it('reads years written as a German, French or Spanish word', () => {
    for (const line of [
      'Mindestens drei Jahre Berufserfahrung in der Backend-Entwicklung',
      "Au moins cinq ans d'expérience en développement backend",
      'Al menos tres años de experiencia en backend',
    ]) {
      expect(row(`## Requirements\n- ${line}`, line.slice(0, 12))?.status).toBe('met');
    }
    expect(row('## Anforderungen\n- Mindestens zehn Jahre Berufserfahrung', 'zehn')?.status).toBe(
      'partial',
    );
  });

  it('looks for the kind asked when none of the example tools is listed', () => {
    const queues = createFit(
      profileOf(`# Ravi Menon

Senior Backend Engineer | Go

## Skills

- **Backend:** Go, Redis
`),
    );
    const found = queues.fit(
      '## Requirements\n- Hands-on with message queues (Kafka, RabbitMQ, SQS or similar)',
    ).requirements[0];
    expect(found?.status).not.toBe('missing');
  });
});

describe('an aside that counts another field', () => {
  it('"(fintech counts!)" makes fintech an answer to the ask', () => {
    expect(
      row(
        '## Nice to haves\n- Background in health-tech or another regulated domain (fintech counts!)',
        'health-tech',
      )?.status,
    ).toBe('met');
  });
});
