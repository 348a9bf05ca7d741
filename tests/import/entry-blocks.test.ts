import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

const imported = (markdown: string) => importMarkdownProfile(markdown).profile;

describe('an entry written as a dated line, its title on the next line of the block', () => {
  const profile = imported(`# Ilse Brandvold

Site Reliability Engineer

## Experience

**Fjordnett, Bergen:** 02/2021 – present  
Site Reliability Engineer, Payments

- Moved the payment gateways to active-active; failovers went from 20 minutes to 40 seconds.

**Vestkyst Data:** 06/2017 – 01/2021  
Systems Administrator

- Ran the Linux fleet behind the booking system.

## Education

**University of Bergen:** 2013 – 2017  
BSc in Informatics (part-time, studied at night)

**2011 – 2013 – Diploma in Electronics**  
Bergen Technical College
`);

  it('reads each role with its employer, place, title and dates', () => {
    expect(profile.roles.map((r) => [r.company, r.location, r.title, r.start, r.end])).toEqual([
      ['Fjordnett', 'Bergen', 'Site Reliability Engineer, Payments', '2021-02', 'present'],
      ['Vestkyst Data', undefined, 'Systems Administrator', '2017-06', '2021-01'],
    ]);
    expect(profile.roles[1]?.highlights).toEqual([
      'Ran the Linux fleet behind the booking system.',
    ]);
  });

  it('keeps each degree with its own school, and a bracket whole', () => {
    expect(profile.education.map((e) => [e.institution, e.degree, e.field])).toEqual([
      ['University of Bergen', 'BSc', 'Informatics (part-time, studied at night)'],
      ['Bergen Technical College', 'Diploma', 'Electronics'],
    ]);
  });
});

describe('section names set with letter spacing', () => {
  it('reads "S K I L L S" and "E X P E R I E N C E" as the sections they name', () => {
    const profile = imported(`# Tarek Haddad

Backend Engineer

## S K I L L S

- Go, PostgreSQL, Kafka

## W O R K  E X P E R I E N C E

**Backend Engineer** · Cedarline · 2020 – present
- Built the ledger service.
`);
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(['Go', 'PostgreSQL', 'Kafka']);
    expect(profile.roles.map((r) => r.company)).toEqual(['Cedarline']);
  });
});
