import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// A research engineer's CV: degrees with theses first, numbered references, talks under a
// sub-heading of the publications, then "Research & industry experience".
const cv = [
  '# Saoirse Ní Bhriain, PhD',
  '',
  'Senior Research Engineer · Galway, Ireland',
  '',
  '## Education',
  '',
  '**PhD in Computer Science** — University of Galway, Ireland · 2015 – 2019',
  'Thesis: *Learning to Grasp from Few Demonstrations*',
  '',
  '**MSc in Robotics** — INSA, Lyon, France · 2012 – 2014',
  'Thesis: *Tactile Slip Detection*',
  '',
  '## Publications',
  '',
  '\\* equal contribution.',
  '',
  '1. **S. Ní Bhriain**\\*, T. Moreau\\*. *Few-Shot Grasping with Tactile Priors.* International Conference on Robotics and Automation (**ICRA**), 2021.',
  '2. **S. Ní Bhriain**, P. Okafor. *Slip-Aware Policies.* Conference on Robot Learning (**CoRL**), 2020.',
  '',
  '### Invited talks',
  '- "Robots that feel", Dublin ML Meetup, 2022',
  '',
  '## Research & industry experience',
  '',
  '**Cúram Robotics**, Galway — *Senior Research Engineer* · Jan 2022 – present',
  '- Lead the grasping team.',
  '',
  '**University of Galway** — *Postdoctoral Research Associate* · Oct 2019 – Dec 2021',
  '- Tactile sensing for assistive robots.',
].join('\n');

describe('an academic CV', () => {
  const { profile } = imported(cv);

  it('reads each numbered reference as a paper, without the equal-contribution marks', () => {
    const papers = profile.publications.filter((p) => p.kind !== 'talk');
    expect(papers.map((p) => p.title)).toEqual([
      'Few-Shot Grasping with Tactile Priors',
      'Slip-Aware Policies',
    ]);
    expect(papers[0]?.venue).toBe('International Conference on Robotics and Automation (ICRA)');
    expect(papers[0]?.kind).toBe('publication');
  });

  it('reads the talks under their sub-heading as talks, not the sub-heading as one', () => {
    const talks = profile.publications.filter((p) => p.kind === 'talk');
    expect(talks.map((t) => t.title)).toEqual(['Robots that feel']);
  });

  it('takes a school with no "university" in its name, never the thesis line', () => {
    expect(profile.education[1]).toMatchObject({
      institution: 'INSA, Lyon, France',
      degree: 'MSc',
      field: 'Robotics',
    });
  });

  it('reads "Research & industry experience" as the roles, a postdoc among them', () => {
    expect(profile.roles.map((r) => [r.company, r.title])).toEqual([
      ['Cúram Robotics', 'Senior Research Engineer'],
      ['University of Galway', 'Postdoctoral Research Associate'],
    ]);
  });
});
