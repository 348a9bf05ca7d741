import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { profileOf } from './profile-fit.ts';

// Invented: a backend engineer with a health-tech job, no bank, no Kotlin.
const profile = profileOf(`# Wiktor Sala

Backend engineer, 6 years of experience.

## Skills
- Go, PostgreSQL, Kubernetes, Docker

## Experience
### Backend Engineer — Medilink (2021–2025)
- Built the patient records API used by 40 hospitals.
`);
const fit = createFit(profile);
const report = (jd: string) => fit.fit(jd).requirements;
const statusOf = (jd: string, part: string) => report(jd).find((r) => r.requirement.includes(part));

describe("a job board's stack list with a level on each technology", () => {
  const posting = `Tech stack\n\nGo — advanced\nKotlin — regular\nDocker - nice to have\n\nOpis oferty\n\nJesteśmy firmą, która buduje systemy płatności.`;

  it('asks for each technology at its level, under a heading that names no requirements', () => {
    expect(statusOf(posting, 'Go — advanced')).toMatchObject({ kind: 'must', status: 'met' });
    expect(statusOf(posting, 'Kotlin — regular')).toMatchObject({
      kind: 'must',
      status: 'missing',
    });
    expect(statusOf(posting, 'Docker - nice to have')).toMatchObject({
      kind: 'nice',
      status: 'met',
    });
  });

  it('leaves a benefits list alone, even in the same shape', () => {
    const perks = `Benefits\n\nGym — basic\n\nRequirements\n\n- Go`;
    expect(report(perks).map((r) => r.requirement)).not.toContain('Gym — basic');
  });
});

describe('the years of a career asked in Polish', () => {
  it('compares "7 lat doświadczenia" with the years the profile states', () => {
    const jd = 'Wymagania:\n- Min. 7 lat komercyjnego doświadczenia jako backend developer';
    expect(statusOf(jd, '7 lat')?.status).toBe('partial');
    const fewer = 'Wymagania:\n- Min. 3 lata doświadczenia jako backend developer';
    expect(statusOf(fewer, '3 lata')?.status).toBe('met');
  });
});

describe('a field of business asked in French or Spanish', () => {
  const jd = [
    'Profil recherché',
    '- Une première expérience dans la e-santé',
    '- Experiencia en el sector bancario',
  ].join('\n');

  it('is met by the health work the roles show, in English words', () => {
    expect(statusOf(jd, 'e-santé')?.status).toBe('met');
  });

  it('is missing when no word of the field, in any language the table knows, is in the profile', () => {
    expect(statusOf(jd, 'bancario')?.status).toBe('missing');
  });
});

describe('an English phrase inside a French ask', () => {
  const designer = createFit(
    profileOf(`# Lou Marchand

Design engineer.

## Experience
### Design Engineer — Atelier (2020–2025)
- Built the company design system: 60 components used by 4 teams.
`),
  );
  const line = "Expérience concrète dans la construction d'un design system (tokens, composants)";

  it('is met by the profile line that names it', () => {
    const found = designer.fit(`Profil recherché\n- ${line}`).requirements[0];
    expect(found?.status).toBe('met');
    expect(found?.evidence.join(' ')).toMatch(/design system/);
  });

  it('is never judged missing from words of a language the fit does not read', () => {
    // Wiktor has no design system; the French words around the phrase are not read.
    expect(statusOf(`Profil recherché\n- ${line}`, 'design system')?.status).not.toBe('missing');
  });
});

describe('a German ask', () => {
  it('does not take a capitalised noun for a product the profile lacks', () => {
    // "Systemen" is German for systems; Wiktor's patient records API is no proof either way.
    const jd = 'Anforderungen\n- Erfahrung mit verteilten Systemen';
    expect(statusOf(jd, 'verteilten')?.status).not.toBe('missing');
  });
});

describe('a field of business asked with examples', () => {
  it('is judged by the field, not the examples that illustrate it', () => {
    // Wiktor built a patient records API for hospitals: health work, whatever the examples.
    const jd =
      'Nice to have\n- Prior experience in the healthcare industry, such as work on electronic health records, clinical systems, or telemedicine.';
    expect(statusOf(jd, 'healthcare industry')?.status).toBe('met');
  });
});
