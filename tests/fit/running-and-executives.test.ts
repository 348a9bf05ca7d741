import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { profileOf } from './profile-fit.ts';

// PostgreSQL and Kafka used, not run; Redis run; C in a line about a controller.
const OSKAR = profileOf(`# Oskar Brandt

Backend Engineer | Java | Payments

Backend engineer with 7 years of experience.

## Skills

- **Languages:** Java, Kotlin, C
- **Data:** PostgreSQL, Kafka, Redis
- **Frontend:** CSS, HTML
- **DevOps:** Kubernetes, GitHub Actions
- **APIs:** REST

## Experience

**Backend Engineer** · Ledgerline · 2019 – present
- Built the settlement service on PostgreSQL and Kafka.
- Ran our self-managed Redis clusters, upgrades and failover drills included.
- Rewrote a C-based card terminal driver in Kotlin.
- Built the REST API for settlements; deployed services to Kubernetes.
`);

const statusOf = (requirement: string) =>
  createFit(OSKAR).fit(`## Requirements\n- ${requirement}`).requirements[0]?.status;

describe('running a technology is more than using it', () => {
  it('calls a used database close to its administration', () => {
    expect(statusOf('Experience with PostgreSQL administration (backups, replication)')).toBe(
      'partial',
    );
    expect(statusOf('Kafka operations')).toBe('partial');
  });

  it('meets the operations of one the profile ran', () => {
    expect(statusOf('Redis operations')).toBe('met');
  });

  it('calls a listed stylesheet language close to animation done with it', () => {
    expect(statusOf('Animation in the browser (CSS transitions)')).toBe('partial');
  });
});

describe('words that look like a technology', () => {
  it('does not read "C-level" as the C language', () => {
    expect(statusOf('Comfortable with stakeholder management up to C-level')).not.toBe('met');
    expect(statusOf('Experience presenting to the C-suite')).not.toBe('met');
  });

  it('still reads C as the language where it is one', () => {
    expect(statusOf('C programming')).toBe('met');
  });
});

describe('asks that name the use, in other words', () => {
  it('reads "Postgres ops" as running PostgreSQL', () => {
    expect(statusOf('Postgres ops (backups, PITR, major upgrades)')).toBe('partial');
  });

  it('reads "upgraded clusters" as running Kubernetes', () => {
    expect(statusOf("Kubernetes in production: you've upgraded clusters")).not.toBe('met');
  });

  it('reads CI "for a mobile app" as mobile CI', () => {
    expect(statusOf('Have you set up CI for a mobile app (GitHub Actions, Bitrise)?')).not.toBe(
      'met',
    );
  });

  it('reads "designed REST or GraphQL APIs" as API design, shown by building them', () => {
    expect(statusOf('Has designed REST or GraphQL APIs that other teams consume')).not.toBe(
      'missing',
    );
  });
});
