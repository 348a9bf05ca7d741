import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/** A résumé typed as plain text: no heading marks, setext section names, "o" bullets. */
const typed = `Oren Vasquez-Hall
Staff Storage Engineer

Email:    oren.vh@example.org
Location: Valparaíso, Chile


PROFILE
=======

Storage engineer with 9 years of experience running object stores.


EXPERIENCE
==========

Cobre Data SpA, Santiago -- Staff Storage Engineer (04/2022 - present)

* Run the Ceph clusters behind the backup product; cut rebuild time
  from 9 to 2 hours.
* Moved the cold tier to a second site; no data loss in
  2024.

Pacific Racks Ltda, Valparaíso -- Systems Administrator (01/2018 - 03/2022)

o Moved the archive tier from tape to erasure-coded disks.
o Wrote the capacity planning scripts in Go.


CERTIFICATIONS
==============

- Red Hat RHCE, cert. ID 190-882-441, 2021
- Linux Foundation LFCS, credential ID LF-77Q2, 2019 (recertified 2022)
`;

describe('a plain-text résumé with the name on its first line', () => {
  const { profile } = importMarkdownProfile(typed);

  it('reads the first line as the name and the second as the title', () => {
    expect(profile.identity.name).toBe('Oren Vasquez-Hall');
    expect(profile.identity.title).toBe('Staff Storage Engineer');
  });

  it('splits "Company, City -- Title (dates)" role lines at the double hyphen', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.location, r.start, r.end])).toEqual([
      ['Cobre Data SpA', 'Staff Storage Engineer', 'Santiago', '2022-04', 'present'],
      ['Pacific Racks Ltda', 'Systems Administrator', 'Valparaíso', '2018-01', '2022-03'],
    ]);
  });

  it('joins a wrapped bullet whose sentence carries on into a year', () => {
    expect(profile.roles[0]?.highlights).toEqual([
      'Run the Ceph clusters behind the backup product; cut rebuild time from 9 to 2 hours.',
      'Moved the cold tier to a second site; no data loss in 2024.',
    ]);
  });

  it('reads lines opened by "o" as bullets of the role above', () => {
    expect(profile.roles[1]?.highlights).toEqual([
      'Moved the archive tier from tape to erasure-coded disks.',
      'Wrote the capacity planning scripts in Go.',
    ]);
  });

  it('keeps a certificate number out of its name and says when it was renewed', () => {
    expect(profile.certifications).toEqual([
      { name: 'Red Hat RHCE', year: '2021' },
      { name: 'Linux Foundation LFCS', year: '2019 (recertified 2022)' },
    ]);
  });

  it('takes a "# Résumé" heading for the document\'s title, never the name', () => {
    const titled = importMarkdownProfile(`# Résumé\n\n${typed}`).profile.identity;
    expect([titled.name, titled.title]).toEqual(['Oren Vasquez-Hall', 'Staff Storage Engineer']);
    const headed = importMarkdownProfile(
      '# Curriculum Vitae\n\n# Oren Vasquez-Hall\n\nStaff Storage Engineer\n',
    ).profile.identity;
    expect(headed.name).toBe('Oren Vasquez-Hall');
  });

  it('leaves a document whose first line is a plain sentence without a name', () => {
    expect(() => importMarkdownProfile('Some Notes Here\nabout nothing much\n')).toThrow(
      /no name found/,
    );
  });
});
