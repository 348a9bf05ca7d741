import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

// A "tabellarischer Lebenslauf" as German developers write one in markdown.
const cv = `# Jonas Albrecht

Java-Entwickler in Dresden

**Verfügbarkeit:** Kündigungsfrist 6 Wochen zum Monatsende

## Berufserfahrung

### 03/2020 – heute
**Softwareentwickler** · Elbtal Software GmbH, Dresden

- Weiterentwicklung einer Logistikplattform (Java 17, Spring Boot)

## Kenntnisse

| Bereich | Kenntnisse |
|---------|------------|
| Programmiersprachen | Java (sehr gute Kenntnisse), Python (Grundkenntnisse) |
| Datenbanken | PostgreSQL (gute Kenntnisse) |

## Sprachkenntnisse

| Sprache  | Niveau                    |
|----------|---------------------------|
| Deutsch  | Muttersprache             |
| Englisch | verhandlungssicher (C1)   |

## Zertifikate / Weiterbildungen

- 2021 – Oracle Certified Professional, Java SE 11 Developer
- 2019 – Professional Scrum Master I (PSM I), Scrum.org

## Hobbys / Interessen

Klettern, Schach
`;

describe('a German tabular CV', () => {
  const { profile } = importMarkdownProfile(cv);

  it('reads a table of languages row by row, not as skills', () => {
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['Deutsch', 'Muttersprache'],
      ['Englisch', 'verhandlungssicher (C1)'],
    ]);
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).not.toContain('Deutsch');
  });

  it('reads headings that join two names of one section', () => {
    expect(profile.certifications.map((c) => [c.name, c.year])).toEqual([
      ['Oracle Certified Professional, Java SE 11 Developer', '2021'],
      ['Professional Scrum Master I (PSM I), Scrum.org', '2019'],
    ]);
    expect(profile.interests.map((i) => i.name)).toEqual(['Klettern', 'Schach']);
  });

  it('keeps the level a skill is given as its note', () => {
    const python = profile.skills.flatMap((c) => c.skills).find((s) => s.name === 'Python');
    expect(python?.note).toMatch(/grundkenntnisse/i);
  });

  it('reads the labelled notice period as availability, and answers it asked in German', () => {
    expect(profile.identity.availability).toMatch(/^Kündigungsfrist 6 Wochen/);
    const answer = createAssistant(ProfileSchema.parse(profile)).ask(
      'Wie lange ist seine Kündigungsfrist?',
    );
    expect(answerToPlainText(answer)).toMatch(/Kündigungsfrist 6 Wochen/);
  });
});
