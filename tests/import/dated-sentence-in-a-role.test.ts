import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

describe('a sentence under a dated job heading that opens with a date', () => {
  it("stays the job's text, not dropped as a line of dates", () => {
    const { profile } = importMarkdownProfile(`# Ines Varga

Gameplay Programmer

## Experience

### Senior Gameplay Programmer @ Harbour Games, Lisbon (2019 — now)
Studio of about 40 people. Since 2022 I lead the "AI pod", a small team of 4 programmers.
`);
    expect(profile.roles[0]?.start).toBe('2019');
    expect(profile.roles[0]?.summary).toMatch(/Since 2022 I lead the "AI pod", a small team of 4/);
  });
});
