import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/**
 * A GitHub profile README often states the job, the place, the years and the pronouns as emoji
 * bullets under a greeting, each fact inside a sentence or a comma list rather than labelled.
 */
describe('facts told in the emoji bullets of a README header', () => {
  const { profile } = imported(
    [
      '<h1 align="center">Hey there, I\'m Rafa 👋</h1>',
      '<h3 align="center">Compiler nerd who likes fast builds</h3>',
      '',
      "- 🧑‍💻 Staff Platform Engineer in the build tooling group @ **Orchard Robotics** (hybrid; I'm in Porto Alegre, Brazil 🇧🇷)",
      '- 🔭 I tinker with incremental linkers on weekends',
      '- 🎯 12 years of compiler & tooling work, he/him',
      '- 📫 rafa@example.org',
      '',
      '## Experience',
      '',
      '**Tidewater Games** · Build Engineer · 2014 – 2019',
      '- kept the nightly builds green',
    ].join('\n'),
  );

  it('takes the title and the employer from "Title on the team @ Company"', () => {
    expect(profile.identity.title).toBe('Staff Platform Engineer');
    expect(profile.roles[0]).toEqual(
      expect.objectContaining({
        title: 'Staff Platform Engineer',
        company: 'Orchard Robotics',
        end: 'present',
      }),
    );
  });

  it('reads the place from "I\'m in City, Country"', () => {
    expect(profile.identity.location).toBe('Porto Alegre, Brazil');
  });

  it('reads the years from "N years of … work"', () => {
    expect(profile.identity.yearsOfExperience).toBe(12);
  });

  it('reads pronouns written as an item of their own', () => {
    expect(profile.identity.pronouns).toEqual({
      subject: 'he',
      object: 'him',
      possessive: 'his',
    });
  });
});

describe('lines that only look like a header job or pronouns', () => {
  const { profile } = imported(
    [
      '# Noor Valdes',
      '',
      '- Previously Data Engineer @ **Brightwell Foods**',
      '- I pair with my mentor Sam (she/her) on Fridays',
      '- 3 years of work at a bakery before code',
      '',
      'Backend developer.',
    ].join('\n'),
  );

  it('does not take a past job for the title', () => {
    expect(profile.identity.title).not.toBe('Data Engineer');
    expect(profile.roles.map((r) => r.company)).not.toContain('Brightwell Foods');
  });

  it("does not take someone else's bracketed pronouns or a stint's years", () => {
    expect(profile.identity.pronouns.subject).toBe('they');
    expect(profile.identity.yearsOfExperience).toBeUndefined();
  });
});

describe('years told as a clause after the title', () => {
  it('reads "Title, N years in a field" and not "N years in a place"', () => {
    const field = imported('# Ines Palomar\n\nSound designer, 14 years in interactive audio.\n');
    expect(field.profile.identity.yearsOfExperience).toBe(14);
    const place = imported('# Ines Palomar\n\nSound designer, 4 years in Lisbon.\n');
    expect(place.profile.identity.yearsOfExperience).toBeUndefined();
  });
});

describe('a header bullet that tells the jobs before the current one', () => {
  const { profile } = imported(
    [
      '<h1 align="center">Hi 👋, I\'m Tove Lindahl</h1>',
      '<h3 align="center">Sound designer from Malmö, Sweden</h3>',
      '',
      '- 💼 Lead sound designer @ **Ljudverket** (since 2020) · before that audio programmer @ **Norrsken Games** in Umeå (2016–2020) and freelance composer (2014–2016)',
    ].join('\n'),
  );

  it('reads each earlier job with its employer and dates', () => {
    const earlier = profile.roles
      .filter((r) => r.end !== 'present')
      .map((r) => [r.title, r.company, r.start, r.end]);
    expect(earlier).toEqual([
      ['audio programmer', 'Norrsken Games', '2016', '2020'],
      ['composer', 'Freelance', '2014', '2016'],
    ]);
  });

  it('keeps the current job first', () => {
    expect(profile.roles[0]).toMatchObject({ company: 'Ljudverket', end: 'present' });
  });
});
