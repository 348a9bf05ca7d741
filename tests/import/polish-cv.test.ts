import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** A Polish CV: Polish headings, "MM.YYYY – obecnie" dates, languages by their Polish names. */
const cv = `# Anna Kowalczyk

**Backend Developer**

📍 Gdańsk, Polska | ✉️ anna.kowalczyk@example.pl

## O mnie

Programistka Go z ponad 6-letnim doświadczeniem w systemach płatności. Okres wypowiedzenia: 2 miesiące.

## Doświadczenie zawodowe

### Backend Developer — Bursztyn Pay Sp. z o.o., Gdańsk
*04.2022 – obecnie*
- Rozwój usług rozliczeń w Go i PostgreSQL

### Młodsza programistka — Kodlab S.A., Gdynia
*09.2019 – 03.2022*
- Utrzymanie aplikacji w PHP

## Wykształcenie

**Politechnika Gdańska** — Informatyka, inżynier
*10.2015 – 02.2019*

## Umiejętności

- **Języki programowania:** Go, PHP, SQL
- **Bazy danych:** PostgreSQL, Redis

## Języki obce

- angielski — B2
- niemiecki — A1

## Zainteresowania

Żeglarstwo, fotografia.

<sub>Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu rekrutacji.</sub>
`;

describe('a Polish CV', () => {
  const { profile, notes } = importMarkdownProfile(cv);

  it('reads the jobs under "Doświadczenie zawodowe", "obecnie" as present', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Backend Developer', 'Bursztyn Pay Sp. z o.o.', '2022-04', 'present'],
      ['Młodsza programistka', 'Kodlab S.A.', '2019-09', '2022-03'],
    ]);
  });

  it('reads the years told in Polish, the qualifier in English', () => {
    expect(profile.identity.yearsOfExperience).toBe(6);
    expect(profile.identity.yearsOfExperienceNote).toBe('over 6');
  });

  it('reads the spoken languages by their Polish names, and the education and interests', () => {
    expect(profile.languages.map((l) => l.name)).toEqual(['angielski', 'niemiecki']);
    expect(profile.education[0]?.institution).toBe('Politechnika Gdańska');
    expect(profile.interests.map((i) => i.name).join(' ')).toMatch(/Żeglarstwo/);
  });

  it('leaves the data-protection consent out, and says so', () => {
    expect(JSON.stringify(profile)).not.toMatch(/Wyrażam zgodę/);
    expect(notes.join('\n')).toMatch(/consent clause → left out/);
  });

  it('answers an English recruiter from the Polish text', () => {
    const assistant = createAssistant(ProfileSchema.parse(profile));
    const ask = (q: string) => answerToPlainText(assistant.ask(q));
    expect(ask("what's her notice period?")).toMatch(/Okres wypowiedzenia: 2 miesiące/);
    expect(ask('does she speak English?')).toMatch(/^Yes/);
    expect(ask('who is she working for right now?')).toMatch(/Bursztyn Pay/);
  });
});
