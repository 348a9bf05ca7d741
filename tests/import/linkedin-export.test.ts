import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// The shape of a LinkedIn profile saved as PDF and turned into text: a sidebar above the
// name, one fact a line under Experience, page footers in between.
const { profile } = imported(
  [
    'Contact',
    '',
    'ana.lee@example.com',
    '',
    'www.linkedin.com/in/ana-lee-mobile (LinkedIn)',
    'github.com/analee (Personal)',
    '',
    'Top Skills',
    '',
    'SwiftUI',
    'Jetpack Compose',
    '',
    'Languages',
    '',
    'French (Native or Bilingual)',
    'English (Full Professional)',
    '',
    'Certifications',
    '',
    'Associate Android Developer',
    '',
    '# Ana Lee',
    '',
    'Lead Mobile Engineer @ Acme Transit | iOS & Android | SwiftUI · Jetpack Compose | offline-first',
    'Lyon, Auvergne-Rhône-Alpes, France',
    '',
    '## Experience',
    '',
    'Acme Transit',
    '5 years 11 months',
    '',
    'Lead Mobile Engineer',
    'January 2023 - Present (3 years 11 months)',
    'Lyon, Auvergne-Rhône-Alpes, France',
    '',
    'Leading a team of 6 on the ticketing app for the',
    'metropolitan network.',
    '- Moved background sync to WorkManager',
    '',
    'Senior Android Engineer',
    'January 2021 - December 2022 (2 years)',
    'Lyon, Auvergne-Rhône-Alpes, France',
    '',
    'Rewrote the app in Kotlin.',
    '',
    'Page 1 of 2',
    '',
    'Banque Rhône',
    'iOS Developer',
    'September 2018 - December 2020 (2 years 4 months)',
    'Lyon Area, France',
    '',
    'Retail banking app in Swift and UIKit.',
  ].join('\n'),
);

describe('a LinkedIn profile saved as PDF', () => {
  it('reads the headline under the name as the title, and the place on its own line', () => {
    expect(profile.identity.title).toBe('Lead Mobile Engineer');
    expect(profile.identity.headline).toBe(
      'Lead Mobile Engineer @ Acme Transit | iOS & Android | SwiftUI · Jetpack Compose | offline-first',
    );
    expect(profile.identity.location).toBe('Lyon, Auvergne-Rhône-Alpes, France');
  });

  it('reads the sidebar above the name: contact, top skills, languages, certifications', () => {
    expect(profile.contact.email).toBe('ana.lee@example.com');
    expect(profile.contact.github).toBe('https://github.com/analee');
    expect(profile.skills[0]?.skills.map((s) => s.name)).toEqual(['SwiftUI', 'Jetpack Compose']);
    expect(profile.languages.map((l) => l.name)).toEqual(['French', 'English']);
    expect(profile.certifications.map((c) => c.name)).toEqual(['Associate Android Developer']);
  });

  it('reads company, title, dates and place lines, two titles under one company', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end, r.location])).toEqual([
      [
        'Acme Transit',
        'Lead Mobile Engineer',
        '2023-01',
        'present',
        'Lyon, Auvergne-Rhône-Alpes, France',
      ],
      [
        'Acme Transit',
        'Senior Android Engineer',
        '2021-01',
        '2022-12',
        'Lyon, Auvergne-Rhône-Alpes, France',
      ],
      ['Banque Rhône', 'iOS Developer', '2018-09', '2020-12', 'Lyon Area, France'],
    ]);
    expect(profile.roles[0]?.summary).toBe(
      'Leading a team of 6 on the ticketing app for the metropolitan network.',
    );
  });

  it('takes "Top Skills" for a few picks: the tools the roles name are skills too', () => {
    expect(profile.skills.map((c) => c.name)).toEqual(['Top Skills', 'Skills']);
    expect(profile.skills[1]?.skills.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Kotlin', 'Swift']),
    );
  });

  it('drops the page footers and names camel-case tools among the technologies', () => {
    expect(JSON.stringify(profile)).not.toMatch(/Page 1 of 2/);
    expect(profile.roles[0]?.technologies).toContain('WorkManager');
    expect(profile.roles[2]?.technologies).toEqual(expect.arrayContaining(['Swift', 'UIKit']));
  });
});
