import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented GitHub profile README written in Spanish. */
const readme = `<h1 align="center">¡Hola! Soy Lucía Torres 👋</h1>
<h3 align="center">Senior Android Engineer · Cali, Colombia 🇨🇴 · (ella / she / her)</h3>

## Sobre mí

Soy desarrolladora Android con más de 7 años de experiencia. Actualmente trabajo como Senior Android Engineer en **Pagaya**, una fintech colombiana.

## Experiencia

| Empresa | Rol | Periodo |
|---|---|---|
| **Rutas S.A.S.** (Bogotá) | Android Tech Lead | 2020 – 2022 |
| **Agencia Mar** (Cali) | Desarrolladora Android | 2017 – 2020 |

## Tecnologías

- **Lenguajes:** Kotlin, Java
- **Android:** Jetpack Compose, Room

## Certificaciones

- **Associate Android Developer** — Google (2019)
- **Professional Scrum Master I** — Scrum.org (2022)

## Comunidad

- Co-organizadora de GDG Cali desde 2019.

## Contacto

Estoy abierta a nuevas oportunidades 100 % remotas con equipos de Europa. Escríbeme.

- ✉️ hola@example.com
`;

describe('a README written in Spanish', () => {
  const { profile } = imported(readme);

  it('reads the place and the English pronouns in the subtitle', () => {
    expect(profile.identity.location).toBe('Cali, Colombia');
    expect(profile.identity.pronouns.subject).toBe('she');
  });

  it('reads the jobs table with Spanish headers and the current job told in a sentence', () => {
    expect(profile.roles.map((r) => [r.company, r.title])).toEqual([
      ['Pagaya', 'Senior Android Engineer'],
      ['Rutas S.A.S.', 'Android Tech Lead'],
      ['Agencia Mar', 'Desarrolladora Android'],
    ]);
  });

  it('reads "Tecnologías" as skills and each certificate, an Associate one too, as a certificate', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Kotlin', 'Jetpack Compose', 'Room']));
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'Associate Android Developer',
      'Professional Scrum Master I',
    ]);
    expect(profile.education).toEqual([]);
  });

  it('reads community work and the open door of the contact section', () => {
    expect(profile.volunteer).toHaveLength(1);
    expect(profile.identity.availability).toMatch(/^Estoy abierta a nuevas oportunidades/);
  });
});
