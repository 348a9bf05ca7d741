import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/**
 * Sections whose heading is the owner's own wording ("Stuff I built") or joins two kinds
 * ("Schooling & certificates"): what they hold is read by its shape.
 */
describe('a table of repositories under a heading of the owner’s own wording', () => {
  const { profile } = imported(
    [
      '# Tomasz Wierzba',
      '',
      'Embedded developer.',
      '',
      '## 🧰 Stuff I built',
      '',
      '| repo | what | ⭐ |',
      '| --- | --- | --- |',
      '| [tinyflash](https://github.com/twierzba/tinyflash) | wear-levelling for NOR flash | 88 |',
      '| [canprobe](https://github.com/twierzba/canprobe) | CAN bus sniffer firmware | 41 |',
      '| [vendorkit](https://github.com/heronworks/vendorkit) | (day job) the board support package | 12 |',
    ].join('\n'),
  );

  it('reads each row as a project', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['tinyflash', 'canprobe', 'vendorkit']);
    expect(profile.projects[1]?.summary).toBe('CAN bus sniffer firmware');
  });

  it('takes the GitHub account that owns most of the repositories', () => {
    expect(profile.contact.github).toBe('https://github.com/twierzba');
  });
});

describe('a table of tools under a heading of the owner’s own wording', () => {
  const { profile } = imported(
    [
      '# Tomasz Wierzba',
      '',
      'Embedded developer.',
      '',
      '## My desk',
      '',
      '| tool | what for |',
      '| --- | --- |',
      '| Saleae Logic | reading buses |',
      '| Helix | editing |',
    ].join('\n'),
  );

  it('is not taken for projects', () => {
    expect(profile.projects).toEqual([]);
  });
});

describe('degrees and certificates under one heading', () => {
  const { profile } = imported(
    [
      '# Tomasz Wierzba',
      '',
      'Embedded developer.',
      '',
      '## Schooling & certs',
      '',
      '- MSc Electronics, Gdańsk University of Technology (2010 – 2015)',
      '- CISSP (Certified Information Systems Security Professional), 2019',
      '- TOEFL iBT 112, 2011',
    ].join('\n'),
  );

  it('files the degree under education', () => {
    expect(profile.education.map((e) => e.institution)).toEqual([
      'Gdańsk University of Technology',
    ]);
  });

  it('files the other lines as certificates, their year as a date', () => {
    expect(profile.certifications).toEqual([
      {
        name: 'CISSP (Certified Information Systems Security Professional)',
        year: '2019',
      },
      { name: 'TOEFL iBT 112', year: '2011' },
    ]);
  });
});

describe('talks and spoken languages under one heading', () => {
  const { profile } = imported(
    [
      '# Tomasz Wierzba',
      '',
      'Embedded developer.',
      '',
      '## Talks & languages',
      '',
      '- Embedded World 2024: *Debugging without a debugger*',
      '- Polish (native), English (C1), Czech (basic, reading only)',
    ].join('\n'),
  );

  it('keeps the talk a talk', () => {
    expect(profile.publications).toEqual([
      expect.objectContaining({
        kind: 'talk',
        title: expect.stringContaining('Debugging without a debugger'),
      }),
    ]);
  });

  it('reads the list of languages with their levels as spoken languages', () => {
    expect(profile.languages).toEqual([
      { name: 'Polish', proficiency: 'native' },
      { name: 'English', proficiency: 'C1' },
      { name: 'Czech', proficiency: 'basic, reading only' },
    ]);
  });
});

describe('certificate lines that end with their year', () => {
  const { profile } = imported(
    [
      '# Tomasz Wierzba',
      '',
      'Embedded developer.',
      '',
      '## Certifications',
      '',
      '- Certified Safety Engineer in Automotive Systems (CSEAS), 2021',
      '- Functional Safety Basics — TÜV course certificate, 2018',
    ].join('\n'),
  );

  it('keeps an acronym in brackets in the name and takes the year as a date', () => {
    expect(profile.certifications).toEqual([
      { name: 'Certified Safety Engineer in Automotive Systems (CSEAS)', year: '2021' },
      { name: 'Functional Safety Basics', issuer: 'TÜV course certificate', year: '2018' },
    ]);
  });
});

describe('a speaker bio under the talks', () => {
  const { profile } = imported(
    [
      '# Tomasz Wierzba',
      '',
      'Embedded developer.',
      '',
      '## Speaking',
      '',
      '- 2024 — *Debugging without a debugger*, Embedded World, Nuremberg',
      '',
      'Tomasz Wierzba is an embedded developer at a robotics company in Gdańsk. He has written firmware for twelve years, mostly for motor controllers, and talks about it whenever anyone lets him.',
    ].join('\n'),
  );

  it('is kept as written, not read as a talk', () => {
    expect(profile.publications).toHaveLength(1);
    expect(profile.sections.flatMap((s) => s.items)).toEqual([
      expect.stringContaining('has written firmware for twelve years'),
    ]);
  });
});
