import { describe, expect, it } from 'vitest';
import { importProfile } from '../../src/import/import-profile.ts';

/** An invented résumé saved from a word processor as plain text: capitals, tabs, "•". */
const resume = [
  'Dale Okonkwo-Price',
  'Site Reliability Engineer',
  'Portland, OR | dale@example.org | 503-555-0142',
  '',
  'PROFESSIONAL EXPERIENCE',
  '',
  'Cascade Freight, Portland, OR\t\t\tMarch 2019 – Present',
  'Senior SRE',
  '•\tRan the on-call rotation for 40 services.',
  '',
  'SELECTED PROJECTS',
  '•\tlogtrim – a Go CLI that samples noisy logs.',
  '',
  'EDUCATION',
  'B.S. Computer Engineering, Minor in Mathematics\t\t\tJune 2014',
  'Oregon State University – Corvallis, OR',
  '•\tCapstone: a wind-farm telemetry dashboard',
  '',
  'CERTIFICATIONS',
  '•\tCertified Kubernetes Administrator (2021)',
  '•\tHashiCorp Certified: Terraform Associate (2022)',
  '',
  'ADDITIONAL INFORMATION',
  'Outside of work I do a lot of cross-country skiing and homebrewing, and I am slowly restoring a canoe.',
].join('\n');

describe('a résumé saved as plain text', async () => {
  const { profile } = await importProfile(new TextEncoder().encode(resume), {
    fileName: 'dale.txt',
  });

  it('reads a heading in capitals over its first bullet as a section, not a line of the job', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['logtrim']);
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'Certified Kubernetes Administrator',
      'HashiCorp Certified: Terraform Associate',
    ]);
  });

  it('reads the degree over its school as one entry, the month no school, the capstone a detail', () => {
    expect(profile.education).toHaveLength(1);
    const [degree] = profile.education;
    expect(degree?.institution).toBe('Oregon State University');
    expect(degree?.degree).toBe('B.S.');
    expect(degree?.end).toBe('2014');
    expect(degree?.details).toEqual(
      expect.arrayContaining(['Minor in Mathematics', 'Capstone: a wind-farm telemetry dashboard']),
    );
  });

  it('reads each pastime said after "I do a lot of" and "I am slowly"', () => {
    expect(profile.interests.map((i) => i.name)).toEqual([
      'cross-country skiing',
      'homebrewing',
      'restoring a canoe',
    ]);
  });
});
