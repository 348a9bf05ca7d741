import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented profile page exported from a notes app: a jobs table, toggles under sections. */
const page = `# Sofía Reyes — Mobile Engineer

Location: Lima, Peru
Languages: Spanish (native), English (C1)

## About

I build mobile apps. After two years with our São Paulo squad my Portuguese is at a solid B1 — enough for standups.

## Experience

| Company | Role | Period |
| --- | --- | --- |
| Llama Pay | Senior Mobile Engineer | Apr 2022 → Present |
| Ruta Go | Mobile Engineer | Jun 2019 → Mar 2022 |

<details>
<summary>Llama Pay — what I actually do</summary>

- Rebuilt the payments module in Jetpack Compose.

</details>

## Projects

<details>
<summary>🧾 Boleto — receipt scanner</summary>

Side project that scans paper receipts. https://github.com/example/boleto

</details>

<details>
<summary>🧩 Skeleton-Kit</summary>

Tiny Swift package for loading states.

</details>
`;

describe('entries folded into toggles under their section', () => {
  const { profile } = imported(page);

  it('reads each toggle under "Projects" as a project, not a section of its own', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['Boleto', 'Skeleton-Kit']);
  });

  it('gives a toggle named after an employer to that job, below the table of jobs', () => {
    expect(profile.roles[0]?.highlights).toContain(
      'Rebuilt the payments module in Jetpack Compose.',
    );
    expect(profile.roles).toHaveLength(2);
  });

  it('adds a language the About paragraph gives a level, beside the listed ones', () => {
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['Spanish', 'native'],
      ['English', 'C1'],
      ['Portuguese', 'B1'],
    ]);
  });
});

/** An invented academic CV: a labelled advisor line, facts told in a personal statement. */
const academic = `# Kofi Mensah, PhD

**Speech Researcher**

## Personal statement

I am a postdoc moving into industry. I am a native Twi speaker, fluent in English, and have working French (B1). My contract ends in August, so I am available from September 2026, and I am open to relocating within the UK.

## Education

**PhD in Informatics**, University of Edinburgh, 2018 – 2022
Thesis: *Learning Speech Representations for Low-Resource Tonal Languages*
Advisor: Prof. Fiona Mac · Examiners: Dr. R. Okonkwo (internal), Prof. H. Lind (external)

**MSc in Speech Processing**, University of Edinburgh, 2017 – 2018

## Technical skills

ML: PyTorch, Kaldi
Cloud: AWS (EC2, S3)

I hold the AWS Certified Machine Learning – Specialty certification (passed March 2024).
`;

describe('an academic CV moving into industry', () => {
  const { profile } = imported(academic);

  it('keeps a long labelled line under a degree as its detail, not a school', () => {
    expect(profile.education).toHaveLength(2);
    expect(profile.education[0]?.details.join(' ')).toMatch(/Advisor: Prof\. Fiona Mac/);
  });

  it('reads the languages of the statement, each with its level', () => {
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['Twi', 'native'],
      ['English', 'fluent'],
      ['French', 'B1'],
    ]);
  });

  it('reads "…, so I am available from …" as the availability', () => {
    expect(profile.identity.availability).toMatch(/^Available from September 2026/);
  });

  it('reads a certificate told in a sentence among the skills', () => {
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'AWS Certified Machine Learning – Specialty',
    ]);
  });
});

/** Sections written only as toggles, no markdown heading: each toggle is a section of its own. */
const toggles = `# Ada Obi

Android engineer.

<details>
<summary><b>🎓 Education & certs</b></summary>

- Associate Android Developer — Google Developers Certification, 2022

</details>

<details>
<summary><b>📊 GitHub stats</b></summary>

Some numbers.

</details>
`;

describe('toggles with no heading above them', () => {
  it('keeps a toggle after a toggle a section, not an entry of the one before', () => {
    const { profile } = imported(toggles);
    expect(profile.certifications.map((c) => c.name)).toEqual(['Associate Android Developer']);
  });
});
