import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

// The Europass form written out as a document, every field under its label.
const cv = `# Curriculum Vitae

## Personal information

**Surname(s) / First name(s):** Lindgren, Ebba Maria

**Address:** Rua das Flores 12, 4050-262 Porto (Portugal)

**E-mail:** ebba.lindgren@example.com

## Work experience

**Dates:** 01/03/2021 – Present

**Occupation or position held:** Senior QA Automation Engineer

**Name and address of employer:** Lusoflow Tecnologias, S.A. — Av. da Boavista 1837, Porto

**Main activities and responsibilities:**

- Built the end-to-end test framework with Playwright and TypeScript.

**Dates:** 15/06/2018 – 28/02/2021

**Occupation or position held:** QA Automation Engineer

**Name and address of employer:** Nortec Insurance Systems, Lda. — Rua Brito Capelo 97, Matosinhos

## Education and training

**Dates:** 2013 – 2015

**Title of qualification awarded:** Master's Degree in Informatics Engineering

**Name and type of organisation providing education and training:** Universidade do Minho, Braga
`;

const { profile } = importMarkdownProfile(cv);

describe('a Europass CV written as labelled fields', () => {
  it('reads the name given surname first, first names first', () => {
    expect(profile.identity.name).toBe('Ebba Maria Lindgren');
  });

  it('reads the town and country of the address, not the street or postcode', () => {
    expect(profile.identity.location).toBe('Porto, Portugal');
  });

  it('reads each job from its dates, position and employer, the address apart', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Senior QA Automation Engineer', 'Lusoflow Tecnologias, S.A.', '2021-03', 'present'],
      ['QA Automation Engineer', 'Nortec Insurance Systems, Lda.', '2018-06', '2021-02'],
    ]);
    expect(profile.roles[0]?.highlights.join(' ')).toContain('Playwright');
    expect(profile.identity.title).toBe('Senior QA Automation Engineer');
  });

  it('reads the qualification and the school', () => {
    expect(profile.education[0]?.institution).toMatch(/Universidade do Minho/);
  });
});
