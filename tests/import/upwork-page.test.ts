import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// Text copied from an Upwork freelancer page in a browser: the site's navigation and buttons,
// counters over their labels, a sidebar of short sections, then the title, rate and overview.
const page = [
  'Skip to main content',
  'Find talent',
  'Log in',
  'Sign up',
  '',
  'Tomás R.',
  'Valparaíso, Chile – 9:40 am local time',
  'Top Rated',
  '97% Job Success',
  'Share',
  'Copy link',
  '',
  '$60K+',
  'Total earnings',
  '41',
  'Total jobs',
  '',
  'Hours per week',
  'Less than 30 hrs/week',
  'Languages',
  'Spanish: Native or Bilingual',
  'English: Fluent',
  'Education',
  'Universidad Técnica Federico Santa María',
  'Civil Engineering in Computer Science',
  '2009-2015',
  '',
  'Shopify Plus Developer | Liquid | Headless storefronts',
  '$70.00/hr',
  'I build Shopify storefronts for wine exporters and run their Klaviyo flows.',
  'See more',
  '',
  'Portfolio (2)',
  'Headless wine club on Hydrogen',
  'Subscription boxes with Recharge',
  'Show all',
  '',
  'Skills',
  'Shopify',
  'Liquid',
  'Hydrogen',
  'Klaviyo',
  '',
  'Work history',
  'Completed jobs (38)',
  '',
  'Storefront rebuild for a Chilean winery',
  '★★★★★ 5.0',
  'Mar 1, 2025 - May 2, 2025',
  '"Tomás shipped two weeks early."',
  '$8,000.00',
  'Fixed price',
  '',
  '1 2 3 Next',
  '',
  'Employment history',
  'Lead Developer | Viña Digital SpA',
  'April 2019 - Present',
  'Web Developer | Puerto Web Ltda.',
  'January 2015 - March 2019',
  'See more',
  '',
  'Certifications',
  'Shopify Product Expert',
  'Provider: Shopify',
  'Issued: June 2022',
  'Show details',
  '',
  'About Upwork',
  'Feedback',
  'Help & Support',
].join('\n');

describe('a profile copied from an Upwork freelancer page', () => {
  const { profile } = imported(page);
  const kept = JSON.stringify(profile);

  it('reads the name, title, place and the weekly hours as availability', () => {
    expect(profile.identity.name).toMatch(/^Tomás R\.?$/);
    expect(profile.identity.title).toMatch(/^Shopify Plus Developer/);
    expect(profile.identity.location).toBe('Valparaíso, Chile');
    expect(profile.identity.availability).toMatch(/Less than 30 hrs\/week/);
  });

  it('keeps the rate, badges and earnings where answers can find them', () => {
    for (const fact of ['$70.00/hr', 'Top Rated', '$60K+ total earnings'])
      expect(kept).toContain(fact);
    expect(kept).toContain('Job Success score: 97%');
  });

  it('reads positions, certificates, languages, education, skills and portfolio', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Lead Developer', 'Viña Digital SpA', '2019-04', 'present'],
      ['Web Developer', 'Puerto Web Ltda.', '2015-01', '2019-03'],
    ]);
    expect(profile.certifications).toEqual([
      expect.objectContaining({ name: 'Shopify Product Expert', year: '2022' }),
    ]);
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['Spanish', 'Native or Bilingual'],
      ['English', 'Fluent'],
    ]);
    expect(profile.education[0]?.institution).toBe('Universidad Técnica Federico Santa María');
    const skills = profile.skills.flatMap((g) => g.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Shopify', 'Liquid', 'Hydrogen', 'Klaviyo']));
    expect(profile.projects.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'Headless wine club on Hydrogen',
        'Subscription boxes with Recharge',
      ]),
    );
  });

  it('keeps client feedback as the client’s words and drops the page’s buttons', () => {
    expect(kept).toMatch(/client feedback: “Tomás shipped two weeks early\.”/);
    for (const remnant of ['Copy link', 'See more', 'Show all', 'Sign up', 'About Upwork', 'Next'])
      expect(kept).not.toContain(remnant);
    expect(profile.roles.map((r) => r.title)).not.toContain(
      'Storefront rebuild for a Chilean winery',
    );
  });

  it('reads a place over its own local-time line, and the overview when no rate is shown', () => {
    const other = [
      'Lena W.',
      'Graz, Austria',
      '10:05 am local time',
      'Rising Talent',
      '',
      '12',
      'Total jobs',
      '',
      'Data Engineer | dbt | Snowflake',
      'I model warehouse data for retail chains in dbt and Snowflake.',
      '',
      'Employment history',
      'Analytics Engineer | Murtal Handel GmbH',
      'May 2020 - Present',
    ].join('\n');
    const { profile: lena } = imported(other);
    expect(lena.identity.location).toBe('Graz, Austria');
    expect(lena.identity.title).toMatch(/^Data Engineer/);
    expect(JSON.stringify(lena)).toContain('retail chains in dbt and Snowflake');
    expect(lena.roles.map((r) => r.company)).toEqual(['Murtal Handel GmbH']);
  });
});
