import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented Uruguayan developer's README, in Spanish; recruiters ask in English. */
const profile = ProfileSchema.parse(
  importMarkdownProfile(`# Lucía Ferreyra

### Backend Developer Senior · Montevideo, Uruguay

## Sobre mí

Hace 9 años que trabajo como desarrolladora backend. Hoy estoy en **Agendix**.

Soy Ingeniera en Computación por la Facultad de Ingeniería (UdelaR), me recibí en 2018.

## Tecnologías

- Go, PostgreSQL, Kafka
`).profile,
);
const assistant = createAssistant(profile);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('a Spanish profile asked in English', () => {
  it('reads the years from "Hace 9 años que trabajo como …"', () => {
    expect(profile.identity.yearsOfExperience).toBe(9);
  });

  it('finds the degree told in a sentence instead of saying there is none', () => {
    const text = ask('what did she study? does she have a degree');
    expect(text).not.toMatch(/doesn't mention/);
    expect(text).toMatch(/Facultad de Ingeniería/);
  });

  it('answers leave to ask with what can be asked', () => {
    expect(ask('hi, can I ask a few things about Lucia?')).toMatch(/I answer questions about/);
    expect(ask('hi, can I ask you something?')).toMatch(/I answer questions about/);
  });
});

describe('years spent, told with a tilde', () => {
  it('reads "I\'ve spent the last ~7 years turning data into forecasts" as the career', () => {
    const read = importMarkdownProfile(
      "# Mei Tsai\n\nSenior Data Scientist\n\nI've spent the last ~7 years turning messy operational data into forecasts.\n",
    ).profile;
    expect(read.identity.yearsOfExperience).toBe(7);
  });
});
