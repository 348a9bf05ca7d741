import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

// A backend engineer who builds REST APIs, runs CI/CD, writes of observability, and speaks
// English fluently; no API-testing tool, no security scanner, no German.
const fitOf = createFit(
  ProfileSchema.parse({
    identity: {
      name: 'Tomás Reyes',
      title: 'Backend Engineer',
      location: 'Porto, Portugal',
      yearsOfExperience: 6,
    },
    summary: ['I build REST APIs in Go with a strong focus on observability.'],
    skills: [
      { id: 'core', name: 'Core', skills: [{ name: 'Go' }, { name: 'REST' }, { name: 'CI/CD' }] },
    ],
    languages: [{ name: 'English', proficiency: 'fluent' }],
  }),
).fit;
const statusOf = (line: string) =>
  fitOf(`Requirements:\n- ${line}`).requirements.find((r) =>
    r.requirement.includes(line.slice(0, 20)),
  )?.status;

describe('the tools a practice is asked with', () => {
  it('finds the practice alone close, not met, when none of the named tools is held', () => {
    expect(statusOf('Experience testing REST APIs with Postman or REST Assured')).toBe('partial');
  });

  it('reads examples that are no forms of the tool beside them as examples of the other words', () => {
    expect(
      statusOf('Experience running SAST/DAST/SCA in CI pipelines (e.g. Semgrep, Snyk, SonarQube)'),
    ).not.toBe('met');
  });
});

describe('what an ask says beside the ask', () => {
  it('reads "observability tooling" as observability, whatever kind of thing it names', () => {
    expect(statusOf('hands-on experience with observability tooling')).toBe('met');
  });

  it('leaves out the reason after "because": the dashboard in it is not asked', () => {
    expect(
      statusOf(
        "you have hands-on experience with observability tooling because you'd rather spot a problem on a dashboard",
      ),
    ).toBe('met');
  });
});

describe('spoken languages asked in German and French', () => {
  it('reads the language inside "Englischkenntnisse"', () => {
    expect(statusOf('Gute Englischkenntnisse, da unsere Doku auf Englisch ist')).toBe('met');
    expect(statusOf('Sehr gute Deutschkenntnisse')).toBe('missing');
  });

  it('reads "à l\'aise en anglais écrit" as English asked', () => {
    expect(statusOf("Tu es à l'aise en anglais écrit (documentation)")).toBe('met');
  });
});
