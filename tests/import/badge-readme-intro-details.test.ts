import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// An invented HTML-heavy profile README: the place, pronouns and years in one intro line, the
// degree as a labelled line under folded jobs, a quote closing the page.
const readme = `<h1 align="center">Hi, I'm Luka Petrič</h1>
<h3 align="center">Platform Engineer — I keep the clusters boring</h3>

Based in **Maribor, Slovenia** 🇸🇮 (CET). He/him. ~7 years keeping production boring — the last four on Kubernetes.

<details>
<summary><b>💼 Experience</b></summary>

**Platform Engineer @ Drava Freight** · *Mar 2021 – present*
- Own the EKS fleet

**Education:** BSc Computer Science, University of Maribor, 2017
</details>

<p align="center"><i>"If it's not in git, it didn't happen."</i></p>
`;

describe('an HTML README whose intro line says place, pronouns and years', () => {
  const { profile } = imported(readme);

  it('ends the place with its sentence and reads the pronouns and approximate years after it', () => {
    expect(profile.identity.location).toBe('Maribor, Slovenia (CET)');
    expect(profile.identity.yearsOfExperience).toBe(7);
    expect(profile.identity.pronouns.subject).toBe('he');
    // The sentences after the place are never the title.
    expect(profile.identity.title).toBe('Platform Engineer');
  });

  it('reads the labelled degree without the quote that follows it', () => {
    expect(profile.education).toHaveLength(1);
    expect(profile.education[0]).toMatchObject({
      institution: 'University of Maribor',
      end: '2017',
    });
  });
});

// An invented Europass language grid: a CEFR level for each skill, a certificate row below.
const europass = `# Curriculum Vitae

## PERSONAL INFORMATION

**Ivana Horvat**

Zagreb (Croatia) · ivana.horvat@example.hr

## WORK EXPERIENCE

### Data Analyst — Sava Retail d.d. · 2019 – Present

## PERSONAL SKILLS

**Mother tongue(s):** Croatian

| Other language(s) | UNDERSTANDING Listening | UNDERSTANDING Reading | SPEAKING Spoken interaction | SPEAKING Spoken production | WRITING |
|---|---|---|---|---|---|
| English | C1 | C2 | C1 | C1 | C1 |
| Italian | B1 | B2 | A2 | A2 | A2 |
| | *CILS B1 (2012)* | | | | |
`;

describe('a Europass self-assessment grid of languages', () => {
  const { profile } = imported(europass);

  it('gives each language the span of its levels', () => {
    expect(profile.languages).toEqual(
      expect.arrayContaining([
        { name: 'English', proficiency: 'C1–C2' },
        { name: 'Italian', proficiency: 'A2–B2' },
      ]),
    );
  });

  it('keeps the certificate row as text, not as a language', () => {
    expect(profile.languages.map((l) => l.name)).not.toContain('CILS B1 (2012)');
    expect(JSON.stringify(profile.sections)).toContain('CILS B1 (2012)');
  });
});
