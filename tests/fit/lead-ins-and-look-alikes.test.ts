import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { readRequirements } from '../../src/fit/requirements.ts';
import { profileOf, statusIn } from './profile-fit.ts';

const texts = (jd: string) => readRequirements(jd).map((r) => `${r.kind}: ${r.text}`);

describe('a government posting', () => {
  const posting = [
    '## Minimum Qualifications',
    '',
    '* Experience supporting containerized workloads on Kubernetes.',
    '',
    '## Knowledge, Skills and Abilities',
    '',
    'In addition to the minimum qualifications, the most competitive candidates will demonstrate the following:',
    '',
    '* Skill in packaging and releasing applications with Helm charts.',
  ].join('\n');

  it('reads the list a lead-in calls what the most competitive candidates show as preferred', () => {
    expect(texts(posting)).toEqual([
      'must: Experience supporting containerized workloads on Kubernetes.',
      'nice: Skill in packaging and releasing applications with Helm charts.',
    ]);
  });
});

describe("a recruiter's InMail", () => {
  const mail = [
    'Hi Sam,',
    '',
    'What they are after:',
    '',
    'Strong Python and PyTorch are non-negotiable.',
    '',
    "Solid SQL is needed too, you'll write a lot of your own feature queries.",
    '',
    'Nice extras would be LLM / RAG experience, since they are starting on semantic search.',
    '',
    'Package is €95-115k base + 8% bonus + equity, 30 days holiday.',
    '',
    'Process is quick: intro chat with me, 45 mins with the Head of ML, a paid take-home, then a final onsite.',
    '',
    'Could you spare 15 mins this week for a quick call?',
  ].join('\n');

  it('reads the asks written as sentences, and not the pay, the process or the call', () => {
    expect(texts(mail)).toEqual([
      'must: Strong Python and PyTorch are non-negotiable.',
      "must: Solid SQL is needed too, you'll write a lot of your own feature queries.",
      'nice: Nice extras would be LLM / RAG experience, since they are starting on semantic search.',
    ]);
  });
});

describe('look-alikes that are no evidence', () => {
  it('does not count years of living somewhere as years of experience', () => {
    const jd =
      "Requirements:\n- Eligible for SC clearance (you'll need to have lived in the UK for the last 5 years)";
    expect(statusIn('shipped', jd, 'SC clearance')).not.toBe('met');
  });

  it('reads years asked in a field named in Spanish as years in that field', () => {
    const jd =
      'Requisitos:\n- Mínimo 4 años de experiencia en ingeniería de datos (pipelines ETL/ELT en producción).';
    // The shipped profile's six years are backend years: close to data engineering, not it.
    expect(statusIn('shipped', jd, 'ingeniería de datos')).toBe('partial');
  });

  it('takes "IRS Publication 1075" for a standard, not for published writing', () => {
    const jd =
      'Preferred:\n- Knowledge of security standards such as NIST 800-53, CJIS or IRS Publication 1075.';
    expect(statusIn('pham-thu-ha', jd, 'NIST')).toBe('missing');
  });

  it('does not take a tool the profile lacks as the practice it names', () => {
    const profile = profileOf(
      '# Ana Ruiz\n\nAndroid Engineer\n\n## Skills\n\n- Android, Kotlin, Jetpack Compose\n',
    );
    const report = createFit(profile).fit(
      'Nice to have:\n- Android accessibility (TalkBack, content descriptions)',
    );
    expect(report.requirements[0]?.status).toBe('partial');
  });

  it('reads a technology after a semicolon as asked too', () => {
    const profile = profileOf('# Ana Ruiz\n\nAndroid Engineer\n\n## Skills\n\n- Kotlin, Swift\n');
    const report = createFit(profile).fit(
      'Must have:\n- Kotlin first; Java for the legacy modules',
    );
    expect(report.requirements[0]?.status).toBe('partial');
  });
});

describe('a JobPosting pasted as its JSON', () => {
  const posting = JSON.stringify({
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: 'Senior Data Engineer',
    description:
      '<p>We trade flexibility on the power market.</p><p><strong>What you will do</strong></p><ul><li>Own the real-time pipeline</li></ul>',
    qualifications:
      'You have built stream-processing jobs that run 24/7. Nice to have: Kafka or Kinesis; Terraform.',
    skills: 'Python, SQL',
    experienceRequirements: '5+ years working as a data engineer',
    jobBenefits: '27 vacation days; e-bike lease',
    baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR' },
  });

  it('reads its qualifications, skills and experience, and leaves the benefits out', () => {
    expect(texts(posting)).toEqual([
      'must: Seniority: Senior (from the job title)',
      'must: You have built stream-processing jobs that run 24/7.',
      'must: 5+ years working as a data engineer',
      'must: Python',
      'must: SQL',
      'nice: Kafka or Kinesis',
      'nice: Terraform',
    ]);
  });
});

describe('a scorecard and a choice beside a language', () => {
  it('reads each row of a competency scorecard as a requirement, without its weight', () => {
    const brief = [
      '## Scorecard',
      '',
      '| Competency | What good looks like | Weight |',
      '| --- | --- | --- |',
      '| Experimentation | Has designed A/B tests | 15% |',
    ].join('\n');
    expect(texts(brief)).toEqual(['must: Experimentation — Has designed A/B tests']);
  });

  it('asks for the language before a dash beside "X, Y or similar frameworks"', () => {
    const jd = 'Must:\n- Strong Golang – Gin, Echo or similar frameworks';
    // Dan writes TypeScript and Python backends: similar frameworks, but no Go.
    expect(statusIn('dan-okafor', jd, 'Golang')).toBe('missing');
    expect(statusIn('shipped', jd, 'Golang')).toBe('met');
  });

  it('reads "Nice if you have …" as a nice-to-have', () => {
    expect(texts("Requirements:\n- Nice if you've used Flutter")).toEqual([
      "nice: Nice if you've used Flutter",
    ]);
  });
});
