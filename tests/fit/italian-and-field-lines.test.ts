import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';
import { statusIn } from './profile-fit.ts';

// The shipped profile lists Go, PostgreSQL, MySQL, Docker, Kubernetes, AWS and GCP, in Lahore.
const italian = `# Backend Engineer (Torino, ibrido)

## Chi siamo

Siamo una fintech torinese con 60 persone.

## Requisiti

- Almeno 4 anni di esperienza nello sviluppo backend
- Ottima conoscenza di Go o Rust
- Utilizzo di Docker e Kubernetes
- Ottima conoscenza della lingua italiana, parlata e scritta

## Costituiranno titolo preferenziale

- Esperienza con strumenti di orchestrazione (Airflow, Dagster o simili)
- Conoscenza di almeno un cloud provider (preferibilmente GCP)

## Cosa offriamo

- Buoni pasto da 8 € al giorno
`;

describe('a job description written in Italian', () => {
  const read = readRequirements(italian);

  it('reads "Requisiti" as must-haves and "titolo preferenziale" as nice-to-haves, not the perks', () => {
    const kinds = read.map((r) => [r.kind, r.text.slice(0, 24)]);
    expect(kinds).toContainEqual(['must', 'Ottima conoscenza di Go ']);
    expect(kinds).toContainEqual(['nice', 'Esperienza con strumenti']);
    expect(read.some((r) => /Buoni pasto|fintech torinese/.test(r.text))).toBe(false);
  });

  it('judges "o" as a choice, years in "anni", and the Italian language asked', () => {
    expect(statusIn('shipped', italian, 'Go o Rust')).toBe('met');
    expect(statusIn('shipped', italian, '4 anni')).toBe('met');
    expect(statusIn('shipped', italian, 'lingua italiana')).toBe('missing');
  });

  it('does not read the word "di" as the initialism DI', () => {
    expect(statusIn('shipped', italian, 'Docker e Kubernetes')).toBe('met');
  });

  it('reads "preferibilmente" as a wish beside the ask', () => {
    expect(statusIn('shipped', italian, 'cloud provider')).toBe('met');
  });
});

describe('plain lines of a job card', () => {
  it('keeps "Payments or fintech background" under Nice-to-haves, not as a company heading', () => {
    const jd = 'Must-haves\nKubernetes\n\nNice-to-haves\nPayments or fintech background\ngRPC\n';
    expect(readRequirements(jd).map((r) => [r.kind, r.text])).toEqual([
      ['must', 'Kubernetes'],
      ['nice', 'Payments or fintech background'],
      ['nice', 'gRPC'],
    ]);
  });

  it('reads a "Skills:" field as one requirement a skill, and keeps "Experience:" with its years', () => {
    const jd = 'Founding Engineer\n\nExperience: 3+ years\nSkills: Go, PostgreSQL, Swift\n';
    expect(readRequirements(jd).map((r) => r.text)).toEqual([
      'Experience: 3+ years',
      'Go',
      'PostgreSQL',
      'Swift',
    ]);
  });
});
