import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

// Two jobs, each a head line with its dates on the line under it, one in numbers and one in
// words, and no sentence under either.
const cv = `# Jana Wolska

Freelance Shopify Developer

## Employment history

**Senior Front-end Developer** · Koral Commerce, Gdańsk
2019/06 – 2020/12

**Full-stack Developer** — Pixelfjord Software House, Gdynia
Sept 2016 – May 2019
`;

describe('jobs whose dates stand under their head, written in numbers and in words', () => {
  it('reads each job on its own, never a date as a title', () => {
    const { profile } = importMarkdownProfile(cv);
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Senior Front-end Developer', 'Koral Commerce', '2019-06', '2020-12'],
      ['Full-stack Developer', 'Pixelfjord Software House', '2016-09', '2019-05'],
    ]);
  });
});
