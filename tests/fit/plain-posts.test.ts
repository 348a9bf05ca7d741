import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { readRequirements } from '../../src/fit/requirements.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';
import { fitFor, statusIn } from './profile-fit.ts';

const texts = (jd: string) => readRequirements(jd).map((r) => [r.kind, r.text]);

describe('a plain-text post with its lists on one line', () => {
  const jd = `Backend Engineer at Tidewell
We are a small team of six, fully remote, and we plan to stay small.

Requirements: 3+ years building APIs; Go on the back end; SQL (we use PostgreSQL; MySQL is fine); you write clearly.
Nice to have — Terraform, Stripe or another payments API, some Dutch.
`;

  it('reads a semicolon list after "Requirements:" as one requirement per item', () => {
    expect(texts(jd)).toEqual(
      expect.arrayContaining([
        ['must', '3+ years building APIs'],
        ['must', 'Go on the back end'],
        ['must', 'SQL (we use PostgreSQL; MySQL is fine)'],
        ['must', 'you write clearly'],
      ]),
    );
  });

  it('reads "Nice to have —" as a label over a comma list', () => {
    expect(texts(jd)).toEqual(
      expect.arrayContaining([
        ['nice', 'Terraform'],
        ['nice', 'Stripe or another payments API'],
      ]),
    );
  });

  it('does not take a sentence describing the team as a requirement', () => {
    expect(texts(jd).map(([, text]) => text)).not.toContainEqual(
      expect.stringContaining('small team of six'),
    );
  });
});

describe('names and examples running across commas', () => {
  it('keeps "Go, Java or Python" and "for example A, B or C" inside one requirement', () => {
    const jd = `## What you bring

- SAST tooling in CI pipelines, for example Semgrep, CodeQL or Snyk
- You can write code in Go, Java or Python well enough to send a fix, not just a finding
`;
    const report = fitFor('shipped').fit(jd);
    const requirements = report.requirements.map((r) => r.requirement);
    expect(requirements).toContain(
      'SAST tooling in CI pipelines, for example Semgrep, CodeQL or Snyk',
    );
    expect(requirements).toContainEqual(
      expect.stringMatching(/^You can write code in Go, Java or Python/),
    );
  });

  it('keeps "in both Swift and Kotlin" as one ask, which one of them does not meet', () => {
    const jd = `## Requirements\n\n- You've shipped production code in both Swift and Kotlin\n`;
    expect(statusIn('arjun-mehta', jd, 'both Swift and Kotlin')).toBe('met');
    expect(statusIn('shipped', jd, 'both Swift and Kotlin')).toBe('missing');
  });
});

describe('a recruiter sentence holding several asks', () => {
  const jd = `Hi,

On the role itself. They need someone with solid Python and at least 4 years in data engineering, ideally some dbt, and Airflow is a must. Spark or Flink for the batch jobs is expected too. You'd need to have modelled a warehouse properly (Kimball-style; they're on Snowflake, but BigQuery is fine too).
`;

  it('splits the must, the years, the wish and the second must, each with its kind', () => {
    const reported = fitFor('shipped')
      .fit(jd)
      .requirements.map((r) => [r.kind, r.requirement]);
    expect(reported).toEqual(
      expect.arrayContaining([
        ['must', 'They need someone with solid Python and at least 4 years in data engineering'],
        ['nice', 'ideally some dbt'],
        ['must', 'Airflow is a must.'],
      ]),
    );
  });

  it('reads "… is expected too" as a requirement, and keeps a bracket whole', () => {
    const found = texts(jd).map(([, text]) => text);
    expect(found).toContainEqual(expect.stringMatching(/^Spark or Flink/));
    expect(found).toContainEqual(expect.stringMatching(/\(Kimball-style; .* fine too\)\.?$/));
  });
});

describe('a practice wrapped around a tool', () => {
  it('is close, not met, when the profile has the tool but never the practice', () => {
    const jd = `## Requirements\n\n- Cloud security on AWS: IAM, network controls, logging\n- Card payments in a mobile app\n`;
    expect(statusIn('shipped', jd, 'Cloud security on AWS')).toBe('partial');
    expect(statusIn('shipped', jd, 'Card payments in a mobile app')).toBe('partial');
  });

  it('is met when the tool itself is of that practice', () => {
    const jd = `## Requirements\n\n- Mobile apps with Kotlin\n`;
    expect(statusIn('arjun-mehta', jd, 'Mobile apps with Kotlin')).toBe('met');
  });
});

describe('a certification named inside a longer sentence', () => {
  it('finds a held one by its acronym in brackets or its full name', () => {
    const jd = `## Nice to have\n\n- Certified Kubernetes Administrator (CKA) or Google Cloud Professional Cloud DevOps Engineer certification.\n`;
    expect(statusIn('pham-thu-ha', jd, 'Certified Kubernetes Administrator')).toBe('met');
  });

  it('reads the name just before "certification", the vendor by any of its names', () => {
    const jd = `## Nice to have\n\n- A GCP Professional Data Engineer certification would help with a partner programme, not essential.\n`;
    expect(statusIn('ingrid-solberg-mensah', jd, 'GCP Professional Data Engineer')).toBe('met');
  });

  it('never takes one vendor certificate for another of the same title', () => {
    const jd = `## Nice to have\n\n- An Azure Solutions Architect Expert certification\n`;
    expect(statusIn('pham-thu-ha', jd, 'Azure Solutions Architect')).toBe('missing');
  });
});

describe('a group asked for by its name', () => {
  it('is met through a listed tool of the group, written with its version', () => {
    const fit = createFit(
      ProfileSchema.parse({
        identity: {
          name: 'Ani Grigoryan',
          pronouns: { subject: 'she', object: 'her', possessive: 'her' },
          title: 'Drupal developer',
        },
        skills: [
          { id: 'drupal', name: 'Drupal', skills: [{ name: 'Drupal 7' }, { name: 'Drupal 10' }] },
        ],
      }),
    );
    const report = fit.fit('## Requirements\n\n- Experience with a CMS\n');
    expect(report.requirements[0]?.status).toBe('met');
  });
});
