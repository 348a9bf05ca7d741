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
