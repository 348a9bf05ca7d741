import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// A personal site's about page: the facts sit in sentences and in a contact list under a
// heading of the owner's choosing.
const { profile } = imported(
  [
    '# About',
    '',
    "Hi, I'm Ana Lee (she/her). I'm a machine learning engineer at Acme Robotics in Lyon,",
    'where I teach robots to grasp things.',
    '',
    '## Experience',
    '',
    '### Staff ML Engineer — Acme Robotics',
    '*2021 – present* · Lyon, France',
    '',
    'I lead the perception team.',
    '',
    '## Languages',
    '',
    'Català (native) · English (C1) · Deutsch (A2, sorry)',
    '',
    '## Elsewhere',
    '',
    "I'm not looking for a new role right now.",
    '',
    "- Email: ana [at] analee [dot] fr (or `ana@analee.fr` if you're not a bot)",
    '- GitHub: [github.com/analee](https://github.com/analee)',
    '- Mastodon: [@ana@example.social](https://example.social/@ana)',
  ].join('\n'),
);

describe('an about page of a personal site', () => {
  it('takes the current role for the title the intro names loosely, and its city', () => {
    expect(profile.identity.title).toBe('Staff ML Engineer');
    expect(profile.identity.location).toBe('Lyon, France');
  });

  it('reads labelled ways to reach the owner under any heading, a spelled-out address too', () => {
    expect(profile.contact.email).toBe('ana@analee.fr');
    expect(profile.contact.github).toBe('https://github.com/analee');
    expect(profile.contact.other.map((o) => o.url)).toEqual(['https://example.social/@ana']);
    expect(profile.identity.availability).toBe('Not looking for a new role right now');
  });

  it('takes a list of languages with levels for spoken languages, names it does not know too', () => {
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['Català', 'native'],
      ['English', 'C1'],
      ['Deutsch', 'A2, sorry'],
    ]);
  });
});

it('reads "name [at] domain [dot] tld" as an email address', () => {
  const { profile: spelled } = imported(
    '# Ana Lee\nData engineer\n\n## Contact\n\n- Email: ana [at] analee [dot] fr\n- Site: analee.fr\n',
  );
  expect(spelled.contact.email).toBe('ana@analee.fr');
});

it('reads a "Tools I reach for: …" paragraph of the intro as a skills list', () => {
  const { profile: tools } = imported(
    [
      '# Ana Lee',
      'ML Engineer',
      '',
      'Most of my day is PyTorch, plus some C++.',
      '',
      'Tools I reach for: PyTorch, JAX (when I need to vmap something), Hydra for configs,',
      'Weights & Biases, ROS 2, and a very battered copy of *Probabilistic Robotics*.',
    ].join('\n'),
  );
  expect(tools.skills.map((c) => [c.name, c.skills.map((s) => s.name)])).toEqual([
    ['Tools I reach for', ['PyTorch', 'JAX', 'Hydra', 'Weights & Biases', 'ROS 2']],
    ['Skills', ['C++']],
  ]);
});
