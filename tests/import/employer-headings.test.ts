import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/**
 * An invented résumé: each employer an H3 with its place and years, each title held there an
 * H4 with its own dates; skills as a definition list; a spoken-languages line left after the
 * certificates.
 */
const resume = `# Piotr Nowak

**Lead Graphics Programmer** · Montréal, QC, Canada · he/him

## Experience

### Northlight Interactive — Montréal, QC (2021–present)

#### Lead Graphics Programmer (Mar 2023–present)

- Lead a team of 6 rendering engineers.

#### Senior Graphics Programmer (Jun 2021–Feb 2023)

- Implemented ray-traced reflections.

### Hollowpeak Games — Kraków, Poland (2016–2021)

#### Engine Programmer (2017–2021)

- Ported a game to Nintendo Switch.

## Skills

Graphics APIs
: DirectX 12, Vulkan, Metal

Engines
: Unreal Engine 5, Unity,
  in-house C++ engines

## Certifications

- **Unity Certified Professional: Programmer** — Unity Technologies, 2019
- **Fundamentals of Accelerated Computing with CUDA C/C++** — NVIDIA Deep Learning Institute, 2020

---

**Spoken languages:** Polish (native) · English (fluent) · French (B1)
`;

describe('employers as headings, each title held under them', () => {
  const { profile } = imported(resume);

  it('reads one job per title, at the employer above it, with the title’s own dates', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end])).toEqual([
      ['Northlight Interactive', 'Lead Graphics Programmer', '2023-03', 'present'],
      ['Northlight Interactive', 'Senior Graphics Programmer', '2021-06', '2023-02'],
      ['Hollowpeak Games', 'Engine Programmer', '2017', '2021'],
    ]);
    expect(profile.roles[1]?.highlights).toEqual(['Implemented ray-traced reflections.']);
  });

  it('reads a definition list as groups of skills, a wrapped definition too', () => {
    const groups = Object.fromEntries(
      profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)]),
    );
    expect(groups['Graphics APIs']).toEqual(['DirectX 12', 'Vulkan', 'Metal']);
    expect(groups.Engines).toContain('in-house C++ engines');
  });

  it('keeps a course from an institute a certificate, and the spoken languages apart', () => {
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'Unity Certified Professional: Programmer',
      'Fundamentals of Accelerated Computing with CUDA C/C++',
    ]);
    expect(profile.education).toEqual([]);
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['Polish', 'native'],
      ['English', 'fluent'],
      ['French', 'B1'],
    ]);
    expect(profile.identity.pronouns.subject).toBe('he');
  });
});

describe('titles held at one employer written as bold dated lines', () => {
  const { profile } = imported(`# Aoife Kerr

Head of Engineering

## Experience

### Tallybird — Cork, Ireland
*Invoicing platform, ~300 employees*

**Head of Engineering** · Feb 2024 – Present

- Lead 4 teams, 28 engineers.

**Engineering Manager** · Mar 2019 – Jan 2024

- Grew the team from 5 to 11 engineers.

### Brightwell — Galway, Ireland
**Senior Software Engineer** · Jan 2014 – Feb 2019

- Built the billing service.
`);

  it('reads one role per title, each with its dates and bullets', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end])).toEqual([
      ['Tallybird', 'Head of Engineering', '2024-02', 'present'],
      ['Tallybird', 'Engineering Manager', '2019-03', '2024-01'],
      ['Brightwell', 'Senior Software Engineer', '2014-01', '2019-02'],
    ]);
    expect(profile.roles[1]?.highlights).toEqual(['Grew the team from 5 to 11 engineers.']);
    expect(profile.roles[0]?.summary).toBe('Invoicing platform, ~300 employees');
  });
});
