import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented Dutch CV. */
const cv = `# Curriculum Vitae – Sanne de Graaf

## Personalia

| | |
|---|---|
| **Naam** | Sanne de Graaf |
| **Woonplaats** | Utrecht |
| **E-mail** | sanne@example.nl |
| **Rijbewijs** | B |

## Profiel

Software-ontwikkelaar met ruim 7 jaar ervaring in het bouwen van webapplicaties.

## Werkervaring

**Senior Ontwikkelaar** – Bol, Utrecht
*mrt 2021 – heden*
- Bouwen van de zoekdienst in Kotlin.

**Ontwikkelaar** – Coolblue, Rotterdam
*sep 2017 – feb 2021*
- Backend in Java.

## Opleiding

- HBO Informatica – Hogeschool Utrecht, 2013 – 2017

## Vaardigheden

- **Talen:** Kotlin, Java
- **Netwerken:** PROFINET, EtherNet/IP

## Talen

- Nederlands – moedertaal
- Engels – vloeiend
`;

describe('a CV written in Dutch', () => {
  const { profile } = imported(cv);

  it('reads the place, the years and the current job from Dutch labels and dates', () => {
    expect(profile.identity.location).toBe('Utrecht');
    expect(profile.identity.yearsOfExperience).toBe(7);
    expect(profile.identity.title).toBe('Senior Ontwikkelaar');
    expect(profile.roles.map((r) => [r.company, r.start, r.end])).toEqual([
      ['Bol', '2021-03', 'present'],
      ['Coolblue', '2017-09', '2021-02'],
    ]);
  });

  it('reads the skills and the languages under Dutch headings, a protocol name kept whole', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Kotlin', 'PROFINET', 'EtherNet/IP']));
    expect(profile.languages.map((l) => l.name)).toEqual(['Nederlands', 'Engels']);
  });
});

describe('a short bio', () => {
  const { profile } = imported(`# Amani Otieno

Principal Engineer, Payments · Nairobi

Today I'm a principal engineer at Lipa Labs, where I lead the ledger team. Before that I spent five years at Telkom on the partner integrations team, and I started out as a Java developer at Faulu Bank. I'm open to a few advisory engagements a year — the best way to reach me is email, amani@otieno.dev.

- Talk: "Reconciliation without tears" — DevFest Nairobi 2024
`);

  it('reads the city alone in the headline, the job held now and the first job', () => {
    expect(profile.identity.location).toBe('Nairobi');
    expect(profile.roles.map((r) => `${r.title} at ${r.company}`)).toEqual([
      'Principal engineer at Lipa Labs',
      'Java developer at Faulu Bank',
    ]);
  });

  it('keeps an address inside the availability sentence whole, and the talk with its venue', () => {
    expect(profile.identity.availability).toContain('amani@otieno.dev');
    expect(profile.publications).toEqual([
      { kind: 'talk', title: 'Reconciliation without tears', venue: 'DevFest Nairobi 2024' },
    ]);
  });
});

describe('an Upwork page copied as text', () => {
  const page = [
    'Find talent',
    'Lucía R.',
    'Rosario, Argentina',
    '4:17 pm local time',
    'Top Rated',
    '98% Job Success',
    '$80K+',
    'Total earnings',
    'Education',
    'Universidad Nacional de Rosario',
    'Licenciatura en Ciencias de la Computación',
    '2010-2015',
    'Senior Data Engineer | ETL & Pipelines',
    '$55.00/hr',
    "Hi! I'm Lucía, a data engineer with 9 years of experience.",
    '',
    'Certifications',
    'AWS Certified Data Engineer – Associate',
    'Amazon Web Services',
    'Issued: May 2024',
    'Expires: May 2027',
    '',
    'Other experiences',
    'Speaker – PyCon Argentina 2023',
    'Talk: "Pipelines that explain themselves"',
    'Help & support',
    'Terms of Service',
  ].join('\n');
  const { profile } = imported(page);

  it('takes the line over the rate as the title, not as a school', () => {
    expect(profile.identity.title).toBe('Senior Data Engineer');
    expect(profile.education).toEqual([
      expect.objectContaining({
        institution: 'Universidad Nacional de Rosario',
        degree: 'Licenciatura',
        field: 'Ciencias de la Computación',
      }),
    ]);
  });

  it('reads the certificate with its provider and validity, and the talk with its event', () => {
    expect(profile.certifications).toEqual([
      {
        name: 'AWS Certified Data Engineer – Associate',
        issuer: 'Amazon Web Services',
        year: '2024 (valid until May 2027)',
      },
    ]);
    expect(profile.publications).toEqual([
      expect.objectContaining({
        title: 'Pipelines that explain themselves',
        venue: 'PyCon Argentina 2023',
      }),
    ]);
    expect(JSON.stringify(profile)).not.toContain('Terms of Service');
  });
});

describe('a Spanish CV with an internship', () => {
  const { profile } = imported(`# Valeria Gómez

Ingeniera de QA

## Experiencia profesional

### Practicante de Desarrollo — Tecnoandes Ltda., Medellín
*ene. 2018 – jun. 2018*

- Mantenimiento de módulos en PHP y MySQL.
`);

  it('reads an intern ("practicante") as a role', () => {
    expect(profile.roles.map((r) => [r.title, r.company])).toEqual([
      ['Practicante de Desarrollo', 'Tecnoandes Ltda.'],
    ]);
  });
});
