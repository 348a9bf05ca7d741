import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** The shape a popular profile-README generator writes: HTML headings over rows of icons. */
const { profile } = imported(
  [
    '<h1 align="center">Hi 👋, I\'m Inés Barros</h1>',
    '<h3 align="center">Creative technologist from Valparaíso, Región de Valparaíso, Chile 🇨🇱 — light, sound and code</h3>',
    '',
    '- 🔭 I’m currently working on **[Marea](https://github.com/ibarros/marea)**',
    '- 📫 How to reach me **ines@example.org**',
    '',
    '### Languages',
    '',
    'Español (native) · English (fluent) · un poquito de Deutsch',
    '',
    '### Repos',
    '',
    '| repo | what |',
    '|---|---|',
    '| [marea](https://github.com/ibarros/marea) | tides into light |',
    '| [hilo](https://github.com/ibarros/hilo) | textile patterns |',
    '',
    '<h3 align="left">Connect with me:</h3>',
    '<p align="left">',
    '<a href="https://instagram.com/ines.luz" target="blank"><img align="center" src="https://raw.githubusercontent.com/rahuldkjain/github-profile-readme-generator/master/src/images/icons/Social/instagram.svg" alt="ines.luz" height="30" width="40" /></a>',
    '</p>',
    '',
    '<h3 align="left">Languages and Tools:</h3>',
    '<p align="left"> <a href="https://www.python.org" target="_blank" rel="noreferrer"> <img src="https://cdn.jsdelivr.net/gh/devicons/devicon/icons/python/python-original.svg" alt="python" width="40" height="40"/> </a> <a href="https://www.blender.org/" target="_blank" rel="noreferrer"> <img src="https://download.blender.org/branding/community/blender_community_badge_white.svg" alt="blender" width="40" height="40"/> </a> <a href="https://www.arduino.cc/" target="_blank" rel="noreferrer"> <img src="https://cdn.worldvectorlogo.com/logos/arduino-1.svg" alt="arduino" width="40" height="40"/> </a> </p>',
  ].join('\n'),
);

describe('a README made with a profile generator', () => {
  it('reads each icon under an HTML "Languages and Tools" heading as a skill', () => {
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name.toLowerCase()));
    expect(names).toEqual(expect.arrayContaining(['python', 'blender', 'arduino']));
  });

  it('does not take the tools’ home pages for contact links', () => {
    const urls = JSON.stringify(profile.contact);
    expect(urls).not.toContain('python.org');
    expect(urls).not.toContain('blender.org');
    expect(urls).toContain('instagram.com/ines.luz');
  });

  it('takes the account, not a repository, as the GitHub link', () => {
    expect(profile.contact.github).toBe('https://github.com/ibarros');
  });

  it('reads a job noun such as "technologist" and a three-part place in the tagline', () => {
    expect(profile.identity.title).toBe('Creative technologist');
    expect(profile.identity.location).toBe('Valparaíso, Región de Valparaíso, Chile');
  });

  it('reads a level said before the language', () => {
    expect(profile.languages).toContainEqual({ name: 'Deutsch', proficiency: 'un poquito de' });
  });
});
