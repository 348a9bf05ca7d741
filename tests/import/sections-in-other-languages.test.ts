import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// Invented READMEs and CVs: sections in Spanish or German, a Pandoc conversion.

/** An invented Spanish README: its projects in a table whose headers are Spanish. */
const readme = imported(
  [
    '# Hola, soy Ane Urrutia 👋',
    '',
    'Desarrolladora backend en Donostia.',
    '',
    '## 🚀 Proyectos',
    '',
    '| Proyecto | Descripción | Tecnologías |',
    '|---|---|---|',
    '| [**Sagardo**](https://github.com/aneu/sagardo) | App para reservar mesa en sidrerías | Vue, Go |',
    '| [**Txalupa**](https://github.com/aneu/txalupa) | Cola de tareas para Postgres | Rust |',
    '',
  ].join('\n'),
).profile;

describe('a projects table with Spanish headers', () => {
  it('reads the description column as each project’s summary and the stack as technologies', () => {
    const sagardo = readme.projects.find((p) => p.name === 'Sagardo');
    expect(sagardo?.summary).toBe('App para reservar mesa en sidrerías');
    expect(sagardo?.technologies).toEqual(['Vue', 'Go']);
    expect(readme.projects.find((p) => p.name === 'Txalupa')?.summary).toMatch(/Cola de tareas/);
  });
});

describe('volunteering entries that open with their years', () => {
  const cv = imported(
    [
      '# Greta Lindner',
      '',
      'Backend-Entwicklerin',
      '',
      '### Ehrenamt',
      '',
      '- **seit 2018** Mitorganisatorin der Java User Group Dresden – monatliche Meetups',
      '- **2017 – 2022** Coach bei „Code Week Sachsen“ – Workshops für Schülerinnen',
      '',
      '### Volunteering',
      '',
      '- **since 2019** Organiser of PyLadies Dresden',
      '',
    ].join('\n'),
  ).profile;
  it('reads the position and the group after the years, never a "since" word as the group', () => {
    expect(cv.volunteer).toEqual([
      expect.objectContaining({
        organization: 'Java User Group Dresden',
        position: 'Mitorganisatorin',
        start: '2018',
      }),
      expect.objectContaining({
        organization: 'Code Week Sachsen',
        position: 'Coach',
        end: '2022',
      }),
      expect.objectContaining({ organization: 'PyLadies Dresden', position: 'Organiser' }),
    ]);
  });
});

describe('a LinkedIn export converted by Pandoc, its bullets escaped', () => {
  const cv = imported(
    [
      '# Iker Zubiri',
      '',
      'Mobile Engineer',
      '',
      '## Experience',
      '',
      '### Mobile Engineer — Ondarra (2020 – present)',
      '',
      'Tech lead for the rider app.',
      '',
      '\\- Cut crash rate from 1.9% to 0.3% sessions',
      '\\- Rebuilt the app in Kotlin with MVVM and an Espresso test suite',
      '',
    ].join('\n'),
  ).profile;
  it('reads each escaped dash as a highlight of the job, and the tools it names', () => {
    const [job] = cv.roles;
    expect(job?.highlights).toEqual([
      'Cut crash rate from 1.9% to 0.3% sessions',
      'Rebuilt the app in Kotlin with MVVM and an Espresso test suite',
    ]);
    expect(job?.technologies).toEqual(expect.arrayContaining(['Kotlin', 'Espresso']));
  });
});

describe('life outside work told in Spanish', () => {
  const readme = imported(
    [
      '# Hola, soy Maite Olano',
      '',
      'Desarrolladora frontend en Bilbao.',
      '',
      '## 💚 Fuera del teclado',
      '',
      'Voluntaria en **Bizkaia Code Club**, talleres gratuitos para adolescentes (desde 2020).',
      'En mi tiempo libre: surf 🏄, cerámica y mi huerto.',
      '',
    ].join('\n'),
  ).profile;
  it('reads the volunteering and the pastimes the labelled line names', () => {
    expect(readme.volunteer).toEqual([
      expect.objectContaining({ organization: 'Bizkaia Code Club', position: 'Voluntaria' }),
    ]);
    expect(readme.interests.map((i) => i.name)).toEqual(['surf', 'cerámica', 'huerto']);
  });
});
