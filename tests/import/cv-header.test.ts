import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// A plain-text CV: the name in capitals, a postal address, a phone and links on lines of
// their own under the title.
const { profile } = imported(
  [
    'ANA MARIA LEE',
    '=============',
    '',
    'Senior Data Engineer',
    '',
    'Hauptstraße 12/3, 1040 Wien, Austria',
    'Tel.: +43 660 123 4567 | ana.lee@example.com',
    'linkedin.com/in/ana-lee-data | github.com/analee',
    '',
    'PROFILE',
    '-------',
    '',
    'Data engineer with 9 years of experience.',
  ].join('\n'),
);

describe('a plain-text CV header', () => {
  it('writes a name given in capitals as a name is written in a sentence', () => {
    expect(profile.identity.name).toBe('Ana Maria Lee');
  });

  it('takes the city and country of a postal address for the location', () => {
    expect(profile.identity.location).toBe('Wien, Austria');
  });

  it('reads the phone, address and link lines as contact, none of them as the summary', () => {
    expect(profile.contact).toMatchObject({
      email: 'ana.lee@example.com',
      linkedin: 'https://linkedin.com/in/ana-lee-data',
      github: 'https://github.com/analee',
    });
    expect(profile.summary).toEqual(['Data engineer with 9 years of experience.']);
  });
});
