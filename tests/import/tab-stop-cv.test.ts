import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/**
 * An invented CV saved from a word processor as plain text: capitals for section names, "•"
 * bullets, and the dates pushed to a column of their own with tab stops.
 */
const saved = [
  'TOMÁS ERIKSEN',
  'Site Reliability Engineer',
  'tomas.eriksen@example.org  |  github.com/teriksen',
  '',
  '',
  'EXPERIENCE',
  '',
  'Site Reliability Engineer\t\t\t\t05/2020 – present',
  'Lindqvist Freight, Gothenburg',
  '•\tRan the capacity reviews (Python, pandas) and introduced dbt for the cost models.',
  '',
  '',
  'SELECTED PROJECTS',
  '',
  'pagerbridge (open source)\t\t\t\t\t2022',
  '•\tBridges Alertmanager to Matrix rooms. Written in Go.',
  '•\tAbout 90 stars.',
  '',
  'fjord-tiles – map tiles for sailors\t\t\t2019 – 2021',
  '•\tA weekend tile server.',
  '',
  '',
  'CERTIFICATIONS',
  '',
  '•\tMicrosoft Certified: Azure Administrator – Associate\t\t\t2021',
  '',
  '',
  'EDUCATION',
  '',
  'B.E. Computer Engineering\t\t\t\t2012 – 2016',
  'Chalmers University of Technology',
  '',
  '',
  'OTHER',
  '',
  '•\tFull driving licence',
  '•\tInterests: bouldering (badly), baking rye bread, and chess.',
  '',
].join('\n');

describe('a plain-text CV whose dates sit in a tab-stop column', () => {
  const { profile } = importMarkdownProfile(saved);

  it('keeps a dash that is part of a certificate name in the name, not as its issuer', () => {
    expect(profile.certifications).toEqual([
      { name: 'Microsoft Certified: Azure Administrator – Associate', year: '2021' },
    ]);
  });

  it('names each project without its year or aside, its bullets its own lines', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['pagerbridge', 'fjord-tiles']);
    const bridge = profile.projects[0];
    expect(bridge?.summary).toMatch(/^Bridges Alertmanager to Matrix rooms/);
    expect(bridge?.details.join(' ')).toContain('About 90 stars');
  });

  it('reads "B.E." as a degree and the line under it as the school', () => {
    expect(profile.education[0]).toMatchObject({
      degree: 'B.E.',
      field: 'Computer Engineering',
      institution: 'Chalmers University of Technology',
    });
  });

  it('reads the pastimes of a closing OTHER section and tells no talk of its lines', () => {
    expect(profile.interests.map((i) => i.name)).toEqual([
      'bouldering',
      'baking rye bread',
      'chess',
    ]);
    expect(profile.publications).toEqual([]);
  });

  it('counts lower-case tools a job names beside others or as listed skills', () => {
    expect(profile.roles[0]?.technologies).toEqual(expect.arrayContaining(['pandas', 'dbt']));
  });
});
