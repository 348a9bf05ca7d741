import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

describe('an academic CV', () => {
  const { profile } = imported(
    [
      '# Rosa Lindgren, Ph.D.',
      '',
      '**Staff Research Scientist — Speech Recognition**',
      'Auralis Labs · Vasagatan 12, 111 20 Stockholm, Sweden',
      '',
      'Research scientist with 12 years in speech processing: a PhD at KTH, then 6+ years in industry',
      'training acoustic models that ship in phones.',
      '',
      '## Education',
      '',
      '**Ph.D., Electrical Engineering (Speech)**, Royal Institute of Technology (KTH), Sweden, 2010 – 2014',
      '',
      '## Research experience',
      '',
      '**Staff Research Scientist**, Auralis Labs, Stockholm, Sweden — Jan 2020 – present',
      '- Led the on-device recognition team.',
      '',
      '## Skills',
      '',
      'Languages: Python, C++; Frameworks: PyTorch, Kaldi (legacy, PhD era); Tools: Docker, Weights &amp;',
      'Biases, Slurm',
      '',
      'Spoken languages: Swedish (native), English (fluent)',
    ].join('\n'),
  );

  it('reads the name without its degree, and the place from the postal address', () => {
    expect(profile.identity.name).toBe('Rosa Lindgren');
    expect(profile.identity.location).toBe('Stockholm, Sweden');
  });

  it('takes the years the title states, not the industry years after them', () => {
    expect(profile.identity.yearsOfExperience).toBe(12);
  });

  it('reads the field before the school of a degree line', () => {
    expect(profile.education).toEqual([
      expect.objectContaining({
        institution: 'Royal Institute of Technology (KTH), Sweden',
        degree: 'Ph.D.',
        field: 'Electrical Engineering (Speech)',
      }),
    ]);
  });

  it('reads a "Research experience" section as jobs', () => {
    expect(profile.roles.map((r) => [r.title, r.company])).toEqual([
      ['Staff Research Scientist', 'Auralis Labs'],
    ]);
  });

  it('reads each labelled group of one wrapped line as its own category', () => {
    expect(profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)])).toEqual([
      ['Languages', ['Python', 'C++']],
      ['Frameworks', ['PyTorch', 'Kaldi']],
      ['Tools', ['Docker', 'Weights & Biases', 'Slurm']],
    ]);
  });

  it('files a spoken-languages line under Skills as spoken languages', () => {
    expect(profile.languages).toEqual([
      { name: 'Swedish', proficiency: 'native' },
      { name: 'English', proficiency: 'fluent' },
    ]);
  });
});
