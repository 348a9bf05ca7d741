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

describe('a bold dated job line with its story on the next line of the paragraph', () => {
  const { profile } = importMarkdownProfile(`# Rosa Quintero

Developer Advocate

## Experience

**Lumen Data** — Staff Developer Advocate (2022–present), Developer Advocate (2020–2022)
Lumen is a managed database. I lead a DevRel team of three and run the community forum.

**Kestrel Pay**, Bogotá — Software Engineer → Senior Software Engineer (2014–2020)
Payments APIs in Python, internal SDKs in TypeScript.
`);

  it("keeps each story as its job's text, however long the line above it", () => {
    expect(profile.roles.map((r) => r.company)).toEqual(['Lumen Data', 'Kestrel Pay']);
    expect(profile.roles[0]?.summary).toMatch(/I lead a DevRel team of three/);
    expect(profile.roles[1]?.summary).toBe('Payments APIs in Python, internal SDKs in TypeScript.');
    expect(profile.roles[1]?.title).not.toMatch(/Payments/);
  });

  it('takes the title held last, and tells the one before', () => {
    expect(profile.roles[0]?.title).toBe('Staff Developer Advocate');
    expect(profile.roles[0]?.start).toBe('2022');
    expect(profile.roles[0]?.summary).toMatch(/Before that: Developer Advocate \(2020–2022\)/);
  });
});

describe('a table of jobs with a column that tells what was done', () => {
  it("keeps that column as the job's text", () => {
    const { profile } = importMarkdownProfile(`# Lia Moreno

Mobile Engineer

## Where I've worked

| Company | Role | Years | What I did |
|---|---|---|---|
| Pagali | Mobile Engineer | 2019 – 2022 | Built the wallet app and its design system. |
`);
    expect(profile.roles[0]?.summary).toBe('Built the wallet app and its design system.');
  });
});
