import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented backend engineer; the posting below is written as German job boards write them. */
const fit = createFit(
  ProfileSchema.parse(
    importMarkdownProfile(`# Jonas Berg

Backend Engineer

## Skills

- Go, TypeScript, PostgreSQL, Docker, Kubernetes
`).profile,
  ),
);

const posting = `Senior Backend Engineer (m/w/d)

Dein Profil

Muss:
- Du beherrschst Go (Golang) sicher und hast damit produktive Services gebaut
- Du kennst dich mit Docker und Kubernetes im produktiven Betrieb aus

Wünschenswert:
- Grundkenntnisse in TypeScript für unsere internen Admin-Tools
- Erste Erfahrungen mit Terraform (Infrastructure as Code)

Wir bieten
- 30 Tage Urlaub
`;

describe('a posting written in German', () => {
  const report = fit.fit(posting);
  const line = (part: string) => report.requirements.find((r) => r.requirement.includes(part));

  it('reads the lines under "Muss:" as musts', () => {
    expect(line('beherrschst Go')?.kind).toBe('must');
    expect(line('Docker und Kubernetes')?.kind).toBe('must');
    expect(line('Terraform')?.kind).toBe('nice');
  });

  it('takes no capitalised German noun for a product the profile lacks', () => {
    expect(line('beherrschst Go')?.status).toBe('met');
    expect(line('Docker und Kubernetes')?.status).toBe('met');
  });

  it('leaves out what the skill is for at the team ("für unsere internen Admin-Tools")', () => {
    expect(line('TypeScript')?.status).toBe('met');
  });

  it('still says missing for a tool the profile lacks', () => {
    expect(line('Terraform')?.status).toBe('missing');
  });
});
