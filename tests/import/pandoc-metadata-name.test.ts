import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/** A CV written for Pandoc: the name in its metadata, every section under "#". */
const cv = `---
title: "Marta Kowalska — Embedded Engineer"
author: Marta (Mati) Kowalska
location: Gdańsk, Poland
---

# Summary

Embedded engineer with 8 years in automotive firmware.

# Skills

Languages
:   C, C++

# Patents

- Low-power wake-up circuit for CAN transceivers (PL 234567)

# Other

Licensed radio amateur.
`;

describe('a Pandoc CV named in its metadata', () => {
  const { profile } = importMarkdownProfile(cv);

  it('takes the name from the metadata, not from a "#" section such as "Other"', () => {
    expect(profile.identity.name).toBe('Marta Kowalska');
    expect(profile.identity.title).toMatch(/^Embedded engineer$/i);
  });

  it('reads the patents as publications', () => {
    expect(JSON.stringify(profile.publications)).toMatch(/Low-power wake-up circuit/);
  });
});
