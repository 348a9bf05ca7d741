import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/**
 * An Italian CV written by hand with Europass habits: the document titled, the name given as a
 * labelled detail, each job a bold date line over "**Title** — Employer, City", a grid of
 * languages under "Competenze personali", digital skills as labelled bullets.
 */
const cv = `# CURRICULUM VITAE

## Informazioni personali

**Nome e cognome:** Giulia Ferraro
**E-mail:** giulia.ferraro@example.it

## Posizione ricoperta

**Data Engineer**

Ingegnera gestionale con oltre 7 anni di esperienza su pipeline di dati.

## Esperienza professionale

**Aprile 2020 – oggi**
**Data Engineer** — Banca Adriatica S.p.A., Bologna
- Pipeline Airflow per la reportistica di rischio
- Dal 2023 coordino un team di 2 persone

**Ottobre 2017 – Marzo 2020**
**Sistemista** — Rete Emilia S.r.l., Modena
- Amministrazione di server Linux

## Competenze personali

### Competenze linguistiche

**Lingua madre:** Italiano (Madrelingua)

| Lingua | Ascolto | Lettura | Interazione | Produzione orale | Produzione scritta |
|---|---|---|---|---|---|
| Inglese | B2 | C1 | B2 | B2 | B2 |

Inglese: IELTS Academic 7.0, 2019

### Competenze digitali

- **Dati:** Airflow, dbt, PostgreSQL
- **Linguaggi:** Python, SQL
`;

describe('an Italian CV', () => {
  const { profile } = importMarkdownProfile(cv);

  it('reads the name from its labelled detail under a titled document', () => {
    expect(profile.identity.name).toBe('Giulia Ferraro');
  });

  it('reads each job from its date line and "Title — Employer, City" line', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Data Engineer', 'Banca Adriatica S.p.A.', '2020-04', 'present'],
      ['Sistemista', 'Rete Emilia S.r.l.', '2017-10', '2020-03'],
    ]);
  });

  it('reads the mother tongue and the grid, by the names Italian gives the languages', () => {
    expect(profile.languages[0]).toEqual({ name: 'Italiano', proficiency: 'native' });
    // The grid's range, and the certificate said under it, in one entry.
    expect(profile.languages[1]?.name).toBe('Inglese');
    expect(profile.languages[1]?.proficiency).toMatch(/^B2–C1; IELTS/);
    expect(profile.languages).toHaveLength(2);
  });

  it('reads the digital skills as skills and the position held as the summary', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Airflow', 'dbt', 'PostgreSQL', 'Python']));
    expect(skills).not.toContain('Italiano');
    expect(profile.summary.join(' ')).toMatch(/oltre 7 anni/);
  });
});
