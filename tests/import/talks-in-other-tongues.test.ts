import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';
import { imported } from '../support/import-fixture.ts';

/** An invented engineer's CV in Spanish whose talks are told in prose under a joined heading. */
const cv = `# Rodrigo Almansa Peña

### Desarrollador Backend

## 🎤 Charlas y comunidad

He dado la charla *"Colas sin dolor con RabbitMQ"* en Commit Conf 2021 y en el meetup de
Python Sevilla en 2022. Desde 2020 soy mentor voluntario en Django Girls Sevilla.

🏆 1er puesto en el Hackathon de Andalucía Digital Summit 2019 (equipo de 3).
`;

describe('talks told in another language', () => {
  const { profile } = imported(cv);

  it('reads "Charlas y comunidad" as the talks and names the talk told in prose a talk, and only it (not the hackathon placing)', () => {
    const talks = profile.publications.filter((p) => p.kind === 'talk');
    expect(talks.map((t) => t.title)).toEqual(['Colas sin dolor con RabbitMQ']);
  });

  it('answers yes to "has he given talks?" with the talk, not "doesn\'t mention"', () => {
    const assistant = createAssistant(ProfileSchema.parse(profile));
    const text = answerToPlainText(assistant.ask('has he given any talks at conferences?'));
    expect(text).toMatch(/^Yes/);
    expect(text).toMatch(/Colas sin dolor/);
  });
});

describe('spoken languages in a Spanish CV', () => {
  const { profile } = imported(`# Nuria Ballester

### Desarrolladora Backend

## Idiomas

| Idioma | Nivel |
|---|---|
| Español | Nativo |
| Valenciano | Nativo |

También me defiendo en francés (un B1 de cuando hice el Erasmus en Lyon).
`);

  it('reads Valencian, and the level told in a sentence ending after its bracket', () => {
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['Español', 'Nativo'],
      ['Valenciano', 'Nativo'],
      ['French', 'un B1 de cuando hice el Erasmus en Lyon'],
    ]);
  });
});
