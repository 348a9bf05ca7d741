import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { settleUniqueIds } from '../../src/import/unique-id.ts';

const imported = (markdown: string) => importMarkdownProfile(markdown).profile;

describe('the owner of a page with no name heading', () => {
  it('finds the name in an introduction below a figure, and the title beside it', () => {
    const page = `+++
title = "About"
description = "Photos, charts and notes."
[params]
  toc = false
+++

{{< figure src="/me.jpg" alt="Me at the desk" >}}

Moi! I'm **Kaisu Mäkelä** (she/her), a cartography developer on the maps desk at
[Savon Uutiset](https://example.org), the daily in Kuopio.

## What I do

I draw election maps in D3 and Svelte.
`;
    const profile = imported(page);
    expect(profile.identity.name).toBe('Kaisu Mäkelä');
    expect(profile.identity.title).toBe('Cartography developer');
    expect(profile.identity.pronouns.subject).toBe('she');
  });

  it('reads the name of Hugo front matter written in TOML', () => {
    const page = `+++
title = "Kaisu Mäkelä"
+++

## About

Cartography developer. I draw election maps in D3.
`;
    expect(imported(page).identity.name).toBe('Kaisu Mäkelä');
  });

  it('takes the first line of a copied profile page, with its nickname and pronoun line', () => {
    const page = `Lin Wei-Ting (Vivian)
 She/Her
ABAP Developer | SAP S/4HANA · Fiori

Tainan, Taiwan · Contact info

About
I have been writing ABAP for 8 years.
`;
    const profile = imported(page);
    expect(profile.identity.name).toBe('Lin Wei-Ting (Vivian)');
    expect(profile.identity.title).toBe('ABAP Developer');
  });

  it('finds a name typed in capitals in the first line of a table cell', () => {
    const page = `| | |
|:---:|:---|
| <img src="me.jpg" alt="me"> | **TJAŠA KOVAČ**<br>Smart Contract Engineer · Solidity<br>📍 Maribor, Slovenia |

### Experience

| Period | Company | Role |
|---|---|---|
| 2021 – now | Dravska Labs | Smart Contract Engineer |
`;
    expect(imported(page).identity.name).toBe('Tjaša Kovač');
  });
});

describe('ids of the groups an import makes', () => {
  it('are made unique in order, the first keeping its own', () => {
    const groups = [{ id: 'skills' }, { id: 'backend' }, { id: 'skills' }, { id: 'skills' }];
    settleUniqueIds(groups);
    expect(groups.map((g) => g.id)).toEqual(['skills', 'backend', 'skills-2', 'skills-3']);
  });
});

describe('a greeting heading whose tail starts with "I"', () => {
  it('keeps the "I" out of the name and takes the surname from the front matter', () => {
    const page = `---
title: "Ilse Varga — Freelance iOS developer"
---

# Hi, I'm Ilse 👋 I build calm apps for busy people.

**Freelance iOS developer** · Swift · SwiftUI

## Services

- App rescue for old Objective-C code bases.
`;
    expect(imported(page).identity.name).toBe('Ilse Varga');
  });
});
