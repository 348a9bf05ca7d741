import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { profileOf } from './profile-fit.ts';

// Invented: a platform engineer with Kubernetes on GKE, no Terraform.
const profile = profileOf(`# Runa Kask

Platform engineer, 7 years of experience.

## Skills
- Kubernetes, GKE, Helm, Go
`);
const fit = createFit(profile);

describe("a recruiter's mail that needs one thing and ideally another in one sentence", () => {
  const mail = `Hi Runa,

I'm recruiting for a logistics client in Tallinn. They also need strong Kubernetes skills, as all of the services run on GKE, and ideally Terraform for the infra side.

Best, Mart`;

  it('asks for the first as a must and the wish after "and ideally" as a nice-to-have', () => {
    const rows = fit.fit(mail).requirements;
    expect(rows.find((r) => r.requirement.includes('Kubernetes'))).toMatchObject({
      kind: 'must',
      status: 'met',
    });
    expect(rows.find((r) => r.requirement.includes('Terraform'))).toMatchObject({
      kind: 'nice',
      status: 'missing',
    });
  });
});

describe('an ask inside a sentence about the team', () => {
  const post = `Platform Engineer (Tallinn or remote)

We run everything on GKE, and Kubernetes experience is a hard requirement since everyone here is on call for their own services.`;

  it('reads the asking clause after the fact, and the reason after it asks nothing', () => {
    const row = fit.fit(post).requirements.find((r) => r.requirement.includes('Kubernetes'));
    expect(row).toMatchObject({ kind: 'must', status: 'met' });
    expect(row?.requirement).not.toMatch(/^We run/);
  });
});

describe('a field asked with "previous" in Portuguese', () => {
  it('reads "Experiência prévia no setor de saúde" as the health sector asked', () => {
    const clinic = createFit(
      profileOf(`# Ana Prates

Frontend engineer, 5 years of experience.

## Experience
### Frontend Engineer — Clinicalia Health (2020–2025)
- Built the patient booking app used in 30 clinics.
`),
    );
    const ask = `Requisitos\n\n- Experiência prévia no setor de saúde`;
    expect(clinic.fit(ask).requirements[0]).toMatchObject({ status: 'met' });
    expect(fit.fit(ask).requirements[0]).toMatchObject({ status: 'missing' });
  });
});

describe('a German posting whose requirements heading is two phrases joined by a dash', () => {
  it('reads the list under "Dein Profil – das bringst du mit" as must-haves', () => {
    const posting = `Deine Aufgaben\n\n- Du entwickelst unsere Plattform\n\nDein Profil – das bringst du mit\n\n- Sehr gute Kenntnisse in Kubernetes\n- Erfahrung mit Terraform\n\nWas wir bieten\n\n- 30 Urlaubstage`;
    const rows = fit.fit(posting).requirements;
    expect(rows.find((r) => r.requirement.includes('Kubernetes'))).toMatchObject({
      kind: 'must',
      status: 'met',
    });
    expect(rows.find((r) => r.requirement.includes('Terraform'))).toMatchObject({
      kind: 'must',
      status: 'missing',
    });
  });
});

describe('an adjective after the technology in Spanish or French', () => {
  it('reads "Go moderno" and "Go rapide et modulaire" as Go asked, not a practice missing', () => {
    const posting = `Requisitos:\n- Experiencia con Go moderno\n- Kubernetes rapido y seguro\n\nProfil recherché :\n- Go rapide et modulaire\n`;
    const rows = fit.fit(posting).requirements;
    expect(rows.map((r) => [r.requirement, r.status])).toEqual([
      ['Experiencia con Go moderno', 'met'],
      ['Kubernetes rapido y seguro', 'met'],
      ['Go rapide et modulaire', 'met'],
    ]);
  });
});
