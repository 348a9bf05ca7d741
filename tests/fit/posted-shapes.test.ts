import { describe, expect, it } from 'vitest';
import { fitFor, statusIn } from './profile-fit.ts';

describe('a technical "remote" is not a place', () => {
  it('judges "Firebase (analytics, remote config)" as Firebase, never by where the owner lives', () => {
    const jd = '## Bonus\n- Firebase (analytics, remote config, crashlytics)\n';
    const [req] = fitFor('shipped').fit(jd).requirements;
    expect(req?.status).toBe('missing');
    expect(req?.evidence.join(' ')).not.toMatch(/location/);
  });

  it('still reads "fully remote within EU time zones" as a place', () => {
    const jd = '## Requirements\n- Fully remote within EU time zones\n';
    // The shipped profile lives in Lahore, Tomás in Lisbon.
    expect(statusIn('shipped', jd, 'EU time zones')).toBe('missing');
    expect(statusIn('tomas-arvelo', jd, 'EU time zones')).toBe('met');
  });
});

describe('places as postings write them', () => {
  it('reads "South or Southeast Asia" as South Asia or Southeast Asia', () => {
    const jd = '## Requirements\n- You are based in South or Southeast Asia\n';
    expect(statusIn('shipped', jd, 'Southeast Asia')).toBe('met');
    expect(statusIn('pham-thu-ha', jd, 'Southeast Asia')).toBe('met');
    expect(statusIn('tomas-arvelo', jd, 'Southeast Asia')).toBe('missing');
  });

  it('knows "Blr" for Bengaluru', () => {
    const jd = '## Must\n- must be in Blr or ok to relocate before joining\n';
    expect(statusIn('shipped', jd, 'Blr')).toBe('missing');
  });
});

describe('what counts as alike', () => {
  it('does not take React for "Next.js or a similar SSR framework"', () => {
    const jd =
      '## Requirements\n- Experience with Next.js or a similar SSR framework (Remix, Nuxt)\n';
    expect(statusIn('shipped', jd, 'Next.js')).toBe('missing');
  });

  it('meets "Associate or Professional" with the Professional certificate', () => {
    const jd =
      '## Preferred\n- Databricks Certified Data Engineer Associate or Professional certification\n';
    // Ingrid lists "Databricks Certified Data Engineer Professional".
    expect(statusIn('ingrid-solberg-mensah', jd, 'Databricks')).toBe('met');
    expect(statusIn('shipped', jd, 'Databricks')).toBe('missing');
  });
});

describe('cues of a nice-to-have and of a practice', () => {
  it('reads "= huge plus" and "would be a real plus" as nice-to-haves', () => {
    const jd = [
      '## Requirements',
      '- Go in production',
      '- UPI or mobile payments SDK experience = huge plus',
      '- Hands-on experience with PCI DSS compliance would be a real plus.',
    ].join('\n');
    const kinds = fitFor('shipped')
      .fit(jd)
      .requirements.map((r) => r.kind);
    expect(kinds).toEqual(['must', 'nice', 'nice']);
  });

  it('reads "Compétences souhaitées" as the nice-to-haves of a French posting', () => {
    const jd = [
      'Profil recherché',
      '- Excellente maîtrise de Python',
      '',
      'Compétences souhaitées',
      '- Expérience avec Hugging Face Transformers',
    ].join('\n');
    const report = fitFor('shipped').fit(jd);
    const nice = report.requirements.find((r) => r.requirement.includes('Hugging Face'));
    expect(nice?.kind).toBe('nice');
    expect(nice?.status).toBe('missing');
  });

  it('judges "carried a pager" as on-call work', () => {
    const jd = '## You have\n- You have carried a pager and led incidents to resolution\n';
    expect(statusIn('shipped', jd, 'pager')).toBe('missing');
    // Hà writes of calm on-call rotations and the incident process she wrote.
    expect(statusIn('pham-thu-ha', jd, 'pager')).not.toBe('missing');
  });
});

describe('lists as threads and e-mails write them', () => {
  it('splits "4/5 Nice-to-haves: A, B, C or D, …" into its items, none met by another', () => {
    const jd = [
      '3/5 Must-haves:',
      '• 3+ yrs writing Go',
      '',
      '4/5 Nice-to-haves: Rust on embedded, Yocto or Buildroot, a bit of AWS on the cloud side.',
    ].join('\n');
    const report = fitFor('shipped').fit(jd);
    const status = (part: string) =>
      report.requirements.find((r) => r.requirement.includes(part))?.status;
    expect(status('Rust on embedded')).toBe('missing');
    expect(status('Yocto or Buildroot')).toBe('missing');
    expect(status('AWS on the cloud side')).toBe('met');
  });

  it('reads "They need someone with A, B, C and D" as one ask each', () => {
    const jd =
      'They need someone with 8+ years in software engineering, at least 2 of those in a customer-facing, consulting or pre-sales role, strong hands-on AWS knowledge (the AWS Certified Solutions Architect - Professional is a must for this one), a good grasp of event-driven architecture and comfort presenting to C-level stakeholders.';
    const report = fitFor('shipped').fit(jd);
    const status = (part: string) =>
      report.requirements.find((r) => r.requirement.includes(part))?.status;
    expect(status('AWS knowledge')).toBe('met');
    expect(status('AWS Certified Solutions Architect')).toBe('partial');
    expect(status('event-driven architecture')).toBe('met');
    expect(status('C-level stakeholders')).toBe('missing');
    // Years in a kind of role the profile never shows are not met by the career's years.
    expect(status('pre-sales role')).toBe('missing');
  });

  it("does not read a recruiter's opening line as a requirement", () => {
    const jd = [
      'I came across your profile on LinkedIn and thought you could be a great fit for a role with a client based in London.',
      '',
      'Requirements:',
      '- Go in production',
    ].join('\n');
    const asked = fitFor('shipped')
      .fit(jd)
      .requirements.map((r) => r.requirement);
    expect(asked).toEqual(['Go in production']);
  });
});

describe('a practice with a choice of tools, one of them unknown', () => {
  it('comes close, not met, when neither named tool is held', () => {
    const jd =
      '## Bonus points\n- CI/CD with Codemagic or Bitrise\n- CI/CD with Foozle or Bitrise\n';
    const statuses = fitFor('shipped')
      .fit(jd)
      .requirements.map((r) => r.status);
    expect(statuses).toEqual(['partial', 'partial']);
  });
});
