import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

// A README written as a letter: a views counter under the name, every fact in a sentence.
const letter = `<!-- hi, if you're reading the raw markdown: also hi -->

# Aurelie Brandt — Senior Analytics Engineer

![profile views](https://komarev.com/ghpvc/?username=aurelie-b&color=blueviolet)

## Hello

I'm Aurelie. I moved to Ghent in 2019 and have been based here ever since, a short walk
from the Korenmarkt.

## Where I've been

Since 2022 I've been a Senior Analytics Engineer at Velomarkt, a bike-parts marketplace.

My first job out of university was Junior BI Developer at Scheldt Insights, a small
consultancy in Antwerp, from Sept 2016 untill mid-2019. Lots of reporting for lots of
different clients.

## Awards

- Flemish Data Fellowship (2020–2021)
`;

const { profile } = importMarkdownProfile(letter);

describe('a README written as a letter', () => {
  it('reads the name from the heading a profile-views counter stands under', () => {
    expect(profile.identity.name).toBe('Aurelie Brandt');
    expect(profile.identity.title).toBe('Senior Analytics Engineer');
  });

  it('takes the town moved to and lived in since as the location', () => {
    expect(profile.identity.location).toBe('Ghent');
  });

  it('reads a first job told as "my first job … was X at Y", its end year kept', () => {
    const first = profile.roles.find((r) => r.company === 'Scheldt Insights');
    expect(first).toMatchObject({ title: 'Junior BI Developer', start: '2016-09', end: '2019' });
    // Nothing of the sentence after the employer becomes its name, and no job stays open.
    expect(profile.roles.every((r) => r.company.split(/\s+/).length <= 3)).toBe(true);
  });

  it('keeps a span of years beside an award whole, out of its title', () => {
    expect(profile.awards).toContainEqual({ title: 'Flemish Data Fellowship', date: '2020–2021' });
  });
});
