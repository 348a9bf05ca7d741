import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented about page whose certificate list is told about in sentences. */
const page = `# Aiyana Redcloud

Embedded Software Engineer

## Certifications

- **Certified Functional Safety Engineer (IEC 61508)** — exida, 2020.
  My employer paid for it while I worked on the brake controller.

That's the only formal certificate I have; everything else I learned on the job or on the
Rust embedded forum.
`;

describe('a certificate list with sentences about it', () => {
  const { profile } = imported(page);

  it('reads the certificate with its issuer and year, the sentences apart', () => {
    expect(profile.certifications).toEqual([
      {
        name: 'Certified Functional Safety Engineer (IEC 61508)',
        issuer: 'exida',
        year: '2020',
      },
    ]);
  });

  it('keeps the sentences as searchable text, never as certificates', () => {
    const kept = profile.sections.flatMap((s) => s.items).join('\n');
    expect(kept).toMatch(/My employer paid for it/);
    expect(kept).toMatch(/only formal certificate I have/);
  });
});
