import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { createFit } from '../../src/fit/fit.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

// A skills list whose items are phrases, one of them naming CI inside a longer name.
const profile = ProfileSchema.parse({
  identity: {
    name: 'Wanjiru Kamau',
    pronouns: { subject: 'she', object: 'her', possessive: 'her' },
    title: 'Application Security Engineer',
  },
  skills: [
    {
      id: 'sdlc',
      name: 'Secure SDLC',
      skills: [{ name: 'SAST and SCA in CI pipelines with Semgrep' }, { name: 'Threat modeling' }],
    },
  ],
});

describe('a technology named inside a longer listed skill', () => {
  it('is found before any "no" is said', () => {
    const text = answerToPlainText(createAssistant(profile).ask('does she have CI/CD experience?'));
    expect(text).not.toMatch(/^No\b/);
    expect(text).toMatch(/CI pipelines/);
  });

  it('meets a job description’s CI/CD requirement', () => {
    const report = createFit(profile).fit('Requirements:\n- CI/CD pipelines\n- Kotlin');
    const status = (name: string) =>
      report.requirements.find((r) => r.requirement.includes(name))?.status;
    expect(status('CI/CD')).not.toBe('missing');
    expect(status('Kotlin')).toBe('missing');
  });

  it('judges what is asked in a CI setting by what is asked, not by the setting', () => {
    const report = createFit(profile).fit(
      'Requirements:\n- SAST tooling in CI pipelines\n- Embedding licence checks into CI pipelines',
    );
    const status = (name: string) =>
      report.requirements.find((r) => r.requirement.includes(name))?.status;
    expect(status('SAST tooling')).toBe('met');
    expect(status('licence checks')).toBe('partial');
  });
});
