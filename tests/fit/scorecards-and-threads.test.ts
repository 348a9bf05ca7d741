import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';
import { fitFor, statusIn } from './profile-fit.ts';

const texts = (jd: string) => readRequirements(jd).map((r) => [r.kind, r.text]);

describe('a hiring scorecard with weighted MoSCoW checklists', () => {
  const jd = `# Scorecard: Platform Engineer

**Context.** We want to terraform the chaos of logistics into something calm.

## Must (weight 3)

- [ ] Operates Kubernetes in production
- [ ] Writes production tooling in Go or Python

## Should (weight 2)

- [ ] GitOps delivery with Argo CD or Flux

## Could (weight 1)

- [ ] Kafka operations

## Not assessed (do not score)

- [x] Degree or bootcamp
`;

  it('reads Must as must, Should and Could as nice, whatever the weight in brackets', () => {
    expect(texts(jd)).toEqual([
      ['must', 'Operates Kubernetes in production'],
      ['must', 'Writes production tooling in Go or Python'],
      ['nice', 'GitOps delivery with Argo CD or Flux'],
      ['nice', 'Kafka operations'],
    ]);
  });
});

describe('a hiring thread copied from a social post', () => {
  const jd = `We're hiring! 🚀 Backend Engineer at Tallowby. 🧵 1/2

What you bring:
🐍 Python + Django, 5+ yrs
🏡 Remote in EU (sorry, can't hire in the UK or US right now)

2/2 Bonus:
⚛️ some React for our internal tools
`;

  it('reads "2/2 Bonus:" as the nice-to-haves, the thread counter aside', () => {
    expect(texts(jd)).toContainEqual(['nice', 'some React for our internal tools']);
  });

  it('rules out a place the post says it cannot hire in', () => {
    expect(statusIn('dan-okafor', jd, 'Remote in EU')).toBe('missing');
  });
});

describe('posting shapes from job boards', () => {
  it('keeps the label of "Location: Netherlands (Required)" with the place', () => {
    const jd = `Qualifications\n- Python: 3 years (Required)\n- Location: Netherlands (Required)\n`;
    expect(texts(jd)).toContainEqual(['must', 'Location: Netherlands (Required)']);
  });

  it('reads "You probably aren\'t a fit if…" as what the role rules out', () => {
    const jd = `## You might be a fit if you…\n\n- write TypeScript and React every day\n\n## You probably aren't a fit if…\n\n- you want to own backend services\n`;
    expect(texts(jd)).toEqual([['must', 'write TypeScript and React every day']]);
    const report = fitFor('shipped').fit(jd);
    expect(report.requirements.map((r) => r.requirement)).toEqual([
      'write TypeScript and React every day',
    ]);
  });

  it('never takes the level column "Certified" for a certificate held', () => {
    const jd = `## Desirable\n\n| Skill | Min. years | Level |\n|---|---|---|\n| CISSP, CCSP or AWS Certified Security – Specialty | n/a | Certified |\n`;
    expect(statusIn('pham-thu-ha', jd, 'CISSP')).not.toBe('met');
  });
});

describe('names written another way in the profile or the posting', () => {
  it('counts a skill listed with its version ("Vue 3") for the skill', () => {
    const jd = `## Bonus if you…\n\n- have shipped something with Svelte or Vue\n`;
    expect(statusIn('amara-okafor', jd, 'Svelte or Vue')).toBe('met');
  });

  it('finds a certificate named by the acronym ending the ask', () => {
    const jd = `## Bonus if you…\n\n- hold an accessibility certification such as IAAP CPACC or WAS\n`;
    expect(statusIn('amara-okafor', jd, 'IAAP CPACC')).toBe('met');
  });

  it('judges a language that opens a requirement, or is named in French', () => {
    const jd = `## Bonus\n\n- Dutch, for the odd customer call\n\n## Profil recherché\n\n- Français courant\n`;
    expect(statusIn('nadia-okonkwo', jd, 'Dutch, for the odd')).toBe('met');
    // She lists French at A2: close to fluent French, not it.
    expect(statusIn('nadia-okonkwo', jd, 'Français courant')).toBe('partial');
  });
});
