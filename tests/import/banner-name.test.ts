import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

describe("a README whose only greeting is a banner image's text", () => {
  it('names the owner from the banner, the surname from the profile link', () => {
    const { profile } = importMarkdownProfile(`<p align="center">
  <img src="https://capsule-render.vercel.app/api?type=waving&height=160&text=oi,%20I'm%20Lia%20👋&fontSize=42" alt="header banner" />
</p>

<p align="center"><a href="https://www.linkedin.com/in/lia-moreno/">LinkedIn</a></p>

### about me

Senior mobile engineer, **7 years** shipping apps.

### tools

React Native, Kotlin
`);
    expect(profile.identity.name).toBe('Lia Moreno');
  });

  it('still fails clearly when nothing names the owner', () => {
    expect(() => importMarkdownProfile('### about me\n\nI build apps.\n')).toThrow(/no name found/);
  });
});
