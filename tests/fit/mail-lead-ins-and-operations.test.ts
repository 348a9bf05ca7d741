import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

// An invented frontend engineer with 8 years, and an invented backend engineer who uses
// PostgreSQL and Kubernetes but says nothing of running PostgreSQL.
const frontend = createFit(
  ProfileSchema.parse({
    identity: { name: 'Lior Ben-Ami', title: 'Frontend Engineer', yearsOfExperience: 8 },
    skills: [{ id: 'fe', name: 'Frontend', skills: [{ name: 'React' }, { name: 'TypeScript' }] }],
  }),
).fit;
const backend = createFit(
  ProfileSchema.parse({
    identity: { name: 'Noor Haddad', title: 'Backend Engineer', yearsOfExperience: 7 },
    skills: [
      { id: 'be', name: 'Backend', skills: [{ name: 'Go' }, { name: 'PostgreSQL' }] },
      { id: 'ops', name: 'Infrastructure', skills: [{ name: 'Kubernetes' }] },
    ],
  }),
).fit;
const find = (report: ReturnType<typeof backend>, words: string) =>
  report.requirements.find((r) => r.requirement.includes(words));

describe('years asked in a kind of software work', () => {
  it('are not met by a career in another kind: "backend software development" is backend', () => {
    const report = frontend('Qualifications:\n- 3+ years of backend software development');
    expect(find(report, 'backend software')?.status).not.toBe('met');
  });

  it('are met by any developing career where the kind is software itself', () => {
    const report = frontend('Qualifications:\n- 3+ years of professional software development');
    expect(find(report, 'software development')?.status).toBe('met');
  });
});

describe("a recruiter's message", () => {
  const mail = [
    'Hi Noor,',
    '',
    "In terms of what the hiring manager is looking for: you'd need solid Go, some k8s.",
    '',
    'On top of that:',
    '- Meaningful equity (ESOP, 4-year vest with a 1-year cliff)',
    '- Private health cover',
  ].join('\n');

  it('judges the asks after a lead-in that says who asks, not the lead-in', () => {
    const asked = backend(mail).requirements.find((r) => /solid Go/.test(r.requirement));
    expect(asked?.status).toBe('met');
    expect(asked?.requirement).not.toMatch(/hiring manager/);
  });

  it('takes equity offered, with its vesting years, for no requirement', () => {
    expect(find(backend(mail), 'equity')).toBeUndefined();
  });
});

describe('running a technology asked in German', () => {
  it('is close, not met, for someone who only uses it', () => {
    const report = backend(
      'Das bringst du mit:\n- Kenntnisse im Betrieb von PostgreSQL (Replikation, Backups, Failover)',
    );
    expect(find(report, 'Betrieb von PostgreSQL')?.status).toBe('partial');
  });
});

describe('a quality asked by its noun', () => {
  const designer = createFit(
    ProfileSchema.parse({
      identity: { name: 'Ilse Varga', title: 'Design Engineer', yearsOfExperience: 5 },
      expertise: ['Accessible, responsive interfaces'],
      skills: [{ id: 'fe', name: 'Frontend', skills: [{ name: 'React' }] }],
    }),
  ).fit;

  it('is close, never missing, where the profile says it by its adjective', () => {
    const report = designer('Requirements:\n- Accessibility');
    const asked = find(report, 'Accessibility');
    expect(asked?.status).toBe('partial');
    expect(asked?.evidence.join(' ')).toMatch(/Accessible, responsive interfaces/);
  });
});

describe('a kind of business asked as what was built for it', () => {
  const payments = createFit(
    ProfileSchema.parse({
      identity: { name: 'Kofi Mensah', title: 'Backend Engineer', yearsOfExperience: 6 },
      industries: ['Fintech'],
      skills: [{ id: 'be', name: 'Backend', skills: [{ name: 'Go' }] }],
    }),
  ).fit;

  it('is judged as the domain: met by the industry the profile names', () => {
    const report = payments('Bonus:\n- Built software for fintech');
    expect(find(report, 'Built software for fintech')?.status).toBe('met');
  });

  it('is missing for an industry the profile never names', () => {
    const report = payments('Bonus:\n- Built software for agriculture');
    expect(find(report, 'agriculture')?.status).toBe('missing');
  });
});

describe('years asked over a list of what they include', () => {
  it('are a requirement of their own, not only the lead-in to the list', () => {
    const report = frontend(
      [
        'Minimum qualifications',
        '1. 5 years of experience in front-end software development, including:',
        '   a. Building a shared component library.',
      ].join('\n'),
    );
    expect(find(report, '5 years of experience in front-end')?.status).toBe('met');
  });
});
