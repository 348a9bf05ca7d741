import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// An invented "who wants to be hired?" comment saved into markdown: the post's title as the
// heading, the labelled lines indented as preformatted text, then the owner's story in prose.
const post = [
  '# Seeking work (April 2026): my comment',
  '',
  '*saved from a forum thread, posted by* **akorhonen_dev**',
  '',
  '    Location: Oulu, Finland',
  '    Remote: Yes, strongly prefer it (EET, happy to overlap with US mornings)',
  '    Willing to relocate: No, family reasons. Short onsite trips are fine.',
  '    Technologies: Rust, Go, PostgreSQL, Kafka, Terraform',
  '    Email: hi [at] akorhonen.example.dev',
  '',
  "Hi! I'm Aino Korhonen, a backend / storage engineer with about 8 years of professional experience. I speak Finnish, English and some Swedish.",
  '',
  "Most recently (2022–present) I've been a Staff Engineer at Revontuli Data, a metrics startup out of Helsinki.",
  '',
  'Before that, 2018-2022, I was a Software Engineer (later Senior) at Pohjola Payments in Espoo, where I owned the ledger service.',
  '',
  'Education: MSc in Computer Science, University of Oulu (2018). Offline I do orienteering, bake way too much rye bread and spend too much time bouldering.',
].join('\n');

describe('a hiring post saved under its own title', () => {
  const { profile } = imported(post);

  it('reads the preformatted labelled lines one by one: place, skills, e-mail', () => {
    expect(profile.identity.location).toBe('Oulu, Finland');
    expect(profile.contact.email).toBe('hi@akorhonen.example.dev');
    const skills = profile.skills.flatMap((group) => group.skills.map((skill) => skill.name));
    expect(skills).toEqual(expect.arrayContaining(['Rust', 'Go', 'PostgreSQL', 'Kafka']));
  });

  it('keeps the words the owner introduces herself with as the headline beside the job title', () => {
    expect(profile.identity.title).toBe('Staff Engineer');
    expect(profile.identity.headline).toBe('Backend / storage engineer');
    expect(profile.identity.yearsOfExperience).toBe(8);
    expect(profile.identity.name).toBe('Aino Korhonen');
  });

  it('reads a past job whose title carries an aside before its employer', () => {
    const roles = profile.roles.map((role) => `${role.title} @ ${role.company}`);
    expect(roles).toContain('Software Engineer @ Pohjola Payments');
    expect(profile.roles.find((role) => role.company === 'Pohjola Payments')?.start).toBe('2018');
  });

  it('reads the degree a label names inside the prose, and the pastimes after "Offline"', () => {
    expect(profile.education[0]).toMatchObject({
      institution: 'University of Oulu',
      degree: 'MSc',
      end: '2018',
    });
    expect(profile.interests.map((interest) => interest.name)).toEqual([
      'orienteering',
      'baking rye bread',
      'bouldering',
    ]);
  });

  it('reads the spoken languages of the introduction', () => {
    expect(profile.languages.map((language) => language.name)).toEqual(
      expect.arrayContaining(['Finnish', 'English', 'Swedish']),
    );
  });
});
