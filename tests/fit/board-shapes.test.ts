import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

// A backend engineer in Karachi (UTC+5) with Go, Kubernetes and PostgreSQL, 7 years.
const fitOf = createFit(
  ProfileSchema.parse({
    identity: {
      name: 'Bilal Qureshi',
      title: 'Senior Backend Engineer',
      location: 'Karachi, Pakistan',
      yearsOfExperience: 7,
    },
    skills: [
      {
        id: 'core',
        name: 'Core',
        skills: [{ name: 'Go' }, { name: 'Kubernetes' }, { name: 'PostgreSQL' }],
      },
    ],
  }),
).fit;
const texts = (jd: string) => fitOf(jd).requirements.map((r) => r.requirement);
const statusOf = (jd: string, part: string) =>
  fitOf(jd).requirements.find((r) => r.requirement.includes(part))?.status;

describe('a job board’s facts box', () => {
  it('reads a label over its value as the one fact "Location: …"', () => {
    const jd = '# Senior SRE\n\n**Location**\nRemote (UTC+3 to UTC+9)\n\n**Department**\nInfra\n';
    expect(statusOf(jd, 'UTC+3 to UTC+9')).toBe('met');
  });

  it('reads facts side by side on one line, one by one', () => {
    const jd =
      '# Senior Android Engineer\n\n**Team:** Buyer App · **Type:** Full-time · **Experience:** 9+ years in mobile development\n';
    expect(texts(jd)).toContain('9+ years in mobile development');
    expect(statusOf(jd, '9+ years in mobile development')).not.toBe('met');
  });

  it('ends the place at the blank line: the company paragraph after it asks nothing', () => {
    const jd = [
      '# Senior Backend Engineer',
      '',
      '**Location:** Bengaluru office (hybrid)',
      '',
      "Bazaarly is India's fastest-growing commerce app: 18M users buy from 150,000 sellers in 11 languages on cheap phones.",
      '',
      '## Requirements',
      '- Go',
    ].join('\n');
    expect(texts(jd).some((t) => t.startsWith('Bazaarly'))).toBe(false);
    expect(texts(jd)).toContain('Bengaluru office (hybrid)');
  });
});

describe('a recruiter’s chat message', () => {
  const jd = [
    'Sanne Bakker  10:42 AM',
    'hey! quick one',
    'need sr backend, go/k8s, 5+ yrs, remote EU, can he do it?',
    'postgres is a must for them, they are really heavy users of it',
    'kafka would be nice but they’ll teach it',
  ].join('\n');

  it('reads each short ask between commas on its own', () => {
    expect(statusOf(jd, 'go/k8s')).toBe('met');
    expect(statusOf(jd, '5+ yrs')).toBe('met');
    expect(statusOf(jd, 'remote EU')).toBe('missing');
  });

  it('keeps its lines apart: a nice-to-have is not joined to the must above it', () => {
    expect(fitOf(jd).requirements.find((r) => /kafka/i.test(r.requirement))).toMatchObject({
      kind: 'nice',
      status: 'missing',
    });
    expect(texts(jd).some((t) => /postgres/i.test(t) && /kafka/i.test(t))).toBe(false);
  });
});

describe('a title asked for as a requirement', () => {
  const jd = 'Requirements:\n- Senior backend engineer\n- Senior frontend developer\n';

  it('is met by the same level and kind of work in the title', () => {
    expect(statusOf(jd, 'Senior backend engineer')).toBe('met');
  });

  it('is close, not met, with the level in another kind of work', () => {
    expect(statusOf(jd, 'Senior frontend developer')).toBe('partial');
  });
});

describe('a place written with commas', () => {
  it('stays one requirement', () => {
    const jd =
      '# Backend Engineer\n\n**Location:** Bengaluru, HSR Layout office (hybrid, 3 days/week in office)\n';
    expect(texts(jd)).toContain('Bengaluru, HSR Layout office (hybrid, 3 days/week in office)');
  });
});

describe('spoken languages asked in Dutch', () => {
  const speaker = createFit(
    ProfileSchema.parse({
      identity: { name: 'Astrid Visser', title: 'Data Engineer' },
      languages: [
        { name: 'Dutch', proficiency: 'native' },
        { name: 'English', proficiency: 'fluent' },
      ],
    }),
  ).fit;
  const jd = 'Wat we vragen:\n- Je spreekt Nederlands en Engels op professioneel niveau\n';

  it('are the languages the profile lists, named in English', () => {
    expect(speaker(jd).requirements[0]?.status).toBe('met');
    expect(fitOf(jd).requirements[0]?.status).toBe('missing');
  });
});
