import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

describe('a page export: title in the name heading, a skills table with one skill per row', () => {
  const { profile } = imported(
    [
      '# Mira Santos — Level Designer',
      '',
      '> **TL;DR** — Senior Level Designer at Brightmoor Games in Lisbon. Looking for my next role from **March 2027**.',
      '',
      '## About',
      '',
      "Olá! I'm Mira (she/her). I build levels people remember.",
      '',
      '## Tools',
      '',
      '| Name | Category | Level | Years |',
      '| --- | --- | --- | --- |',
      '| Unity (2022 LTS) | Engine | Expert | 6 |',
      '| Blender | 3D | Advanced | 4 |',
      '| Lua (5.4) | Scripting | Basic | 2 |',
      '',
      '## Work',
      '',
      '- **Brightmoor Games** — Senior Level Designer · Jan 2021 → now · Lisbon',
    ].join('\n'),
  );

  it('splits the name from the title the heading gives with it', () => {
    expect(profile.identity.name).toBe('Mira Santos');
    expect(profile.identity.title).toBe('Level Designer');
  });

  it('reads each table row as one skill in its category, level and years as its note', () => {
    const skills = profile.skills.map((c) => [c.name, c.skills.map((s) => [s.name, s.note])]);
    expect(skills).toEqual([
      ['Engine', [['Unity', 'expert, 6 years']]],
      ['3D', [['Blender', 'advanced, 4 years']]],
      ['Scripting', [['Lua', 'basic, 2 years']]],
    ]);
  });

  it('reads pronouns after the name, availability from the quote and the place from the job', () => {
    expect(profile.identity.pronouns.subject).toBe('she');
    expect(profile.identity.availability).toMatch(/^Looking for my next role from March 2027/);
    expect(profile.identity.location).toBe('Lisbon');
  });
});

describe('a one-heading README of emoji lines', () => {
  const { profile } = imported(
    [
      "### Hi there, I'm Tomás 👋",
      '',
      'Frontend dev at [Corvo Labs](https://corvo.example), where I build booking flows, from Porto, Portugal (remote).',
      '',
      'Stack: Svelte · TypeScript · Vite',
      '',
      '- 🕰️ 7 years of TypeScript in production. Before Corvo I spent 3 years at Lumen Agency, a studio making shop sites, as a web dev',
      '- 🎓 Informatics Engineering at University of Minho, class of 2016',
      '- 🗣️ Portuguese (native) · English (C1) · French (basic)',
    ].join('\n'),
  );

  it('takes the name from a greeting heading, even a single word', () => {
    expect(profile.identity.name).toBe('Tomás');
  });

  it('reads title, place and years from the opening sentences', () => {
    expect(profile.identity.title).toBe('Frontend dev');
    expect(profile.identity.location).toBe('Porto, Portugal');
    expect(profile.identity.yearsOfExperience).toBe(7);
  });

  it('reads both jobs, the study and the spoken languages from their lines', () => {
    expect(profile.roles.map((r) => [r.title, r.company])).toEqual([
      ['Frontend dev', 'Corvo Labs'],
      ['Web dev', 'Lumen Agency'],
    ]);
    expect(profile.education).toEqual([
      expect.objectContaining({
        institution: 'University of Minho',
        field: 'Informatics Engineering',
        end: '2016',
      }),
    ]);
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['Portuguese', 'native'],
      ['English', 'C1'],
      ['French', 'basic'],
    ]);
  });

  it('does not take the stack line or a spent stint for the title or the years', () => {
    expect(profile.identity.title).not.toMatch(/Stack/);
    expect(profile.identity.yearsOfExperience).not.toBe(3);
  });
});
