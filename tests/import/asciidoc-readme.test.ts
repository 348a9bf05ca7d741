import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// A GitHub profile README written in AsciiDoc: header attributes used later as references,
// badges, an admonition, tables with and without a header row, a listing and comments.
const readme = [
  '= Aiyana Whitehorse',
  ':toc: macro',
  ':icons: font',
  ':mastodon: https://fosstodon.org/@aiyana',
  ':repo: https://github.com/awhitehorse',
  '',
  'image:https://img.shields.io/badge/Rust-1.80-orange[Rust]',
  '',
  'Embedded developer in *Winnipeg, Canada*, writing firmware for farm sensors.',
  '',
  'TIP: Available for contract work from *March 2027*.',
  '',
  'toc::[]',
  '',
  '== Skills',
  '',
  '[cols="1,2",options="header"]',
  '|===',
  '|Area |Tools',
  '',
  '|Firmware',
  '|Embassy, Zephyr RTOS, FreeRTOS',
  '',
  '|Radio',
  '|LoRaWAN, Thread',
  '|===',
  '',
  '== Projects',
  '',
  '[cols="1,3"]',
  '|===',
  '|link:{repo}/soil-probe[soil-probe] |Solar soil moisture probe on an nRF52',
  '|link:{repo}/grain-bin[grain-bin] |Temperature cables for grain bins',
  '|===',
  '',
  '[source,toml]',
  '----',
  '[dependencies]',
  'soil-probe = "0.4"',
  '----',
  '',
  '== Experience',
  '',
  '=== Firmware Engineer @ Prairie Sensing (Jan 2021 – present)',
  '',
  '* Ported the probe firmware from C to Rust',
  '** cut wake-up current by half',
  '',
  '// TODO mention the hackathon once results are out',
  '',
  '== Contact',
  '',
  '* {mastodon}[Mastodon]',
  '* mailto:aiyana@example.org[aiyana@example.org]',
].join('\n');

describe('a profile README written in AsciiDoc', () => {
  const { profile } = imported(readme);
  const skills = profile.skills.flatMap((g) => g.skills.map((s) => s.name));

  it('takes the name from the document title and the availability from an admonition', () => {
    expect(profile.identity.name).toBe('Aiyana Whitehorse');
    expect(profile.identity.availability).toMatch(/March 2027/);
    expect(profile.identity.availability).not.toMatch(/TIP|\*/);
  });

  it('reads every tool of a table with a header row as a skill', () => {
    expect(skills).toEqual(
      expect.arrayContaining(['Embassy', 'Zephyr RTOS', 'FreeRTOS', 'LoRaWAN', 'Thread']),
    );
  });

  it('reads the rows of a table without a header as projects, links resolved', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(
      expect.arrayContaining(['soil-probe', 'grain-bin']),
    );
    expect(JSON.stringify(profile.projects)).toContain('https://github.com/awhitehorse/soil-probe');
  });

  it('reads a role from a section heading, and links from attribute references', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start])).toEqual([
      ['Firmware Engineer', 'Prairie Sensing', '2021-01'],
    ]);
    expect(profile.contact.email).toBe('aiyana@example.org');
    expect(JSON.stringify(profile.contact)).toContain('https://fosstodon.org/@aiyana');
  });

  it('leaves out comments, directives and attribute lines', () => {
    const kept = JSON.stringify(profile);
    for (const remnant of [
      'TODO',
      'hackathon',
      'toc::',
      ':icons:',
      '{repo}',
      '{mastodon}',
      'link:',
    ])
      expect(kept).not.toContain(remnant);
  });

  it('titles a list with a block title, and keeps a paragraph that opens with ".NET"', () => {
    const doc = [
      '= Ravi Menon',
      ':experimental:',
      '',
      'Backend Engineer | C# | Azure',
      '',
      '.NET developer in Pune, India, building Azure services since 2015.',
      '',
      '== Languages',
      '',
      '.Spoken',
      '* Hindi (native)',
      '* English (fluent)',
    ].join('\n');
    const { profile: ravi } = imported(doc);
    expect(JSON.stringify(ravi)).toContain('.NET developer in Pune');
    expect(ravi.languages.map((l) => l.name)).toEqual(['Hindi', 'English']);
  });
});
