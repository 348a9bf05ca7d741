import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/**
 * An invented LinkedIn "Save to PDF" export turned into markdown by a converter that made the
 * sidebar's "Contact" a title of its own, above the name's.
 */
const exported = `# Contact

ana.lopes.dev@example.org

+351 912 345 678 (Mobile)

www.linkedin.com/in/ana-lopes-dev

## Top Skills

Elixir
Phoenix LiveView

## Certifications

Associate Cloud Engineer

# Ana Lopes

Staff Backend Engineer | Elixir · Postgres
Porto, Portugal

## Summary

I build payment backends. I gave a talk at ElixirConf EU 2024 – "Retry? Maybe. Idempotency keys in practice". Outside work: surfing, and restoring old vinyl players.

## Experience

Mareo Pagamentos
Staff Backend Engineer
Mar 2021 - Present (3 years 9 months)
Porto, Portugal
Run the settlement services in Elixir.

## Education

Universidade do Porto
Master of Science - MS, Informatics Engineering · (2014 - 2016)
`;

describe('a LinkedIn export whose sidebar opens with a "# Contact" title', () => {
  const { profile } = importMarkdownProfile(exported);

  it('takes the title from under the name, not a certificate of the sidebar', () => {
    expect(profile.identity.name).toBe('Ana Lopes');
    expect(profile.identity.title).toBe('Staff Backend Engineer');
  });

  it('reads the sidebar: the phone with its kind after it, skills and certificates', () => {
    expect(profile.contact.phone).toBe('+351 912 345 678');
    expect(profile.skills.flatMap((c) => c.skills.map((s) => s.name))).toEqual(
      expect.arrayContaining(['Elixir', 'Phoenix LiveView']),
    );
    expect(profile.certifications.map((c) => c.name)).toEqual(['Associate Cloud Engineer']);
  });

  it('puts the short form LinkedIn writes after a degree with the degree, not the field', () => {
    expect(profile.education[0]).toMatchObject({
      degree: 'Master of Science (MS)',
      field: 'Informatics Engineering',
    });
  });

  it('reads a quoted talk title whole and the pastimes after "Outside work:"', () => {
    expect(profile.publications.map((p) => p.title)).toContain(
      'Retry? Maybe. Idempotency keys in practice',
    );
    expect(profile.interests.map((i) => i.name)).toEqual([
      'surfing',
      'restoring old vinyl players',
    ]);
  });
});
