import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

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
