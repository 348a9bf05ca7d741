import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// An invented résumé kept in a notes app: certificates as a task list (ticked = held), and a
// skills paragraph whose sentences are lists, the last one labelled with spoken languages.
const page = `# Ines Ardelean

Full-stack engineer

## Certifications

- [x] AWS Certified Developer – Associate (2023)
- [ ] CKAD (studying)

## Skills

Python (NumPy, pandas), Julia, Fortran 90, C, MPI. Languages: Romanian (native), French (fluent).
`;

describe('a task list and a paragraph of lists', () => {
  const { profile } = imported(page);

  it('holds the ticked certificate only; the unticked one stays text, said to be planned', () => {
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'AWS Certified Developer – Associate',
    ]);
    expect(profile.sections.flatMap((s) => s.items)).toContain('Planned: CKAD (studying)');
  });

  it('reads each sentence of the skills paragraph as a list, spoken languages apart', () => {
    const skills = profile.skills.flatMap((g) => g.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Python', 'Julia', 'Fortran 90', 'C', 'MPI']));
    expect(skills).not.toContain('Romanian');
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['Romanian', 'native'],
      ['French', 'fluent'],
    ]);
  });
});
