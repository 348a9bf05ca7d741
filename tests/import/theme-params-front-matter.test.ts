import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/**
 * An invented Hugo about page whose theme keeps the owner's facts under `params`: name, role,
 * pronouns, place, links and a skills list, none of them repeated in the body.
 */
const page = `---
title: "About"
date: 2024-03-02T10:14:00+00:00
menu:
  main:
    name: "About"
    weight: 20
params:
  name: "Saoirse Ní Bhriain"
  role: "Principal Firmware Engineer"
  location: "Galway, Ireland"
  pronouns: "she/her"
  email: "hello@saoirse.example"
  social:
    github: "https://github.com/saoirse-fw"
  skills:
    - C
    - Zephyr RTOS
    - JTAG / SWD debugging
---

Dia duit! I write the code closest to the metal: bootloaders, drivers and radio stacks.

## Talks

- *Rust on small parts* — Embedded World, 2023
`;

describe('a site theme that keeps the owner under front-matter params', () => {
  const { profile } = imported(page);

  it('finds the name, title, pronouns and place in the nested map', () => {
    expect(profile.identity.name).toBe('Saoirse Ní Bhriain');
    expect(profile.identity.title).toBe('Principal Firmware Engineer');
    expect(profile.identity.pronouns?.subject).toBe('she');
    expect(profile.identity.location).toBe('Galway, Ireland');
  });

  it('reads the links of a map inside the map', () => {
    expect(profile.contact.email).toBe('hello@saoirse.example');
    expect(profile.contact.github).toBe('https://github.com/saoirse-fw');
  });

  it('reads a front-matter skills list as skills', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['C', 'Zephyr RTOS']));
    expect(skills.some((s) => /JTAG/.test(s))).toBe(true);
  });
});
