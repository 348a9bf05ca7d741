import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

// What `pandoc -f latex -t markdown` makes of a moderncv CV: divs, spans, 72-column wrapping,
// multiline tables, footnotes.
const cv = String.raw`::: center
[Radka Veselá]{.smallcaps}\
**Embedded Linux Engineer**

Olomouc, Czech Republic · <radka@example.cz>\
[github.com/rveselova]{.underline}
:::

# Summary

Embedded Linux engineer with seven years of Yocto and kernel work for
industrial gateways. Open to hybrid roles in Moravia.[^1]

# Experience

**Embedded Linux Engineer** \hfill 03/2019 -- present\
[Hanácké Systémy s.r.o.]{.smallcaps}, Olomouc

-   Maintained the Yocto BSP for three ARM gateway boards.

# Skills

  ------------------ --------------------------------------------------
  **Languages**      C, Python, Bash

  **Build**          Yocto (kirkstone, scarthgap), BitBake, CMake
  ------------------ --------------------------------------------------

# Publications

1.  **R. Veselá**, P. Dvořák: *Deterministic Boot Times on ARM Gateways.*
    In: Proceedings of the 30th Conference Radioelektronika 2020, Brno.

# Talks

-   *Read-only root filesystems: lessons from the field.* Embedded Linux
    Conference Europe 2023, Bilbao.

# Languages

[Czech]{.smallcaps} -- native \hfill [English]{.smallcaps} -- fluent
(C1) \hfill [Polish]{.smallcaps} -- basic

[^1]: Notice period: one month.
`;

describe('a CV pandoc converted from LaTeX', () => {
  const { profile } = importMarkdownProfile(cv);

  it('finds the name pandoc kept from the header, and the title under it', () => {
    expect(profile.identity.name).toBe('Radka Veselá');
    expect(profile.identity.title).toBe('Embedded Linux Engineer');
  });

  it('reads the multiline skills table row by row, its brackets whole', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['C', 'Python', 'BitBake', 'CMake']));
    expect(skills.some((s) => /\{|\}|-{3}/.test(s))).toBe(false);
  });

  it('reads the employer without its span markup', () => {
    expect(profile.roles[0]?.company).toMatch(/^Hanácké Systémy s\.r\.o\./);
    expect(profile.roles[0]?.start).toBe('2019-03');
  });

  it('keeps the footnote with the sentence it belongs to', () => {
    expect(JSON.stringify(profile)).toMatch(/Notice period: one month/);
    expect(JSON.stringify(profile)).not.toMatch(/\[\^1\]/);
  });

  it('reads a paper with the owner in bold among the authors, and a wrapped talk title', () => {
    expect(profile.publications.map((p) => [p.kind, p.title])).toEqual([
      ['publication', 'Deterministic Boot Times on ARM Gateways'],
      ['talk', 'Read-only root filesystems: lessons from the field'],
    ]);
  });

  it('splits languages set apart only by dashes', () => {
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ['Czech', 'native'],
      ['English', 'fluent (C1)'],
      ['Polish', 'basic'],
    ]);
  });
});

describe('an employer line with its legal form, its city and what it does', () => {
  it('keeps the city out of the name and the description out of the place', () => {
    const text = cv.replace(
      '[Hanácké Systémy s.r.o.]{.smallcaps}, Olomouc',
      '[Hanácké Systémy s.r.o.]{.smallcaps}, Olomouc \\hfill *Industrial gateways and routers*',
    );
    const [role] = importMarkdownProfile(text).profile.roles;
    expect([role?.company, role?.location, role?.summary]).toEqual([
      'Hanácké Systémy s.r.o.',
      'Olomouc',
      'Industrial gateways and routers',
    ]);
  });
});
