import { describe, expect, it } from 'vitest';
import { importJsonResume } from '../../src/import/json-resume.ts';
import { imported } from '../support/import-fixture.ts';

/**
 * An invented about page of a personal site: the place and links only in the front matter (the
 * links in a nested `social` map), the career as a table under "Career so far", and a paragraph
 * about the current team under the table.
 */
const page = `---
title: "About"
name: "Oona Virtanen"
location: "Tampere, Finland"
social:
  github: "https://github.com/oonav"
  mastodon: "https://mastodon.social/@oonav"
  email: "hei@oonav.fi"
menu:
  main:
    weight: 30
---

Hei! I'm **Oona**, a Staff Frontend Engineer at [Kettu Health](https://kettu.example), where I
look after our design system.

**Certifications:** IAAP WAS (Web Accessibility Specialist), 2022

## Career so far

| Years        | Company           | Role                       |
|--------------|-------------------|----------------------------|
| 2021 – now   | Kettu Health      | Staff Frontend Engineer    |
| 2016 – 2021  | Sauna Digital     | Frontend Developer         |

At Kettu I lead a small platform team of three engineers and one designer. We own **Lumi**, the
design system used by five product teams, plus the shared frontend tooling.
`;

describe('an about page of a personal site', () => {
  const { profile } = imported(page);

  it('takes the place and the links from the front matter, nested map included', () => {
    expect(profile.identity.location).toBe('Tampere, Finland');
    expect(profile.contact.github).toBe('https://github.com/oonav');
    expect(profile.contact.email).toBe('hei@oonav.fi');
    expect(profile.contact.other.map((o) => o.url)).toContain('https://mastodon.social/@oonav');
  });

  it('keeps a year after a comma with the certificate it dates', () => {
    expect(profile.certifications).toEqual([
      { name: 'IAAP WAS (Web Accessibility Specialist)', year: '2022' },
    ]);
  });

  it('reads the "Career so far" table as roles, and no paragraph under it as one', () => {
    expect(profile.roles.map((r) => [r.company, r.title])).toEqual([
      ['Kettu Health', 'Staff Frontend Engineer'],
      ['Sauna Digital', 'Frontend Developer'],
    ]);
    // The paragraph stays searchable text.
    expect(JSON.stringify(profile)).toContain('design system used by five product teams');
  });
});

describe('a JSON Résumé whose summary states a certificate', () => {
  it('files "Certified … Engineer (issuer) since 2019." under certifications', () => {
    const { profile } = importJsonResume({
      basics: {
        name: 'Jonas Ek',
        label: 'Embedded Engineer',
        summary:
          'Embedded engineer with 10 years in rail signalling. Certified Functional Safety Engineer (TÜV SÜD, IEC 61508) since 2018. Happy with a scope.',
      },
    });
    expect(profile.certifications).toEqual([
      { name: 'Certified Functional Safety Engineer (TÜV SÜD, IEC 61508)', year: '2018' },
    ]);
  });
});
