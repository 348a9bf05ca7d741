import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

// A freelancer's marketplace page copied into markdown: a rate in the headline, client reviews
// quoted under each engagement, jobs with their dates on a line of their own, an exchange year.
const page = `# Zofia Krawczyk

## Shopify Developer | Liquid · Hydrogen — $70/hr

⭐ **Top Rated** · 💼 51 jobs

## Work history

**Theme rebuild** — *Lumen Skin Ltd (UK)*
Mar 2023 – Present · Hourly
> "Zofia is the reason our site stopped falling over on Black Friday." — Head of E-commerce

## Employment history

**Senior Front-end Developer** · Koral Commerce, Gdańsk
2019/06 – 2020/12
Shopify agency; led theme work for ~30 merchants, mentored 2 juniors.

**Full-stack Developer** — Pixelfjord Software House, Gdynia
Sept 2016 – May 2019
PHP (Laravel) and Vue.js for logistics clients, later moved to React.

## Education

**MSc Computer Science** — Gdańsk University of Technology, 2014 – 2016
Erasmus exchange semester — Universität Hamburg, 2013/14
`;

const { profile } = importMarkdownProfile(page);

describe('a marketplace profile', () => {
  it('keeps the headline under the name whole, rate and all', () => {
    expect(profile.identity.title).toBe('Shopify Developer');
    expect(profile.identity.headline).toContain('$70/hr');
    // The badge line the headline displaced is kept as text, not lost.
    expect(profile.summary.join(' ')).toContain('Top Rated');
  });

  it('takes no client review for a job of the owner', () => {
    expect(profile.roles.map((r) => r.title)).not.toContain('Head of E-commerce');
    expect(profile.roles.every((r) => !/^["“]/.test(r.company))).toBe(true);
  });

  it('keeps the sentence under a job whose dates stand on their own line', () => {
    const job = profile.roles.find((r) => r.company === 'Pixelfjord Software House');
    expect(job?.summary).toContain('Vue.js');
  });

  it('reads "2013/14" as an academic year', () => {
    const exchange = profile.education.find((e) => /Hamburg/.test(e.institution));
    expect(exchange).toMatchObject({ start: '2013', end: '2014' });
    expect(exchange?.institution).not.toMatch(/\/14/);
  });
});
