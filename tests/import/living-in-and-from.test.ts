import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

const located = (about: string) =>
  importMarkdownProfile(`# Rui Tavares\n\nGameplay Programmer\n\n## About\n\n${about}\n`).profile
    .identity.location;

describe('where someone lives, beside where they come from', () => {
  it('takes the city they live in now, named alone, over the one they come from', () => {
    expect(
      located("I'm a gameplay programmer from Porto, Portugal, living in Montréal since 2019."),
    ).toBe('Montréal');
  });

  it('keeps the place they come from when no other is said', () => {
    expect(located("I'm a gameplay programmer from Porto, Portugal.")).toBe('Porto, Portugal');
  });
});
