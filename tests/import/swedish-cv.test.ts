import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/**
 * A Swedish CV: the job title as a compound under the name ("systemutvecklare"), Swedish
 * headings, "jan 2021 – nu" dates, a languages table in Swedish, and bold sub-headings under
 * "Övrigt".
 */
const cv = `# Sven Lindqvist

**Senior systemutvecklare / backend**

## Personuppgifter

- **E-post:** sven.lindqvist@example.se
- **Ort:** Uppsala
- Körkort: B

## Profil

Backendutvecklare som gillar betalsystem och tydliga API:er.

## Arbetslivserfarenhet

### Systemutvecklare — Nordvik Data AB
*jan 2021 – nu*
- Betaltjänster i Kotlin och PostgreSQL

### Utvecklare — Kvarnen Konsult AB
*aug 2017 – dec 2020*
- Integrationer i Java

## Utbildning

**Uppsala universitet** — Civilingenjör i informationsteknologi, 2012–2017

## Kompetenser

- **Språk och ramverk:** Kotlin, Java, Spring Boot
- **Databaser:** PostgreSQL, Redis

## Språk

| Språk | Nivå |
|-------|------|
| Svenska | Modersmål |
| Engelska | Flytande |

## Övrigt

**Föredrag**
- "Idempotenta betalningar" – Javaforum, Stockholm, 2023

**Utmärkelser**
- Vinnare av Nordviks hackathon 2022
`;

describe('a Swedish CV', () => {
  const { profile } = importMarkdownProfile(cv);

  it('takes the compound job noun under the name for the title', () => {
    expect(profile.identity.title).toBe('Senior systemutvecklare / backend');
  });

  it('reads the jobs under "Arbetslivserfarenhet", "nu" as present', () => {
    expect(profile.roles.map((r) => [r.company, r.start, r.end])).toEqual([
      ['Nordvik Data AB', '2021-01', 'present'],
      ['Kvarnen Konsult AB', '2017-08', '2020-12'],
    ]);
  });

  it('reads the languages table, the talks and the awards under "Övrigt"', () => {
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['Svenska', 'Modersmål'],
      ['Engelska', 'Flytande'],
    ]);
    expect(JSON.stringify(profile.publications)).toMatch(/Idempotenta betalningar/);
    expect(JSON.stringify(profile.awards)).toMatch(/hackathon 2022/);
  });

  it('answers an English recruiter from the Swedish text', () => {
    const assistant = createAssistant(ProfileSchema.parse(profile));
    const ask = (q: string) => answerToPlainText(assistant.ask(q));
    expect(ask('does he speak English?')).toMatch(/^Yes/);
    expect(ask('where is he based?')).toMatch(/Uppsala/);
    expect(ask('does he know Kotlin?')).toMatch(/^Yes/);
  });
});
