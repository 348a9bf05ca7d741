import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { interestsFromProse } from '../../src/import/prose-interests.ts';

const readme = (banner: string) => `<p align="center">
  ${banner}
</p>

<p align="center">
  <a href="https://www.linkedin.com/in/joana-figueira-dev/"><img src="https://img.shields.io/badge/LinkedIn-0077B5?style=flat-square" alt="LinkedIn" /></a>
</p>

### About me

\`\`\`ts
const joana = {
  role: "Data Engineer @ Vela Analytics",
  location: "Braga, Portugal",
};
\`\`\`

### Talks & other stuff

- _"Backfills without tears"_ · PyData Porto, 2024
- 🏆 Winner, Braga Data Jam 2022 (team Onda)
`;

describe('a README that greets only in its typing banner', () => {
  const typed =
    '<img src="https://readme-typing-svg.demolab.com?lines=Ol%C3%A1%2C+I\'m+Joana+%F0%9F%91%8B;Data+engineer" alt="Typing SVG" />';

  it('reads the typed greeting, though its apostrophe sits inside the quoted address', () => {
    const { profile } = importMarkdownProfile(readme(typed));
    expect(profile.identity.name).toMatch(/^Joana\b/);
  });

  it('completes the first name with the surname of the LinkedIn handle', () => {
    const { profile } = importMarkdownProfile(readme(typed));
    expect(profile.identity.name).toBe('Joana Figueira');
  });

  it('reads a greeting in a centred HTML paragraph, "Olá" as well as "Hi"', () => {
    const { profile } = importMarkdownProfile(readme("Olá, I'm Joana 👋"));
    expect(profile.identity.name).toBe('Joana Figueira');
  });

  it('takes a trophy line among the talks as an award', () => {
    const { profile } = importMarkdownProfile(readme("Olá, I'm Joana 👋"));
    expect(profile.awards.map((a) => a.title)).toEqual(['Winner, Braga Data Jam 2022 (team Onda)']);
    expect(profile.publications.map((p) => p.title)).toEqual(['Backfills without tears']);
  });
});

describe('a handle word that is no surname', () => {
  it('keeps the first name alone', () => {
    const page = readme("Hi, I'm Joana 👋").replace('joana-figueira-dev', 'joana-dev');
    expect(importMarkdownProfile(page).profile.identity.name).toBe('Joana');
  });
});

describe('pastimes told with verbs after "Outside work I"', () => {
  it('reads each verb as the pastime it names', () => {
    expect(
      interestsFromProse(
        'Outside work I swim in the lake all year round (yes, in winter), bake sourdough and ride a tandem on Sunday mornings.',
      ),
    ).toEqual(['swimming in the lake', 'baking sourdough', 'riding a tandem']);
  });

  it('reads no pastime from "I have"', () => {
    expect(interestsFromProse('Outside work I have two kids.')).toEqual([]);
  });
});
