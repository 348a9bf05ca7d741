import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

// An invented résumé written for pandoc, with the LaTeX its PDF layout needs.
const PANDOC_CV = `# Ilse Varga

**Firmware Engineer** · Graz, Austria

\\vspace{3mm}

Firmware engineer with 6 years of experience on battery-management systems.

## Experience

### Murtal Power GmbH \\hfill Graz

*Senior Firmware Engineer* \\hfill Mar 2021 -- Present

- Ported the cell balancer to Zephyr RTOS.

### Kapfenberg University, School of Energy \\hfill Kapfenberg

*Research Assistant* \\hfill Oct 2018 -- Feb 2021

- Built a test rig for cell ageing.

## Education

**MSc Electrical Engineering**, Graz University of Technology \\hfill 2016 -- 2018
Thesis: *Kalman filters for state-of-charge estimation*

## Certifications

- Zephyr Certified Integrator -- Level One \\hfill 2022
- Functional Safety Engineer (TÜV) \\hfill expected 2027

\\newpage

## Other

**Spoken languages:** German (native), Haitian Creole (conversational), Hungarian (B2)
**Side project:** [\`cellwatch\`](https://example.org/cellwatch): a tiny CAN-bus logger for e-bikes.
\\textbf{Volunteering:} robotics coach since 2019.
`;

describe('importing a pandoc résumé with LaTeX left in it', () => {
  const { profile } = importMarkdownProfile(PANDOC_CV);
  const all = JSON.stringify(profile);

  it('reads \\hfill as a separator between an employer and its city, a title and its dates', () => {
    expect(profile.roles[0]).toEqual(
      expect.objectContaining({
        company: 'Murtal Power GmbH',
        title: 'Senior Firmware Engineer',
        start: '2021-03',
        location: 'Graz',
      }),
    );
    expect(profile.roles[1]).toMatchObject({
      company: 'Kapfenberg University, School of Energy',
      location: 'Kapfenberg',
    });
    expect(all).not.toMatch(/\\(?:hfill|newpage|vspace|textbf)/);
  });

  it('keeps a school apart from the line under it', () => {
    expect(profile.education.map((e) => e.institution)).toEqual(['Graz University of Technology']);
  });

  it('keeps an expected certificate worded as expected, not as held', () => {
    expect(profile.certifications).toEqual([
      { name: 'Zephyr Certified Integrator – Level One', year: '2022' },
      { name: 'Functional Safety Engineer (TÜV)', year: 'expected 2027' },
    ]);
  });

  it('reads the labelled lines of a closing section: languages and a side project', () => {
    expect(profile.languages.map((l) => l.name)).toEqual(['German', 'Haitian Creole', 'Hungarian']);
    expect(profile.projects.map((p) => p.name)).toEqual(['cellwatch']);
  });
});
