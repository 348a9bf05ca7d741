import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/** CVs written in German, French and Spanish, in the shapes those countries use. */
const lebenslauf = `# Lebenslauf

## Jonas Brückner, Dipl.-Ing. (FH)
**Backend-Entwickler – Logistiksoftware**

### Persönliche Daten

| | |
|---|---|
| **Wohnort:** | 8010 Graz (Geidorf), Österreich |
| **Geburtsjahr:** | 1990 |
| **E-Mail:** | jonas.brueckner@example.at |
| **Telefon:** | +43 664 555 1020 |
| **Verfügbarkeit:** | ab 01.03.2027 |
| **Kündigungsfrist:** | 2 Monate |
| **Führerschein:** | B |

### Kurzprofil

Entwickler mit 7 Jahren Berufserfahrung in Lagerverwaltung und Routenplanung.

### Beruflicher Werdegang

**seit 05/2022 – Senior Backend-Entwickler**
*Murtal Logistik GmbH, Graz*
- Tourenplanung mit PostgreSQL und Go neu gebaut

**03/2018 – 04/2022 – Softwareentwickler**
*Steirische Lager-Systeme GmbH, Leoben*
- Schnittstellen zu SAP EWM in Java

### Ausbildung

**2014 – 2018 – Bachelor Informatik**
TU Graz

### IT-Kenntnisse

- **Programmiersprachen:** Go, Java, Kotlin
- **Datenbanken:** PostgreSQL, Redis

### Sprachen

Deutsch (Muttersprache), Englisch (fließend, C1), Slowenisch (Grundkenntnisse)

### Interessen

Bergsteigen, Schach
`;

const cv = `# Curriculum Vitae

## Camille Lefèvre

Développeuse full-stack

## Données personnelles

- **Domicile :** 69003 Lyon, France
- **Téléphone :** +33 6 55 12 34 56
- **Disponibilité :** à partir de septembre 2026

## Profil professionnel

Développeuse avec 6 ans d'expérience dans le e-commerce.

## Expérience professionnelle

### Développeuse senior — Rhône Commerce SAS, Lyon
depuis 2020
- Migration du catalogue vers Next.js

## Formation

### Master Informatique — Université Lyon 1
2014 – 2019

## Compétences

- **Langages :** TypeScript, PHP
- **Outils :** Docker, GitLab CI

## Langues

Français (langue maternelle), Anglais (courant, C1), Espagnol (notions)
`;

describe('a German Lebenslauf', () => {
  const { profile } = importMarkdownProfile(lebenslauf);

  it('takes the name from the heading under the document title, without academic titles', () => {
    expect(profile.identity.name).toBe('Jonas Brückner');
  });

  it('keeps the academic titles searchable', () => {
    const kept = JSON.stringify([profile.identity, profile.sections, profile.summary]);
    expect(kept).toContain('Dipl.-Ing. (FH)');
  });

  it('reads where the owner lives from "Wohnort", without the postcode', () => {
    expect(profile.identity.location).toBe('Graz (Geidorf), Österreich');
  });

  it('reads availability with the notice period', () => {
    expect(profile.identity.availability).toContain('ab 01.03.2027');
    expect(profile.identity.availability).toContain('2 Monate');
  });

  it('reads contact from "E-Mail" and "Telefon"', () => {
    expect(profile.contact.email).toBe('jonas.brueckner@example.at');
    expect(profile.contact.phone).toBe('+43 664 555 1020');
  });

  it('keeps birth year and driving licence as text, not identity facts', () => {
    const items = profile.sections.flatMap((s) => s.items);
    expect(items).toContain('Geburtsjahr: 1990');
    expect(items).toContain('Führerschein: B');
  });

  it('reads German section headings as their kinds', () => {
    expect(profile.education.map((e) => e.institution)).toContain('TU Graz');
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Go', 'Java', 'Kotlin', 'PostgreSQL']));
    expect(profile.interests.map((i) => i.name)).toEqual(['Bergsteigen', 'Schach']);
  });
});

describe('dates and years in a Lebenslauf', () => {
  const { profile } = importMarkdownProfile(lebenslauf);

  it('reads "seit 05/2022" as a current role and "03/2018 – 04/2022" as a past one', () => {
    const roles = profile.roles.map((r) => [r.title, r.company, r.start, r.end ?? 'present']);
    expect(roles).toContainEqual([
      'Senior Backend-Entwickler',
      'Murtal Logistik GmbH',
      '2022-05',
      'present',
    ]);
    expect(roles).toContainEqual([
      'Softwareentwickler',
      'Steirische Lager-Systeme GmbH',
      '2018-03',
      '2022-04',
    ]);
  });

  it('reads "mit 7 Jahren Berufserfahrung" as the years of experience', () => {
    expect(profile.identity.yearsOfExperience).toBe(7);
  });
});

describe('a French CV', () => {
  const { profile } = importMarkdownProfile(cv);

  it('takes the name under "Curriculum Vitae"', () => {
    expect(profile.identity.name).toBe('Camille Lefèvre');
  });

  it('reads the personal details', () => {
    expect(profile.identity.location).toBe('Lyon, France');
    expect(profile.contact.phone).toBe('+33 6 55 12 34 56');
    expect(profile.identity.availability).toContain('septembre 2026');
  });

  it('reads "depuis 2020" as a current role and "6 ans d\'expérience" as the years', () => {
    expect(profile.roles[0]).toMatchObject({ company: 'Rhône Commerce SAS', start: '2020' });
    expect(profile.roles[0]?.end ?? 'present').toBe('present');
    expect(profile.identity.yearsOfExperience).toBe(6);
  });

  it('reads "Langues" as spoken languages, not skills', () => {
    expect(profile.languages.map((l) => l.name)).toEqual(['Français', 'Anglais', 'Espagnol']);
    expect(profile.languages[1]?.proficiency).toBe('courant, C1');
  });

  it('reads French section headings as their kinds', () => {
    expect(profile.education.map((e) => e.institution).join(' ')).toContain('Lyon 1');
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['TypeScript', 'PHP', 'Docker']));
  });
});

describe('a Spanish CV', () => {
  const { profile } = importMarkdownProfile(`# Currículum

## Lucía Fernández Ortega

Ingeniera de datos

## Datos personales

- **Dirección:** Calle Mayor 12, 28013 Madrid, España
- **Correo:** lucia.fernandez@example.es
- **Disponibilidad:** inmediata

## Perfil

Ingeniera con 9 años de experiencia en plataformas de datos.

## Experiencia laboral

### Ingeniera de datos sénior — Meseta Analytics S.L., Madrid
enero 2021 – actualidad
- Pipelines con Spark y Airflow

## Formación

### Grado en Ingeniería Informática — Universidad Politécnica de Madrid
2011 – 2015

## Conocimientos

- **Lenguajes:** Python, Scala, SQL
`);

  it('reads name, place, availability, years and the current role', () => {
    expect(profile.identity.name).toBe('Lucía Fernández Ortega');
    expect(profile.identity.location).toBe('Madrid, España');
    expect(profile.identity.availability).toBe('inmediata');
    expect(profile.identity.yearsOfExperience).toBe(9);
    expect(profile.contact.email).toBe('lucia.fernandez@example.es');
    expect(profile.roles[0]).toMatchObject({ company: 'Meseta Analytics S.L.', start: '2021-01' });
    expect(profile.roles[0]?.end ?? 'present').toBe('present');
    expect(profile.education[0]?.institution).toBe('Universidad Politécnica de Madrid');
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Python', 'Scala', 'SQL']));
  });
});
