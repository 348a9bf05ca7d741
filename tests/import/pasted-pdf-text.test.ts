import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/** A profile saved as PDF and pasted as text: page footers, "Degree, Field · (years)" lines. */
const pasted = `# Tomasz Wrona

Senior Data Engineer at Lumen Grid
Gdańsk, Pomerania, Poland

## Experience

Lumen Grid
Senior Data Engineer
March 2022 - Present (4 years 9 months)
- Moved the nightly loads to streaming so analysts stopped waiting for the
Page 1 of 2
 
 
morning refresh.

## Education

Gdańsk University of Technology
Bachelor of Computer Science, Data Systems · (2012 - 2016)

Open Data Institute
Graduate Certificate in Data Governance · (2020 - 2021)
Page 2 of 2
`;

describe('a profile pasted from a PDF', () => {
  const { profile } = importMarkdownProfile(pasted);

  it('drops page footers and joins the sentence a footer cut in two', () => {
    const text = JSON.stringify(profile);
    expect(text).not.toMatch(/Page \d of \d/);
    expect(text).toContain('waiting for the morning refresh');
  });

  it('reads the degree up to its comma, and a graduate certificate as a degree', () => {
    expect(profile.education).toEqual([
      expect.objectContaining({
        institution: 'Gdańsk University of Technology',
        degree: 'Bachelor of Computer Science',
        field: 'Data Systems',
      }),
      expect.objectContaining({
        institution: 'Open Data Institute',
        degree: 'Graduate Certificate',
        field: 'Data Governance',
      }),
    ]);
  });
});
