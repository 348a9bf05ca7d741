import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

const RESUME = `# Róisín Kelly (they/them)

### Senior Application Security Engineer

Galway, Ireland · [roisin@example.com](mailto:roisin@example.com)

## Skills

| Area | Tools |
|---|---|
| Cloud | policy-as-code with OPA / Rego, vulnerability management with Nessus and Qualys |

## Experience

**Northwind** — Galway
*Security Engineer, Product Security* | 2019-02 → 2021-08
- Built the secrets-scanning pipeline.

**Contoso** — Cork
*Software Engineer* | 03.2015 – 01.2019
- Java backend work.

## Education

**MSc in Cyber Security** — University College Cork (UCC), 2017–2019 (part-time), First Class Honours

## Languages

English (native), Irish (fluent — Gaeilge, since school), Spanish (B1)
`;

describe('importing a résumé header and entries written in less common ways', () => {
  const { profile } = imported(RESUME);

  it('keeps pronouns written after the name out of the name, and uses them', () => {
    expect(profile.identity.name).toBe('Róisín Kelly');
    expect(profile.identity.pronouns.subject).toBe('they');
  });

  it('takes a smaller heading under the name as the job title', () => {
    expect(profile.identity.title).toBe('Senior Application Security Engineer');
  });

  it('reads arrow and dotted date ranges, and keeps a comma inside a title line', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end])).toEqual([
      ['Northwind', 'Security Engineer, Product Security', '2019-02', '2021-08'],
      ['Contoso', 'Software Engineer', '2015-03', '2019-01'],
    ]);
  });

  it('splits a practice from the tools it is done with', () => {
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(names).toEqual(
      expect.arrayContaining(['policy-as-code', 'OPA', 'Rego', 'Nessus', 'Qualys']),
    );
  });

  it('keeps study notes out of the institution name', () => {
    expect(profile.education[0]?.institution).toBe('University College Cork (UCC)');
  });

  it('reads a language whose level bracket holds a dash', () => {
    expect(profile.languages.map((l) => l.name)).toEqual(['English', 'Irish', 'Spanish']);
  });
});

describe('badges and headline parts', () => {
  it('keeps a badge message that carries on the name, and a headline place ending in a country', () => {
    const { profile } = imported(
      [
        "<h1>Salam, I'm Youssef Amrani</h1>",
        '<h3>Embedded firmware engineer · bare-metal C · Casablanca, Morocco</h3>',
        '',
        '## Tools',
        '![](https://img.shields.io/badge/Yocto-Linux-FCC624) ![](https://img.shields.io/badge/Segger-J--Link-red) ![](https://img.shields.io/badge/Room-DB-green)',
        '',
      ].join('\n'),
    );
    expect(profile.identity.location).toBe('Casablanca, Morocco');
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining(['Yocto Linux', 'Segger J-Link', 'Room']));
    expect(names).not.toContain('Room DB');
  });
});

describe('an about page that gives the title after the name', () => {
  it('reads "Hi, I\'m Name, a Title based in City" into the name, title and place', () => {
    const { profile } = imported(
      "# About me\n\nHi, I'm Nadia Haddad, a Staff Engineering Manager based in Montréal, Québec. I've spent fourteen years building software.\n",
    );
    expect(profile.identity.name).toBe('Nadia Haddad');
    expect(profile.identity.title).toBe('Staff Engineering Manager');
  });
});

describe('the current employer told in prose', () => {
  it('reads "Since 2019 I have been at Company" as the current role with the title', () => {
    const { profile } = imported(
      "# About me\n\nHi, I'm Nadia Haddad, a Staff Engineering Manager based in Montréal, Québec.\n\nSince 2019 I have been at Corvidae Payments, first as Engineering Manager.\n",
    );
    expect(profile.roles[0]).toMatchObject({
      company: 'Corvidae Payments',
      title: 'Staff Engineering Manager',
      start: '2019',
      end: 'present',
    });
  });
});
