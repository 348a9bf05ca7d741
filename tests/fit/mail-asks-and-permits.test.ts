import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { profileOf } from './profile-fit.ts';

// Go for years, living in Lisbon; nothing said of a work permit.
const INES = profileOf(`# Inês Moura

Backend Engineer | Go | Payments
📍 Lisbon, Portugal

Backend engineer with 8 years of experience.

## Skills

- **Languages:** Go, SQL
- **Infra:** Docker, Kubernetes

## Experience

**Senior Backend Engineer** · Tollgate · 2017 – present
- Built the card payments ledger and its REST API in Go.
`);

// A designer-engineer in Nairobi: TypeScript and React, no Go.
const KOFI = profileOf(`# Kofi Mensah

Design Engineer
📍 Nairobi, Kenya

Design engineer with 9 years of experience.

## Skills

- **Frontend:** TypeScript, React, Figma
`);

const MAIL = `Hi there,

The client is a Dublin clinic-booking company growing its core team.

What they're after: first and foremost they need solid Go experience, ideally 5 years or more, because the whole backend is Go. One hard requirement, sorry: you need to be based in the EU and already have the right to work here, as they can't sponsor visas at the moment.

Would you be open to a quick call?`;

const report = (profile: ReturnType<typeof profileOf>) => createFit(profile).fit(MAIL);
const row = (profile: ReturnType<typeof profileOf>, words: string) =>
  report(profile).requirements.find((r) => r.requirement.includes(words));

describe('a recruiter mail that asks in running prose', () => {
  it('keeps "ideally 5 years" and the reason with the Go it qualifies, as one must', () => {
    const go = row(INES, 'Go experience');
    expect(go?.requirement).toContain('ideally 5 years');
    expect(go?.kind).toBe('must');
    expect(go?.status).toBe('met');
    expect(
      report(INES).requirements.some((r) => /^ideally\b|^because\b/i.test(r.requirement)),
    ).toBe(false);
  });

  it('does not let the career years stand in for the Go the profile lacks', () => {
    expect(row(KOFI, 'Go experience')?.status).toBe('missing');
  });
});

describe('a place asked beside the right to work there', () => {
  it('is missing for someone living outside the place', () => {
    const place = row(KOFI, 'based in the EU');
    expect(place?.status).toBe('missing');
    expect(place?.closest.join(' ')).toContain('Nairobi');
  });

  it('is only partial for someone living there: living is no permit', () => {
    const place = row(INES, 'based in the EU');
    expect(place?.status).toBe('partial');
    expect(place?.evidence.join(' ')).toContain('Lisbon');
  });
});
