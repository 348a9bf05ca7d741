import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { profileOf } from './profile-fit.ts';

/** An invented platform engineer: CI/CD and Python listed, nothing of machine learning. */
const platform = createFit(
  profileOf(`# Ilse Varga

Platform Engineer

## Skills

- **DevOps:** CI/CD, GitHub Actions, Docker
- **Languages:** Python, SQL
`),
);

/** An invented backend engineer whose only word on machine learning is in a role's text. */
const backend = createFit(
  profileOf(`# Tomás Leal

Backend Engineer

## Skills

- **Languages:** Python

## Experience

**Backend Engineer** · Fraudly · 2020 – present
- Built machine learning models for fraud scoring.
`),
);

const statusOf = (fit: ReturnType<typeof createFit>, jd: string, part: string) => {
  const report = fit.fit(jd);
  const found = report.requirements.find((r) => r.requirement.includes(part));
  return (
    found?.status ?? (report.unclassified.some((u) => u.includes(part)) ? 'unclassified' : 'none')
  );
};

const SLACK_POST = `Priya Raman  10:42 AM
:wave: hey #jobs — we're hiring a *Data Engineer* at Fernwick :pray:

*what we're looking for* :point_down:
:white_check_mark: really strong SQL
:white_check_mark: Python for pipelines

*bonus* :sparkles:
:heavy_plus_sign: Terraform

DM me or apply here → https://fernwick.example/careers/de — referrals get a €1,500 thank-you
    :eyes: 6  :rocket: 3
    3 replies`;

describe("a chat post's emoji codes, its reactions and its replies", () => {
  it('reads a line opened by an emoji code as an item, the code left out', () => {
    const report = platform.fit(SLACK_POST);
    const asks = report.requirements.map((r) => [r.requirement, r.kind]);
    expect(asks).toContainEqual(['really strong SQL', 'must']);
    expect(asks).toContainEqual(['Terraform', 'nice']);
    expect(report.requirements.some((r) => r.requirement.includes('white_check_mark'))).toBe(false);
  });

  it("reports neither the reactions, the replies' count nor how to apply", () => {
    const report = platform.fit(SLACK_POST);
    const texts = [...report.requirements.map((r) => r.requirement), ...report.unclassified];
    expect(texts.some((t) => /replies|eyes|apply here/i.test(t))).toBe(false);
  });
});

describe('pipelines of machine learning asked for', () => {
  const jd = (line: string) => `## Nice to have\n- ${line}`;

  it('never meets ML or feature pipelines by CI/CD pipelines', () => {
    expect(statusOf(platform, jd('ML feature pipelines'), 'ML feature')).not.toBe('met');
    expect(statusOf(platform, jd('ML pipelines'), 'ML pipelines')).not.toBe('met');
    expect(statusOf(platform, jd('Build pipelines'), 'Build pipelines')).toBe('met');
  });

  it('calls ML missing only where no word of machine learning stands in the profile', () => {
    expect(statusOf(platform, jd('Experience with ML'), 'with ML')).toBe('missing');
    expect(statusOf(backend, jd('Experience with ML'), 'with ML')).not.toBe('missing');
  });
});
