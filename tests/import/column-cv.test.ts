import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/**
 * An invented plain-text CV as people paste into e-mails: capitals underlined with `====`,
 * dates at the right margin, labelled columns whose wrapped lines are indented under the value.
 */
const cv = `MARIT HALVORSEN
Senior Site Reliability Engineer

Trondheim, Norway  |  marit@halvorsen.example


PROFILE
=======

SRE with ten years of keeping payment systems up.

Availability: notice period 2 months.
              Remote within the EU.


EXPERIENCE
==========

Senior Site Reliability Engineer                             03/2020 - present
Fjordbank ASA, Trondheim (payments, ~400 engineers)

  * Run the on-call rota for 30 services; cut pages per week from 40 to 6.

Platform Engineer                                            06/2016 - 02/2020
Nordlys Data AS, Oslo

  * Moved the build farm to Kubernetes.


CERTIFICATIONS
==============

CKA - Certified Kubernetes Administrator                                  2021
  (Linux Foundation)
CKS (Linux Foundation)                              in progress, exam scheduled


SKILLS
======

Languages:          Go, Python, Java (reading/reviewing), Bash
                    (daily)
Infrastructure:     Kubernetes, Terraform, Prometheus


LANGUAGES
=========

Norwegian           native
Polish              basic, conversational
`;

describe('a plain-text CV with dates at the right margin', () => {
  const { profile } = imported(cv);

  it('reads each dated line as a job, the line under it as the employer', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start])).toEqual([
      ['Senior Site Reliability Engineer', 'Fjordbank ASA', '2020-03'],
      ['Platform Engineer', 'Nordlys Data AS', '2016-06'],
    ]);
  });

  it('keeps two certificates apart, the one in progress not dated as held', () => {
    expect(profile.certifications.map((c) => [c.name, c.year])).toEqual([
      ['CKA - Certified Kubernetes Administrator', '2021'],
      ['CKS (Linux Foundation)', 'in progress, exam scheduled'],
    ]);
  });

  it('reads each label column as its own skill group, wrapped lines joined', () => {
    expect(profile.skills.map((c) => c.name)).toEqual(['Languages', 'Infrastructure']);
    const java = profile.skills[0]?.skills.find((s) => s.name === 'Java');
    expect(java?.note).toBe('reading/reviewing');
    expect(profile.skills[0]?.skills.map((s) => s.name)).not.toContain('reading');
  });

  it('keeps a language and its level on one line, commas and all', () => {
    expect(profile.languages).toEqual([
      { name: 'Norwegian', proficiency: 'native' },
      { name: 'Polish', proficiency: 'basic, conversational' },
    ]);
  });
});
