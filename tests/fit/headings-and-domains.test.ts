import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { profileOf } from './profile-fit.ts';

const profile = profileOf(`# Lena Park

Android Engineer | Kotlin

Android engineer with 7 years of experience.

## Skills

- **Mobile:** Kotlin, Jetpack Compose, Swift

## Experience

**Engineer** · Carewell Health · 2018 – present
- Built the patient check-in app used in 40 clinics.
`);

const report = (jd: string) => createFit(profile).fit(jd);
const byText = (jd: string) =>
  Object.fromEntries(report(jd).requirements.map((r) => [r.requirement, [r.kind, r.status]]));

describe('headings job boards use', () => {
  it('reads a LinkedIn posting under "About the job" sentence by sentence', () => {
    const jd = `About the job\n\nWe build clinic software.\n\nYou have at least five years of experience with Kotlin, and you should know Jetpack Compose well.\n`;
    expect(report(jd).requirements.length).toBeGreaterThan(0);
    expect(report(jd).requirements[0]?.status).toBe('met');
  });

  it('takes "You should have" for the must-haves, not MoSCoW\'s should', () => {
    const jd = `## You should have\n\n- Kotlin\n\n## Nice to have\n\n- Flutter\n`;
    expect(byText(jd)).toEqual({ Kotlin: ['must', 'met'], Flutter: ['nice', 'missing'] });
  });

  it('reads "[Must]" and "[Want]" headings in brackets', () => {
    const jd = `[Must]\n・Kotlin\n\n[Want]\n・Flutter\n`;
    expect(byText(jd)).toEqual({ Kotlin: ['must', 'met'], Flutter: ['nice', 'missing'] });
  });
});

describe('a kind of business asked for', () => {
  it("is met by the profile's own words for it: a health company's patient app", () => {
    expect(byText('## Requirements\n- Healthcare domain experience')).toEqual({
      'Healthcare domain experience': ['must', 'met'],
    });
  });

  it('is read the same whether the ask says "you have" or "you\'ve"', () => {
    expect(
      byText(
        "## Requirements\n- You've built product for healthcare before\n- You have built product for healthcare before",
      ),
    ).toEqual({
      "You've built product for healthcare before": ['must', 'met'],
      'You have built product for healthcare before': ['must', 'met'],
    });
  });

  it('is missing when nothing in the profile shows it', () => {
    expect(byText('## Requirements\n- Experience in the gaming industry')).toEqual({
      'Experience in the gaming industry': ['must', 'missing'],
    });
  });
});

describe('a field asked by its name alone', () => {
  const sre = profileOf(`# Kojo Owusu

Site Reliability Engineer

Eight years keeping payment and telecom platforms up; continuous delivery fan.
`);
  const rows = (jd: string) =>
    Object.fromEntries(
      createFit(sre)
        .fit(jd)
        .requirements.map((r) => [r.requirement, r.status]),
    );

  it('is met by work that is part of it, and missing where code only shares a word', () => {
    expect(rows('## Requirements\n- Fintech experience\n- Logistics experience')).toEqual({
      'Fintech experience': 'met',
      'Logistics experience': 'missing',
    });
  });
});
