import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented academic CV: a degree whose year shares its bracket with a remark. */
const cv = `# Ingrid Solberg, Ph.D.

**Research Engineer** · Fjordlight Labs

## Education

**Ph.D., Computer Science** — Nordvik Institute of Technology
Sept 2014 – Jun 2019

**M.S., Computer Science** — Nordvik Institute of Technology (2016, en route to Ph.D.)
`;

describe('a degree whose bracket holds its year and a remark', () => {
  const { profile } = imported(cv);

  it('keeps the school whole and the remark as a detail', () => {
    const masters = profile.education.find((e) => e.degree === 'M.S.');
    expect(masters).toEqual(
      expect.objectContaining({
        institution: 'Nordvik Institute of Technology',
        end: '2016',
        details: ['en route to Ph.D.'],
      }),
    );
  });
});
