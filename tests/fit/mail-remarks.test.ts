import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';

const texts = (jd: string) => readRequirements(jd).map((r) => `${r.kind}: ${r.text}`);

describe('a job description forwarded with remarks on top', () => {
  const jd = [
    'Hi Sam,',
    '',
    'Please post this. Changes:',
    '',
    '- drop the Haskell requirement, nobody uses it any more',
    '- Terraform: keep it, but only as a nice to have',
    '- add as a must: you have run Postgres upgrades in production, as we do two a year',
    '- the Oslo office requirement is gone',
    '- new location line: remote from anywhere in the EU',
    '- everything else stays',
    '',
    'Sent from my phone',
    '',
    '---------- Forwarded message ---------',
    'From: Kim <kim@example.com>',
    'Subject: Platform Engineer',
    '',
    '> Must have:',
    '> - Strong Go',
    '> - 2+ years of Haskell',
    '> - Terraform for all infrastructure',
    '> - On-site in Oslo, 4 days a week',
    '>',
    '> Nice to have:',
    '> - Grafana dashboards',
  ].join('\n');

  it('drops, downgrades and adds requirements as the newest mail says', () => {
    expect(texts(jd)).toEqual([
      'must: Strong Go',
      'nice: Terraform for all infrastructure',
      'nice: Grafana dashboards',
      'must: you have run Postgres upgrades in production',
      'must: remote from anywhere in the EU',
    ]);
  });

  it('marks the new location line as where the work happens', () => {
    const place = readRequirements(jd).find((r) => r.text.includes('anywhere in the EU'));
    expect(place?.topic).toBe('location');
  });
});
