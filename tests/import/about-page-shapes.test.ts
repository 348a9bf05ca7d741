import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

// A personal site's About page, as static-site generators render them from markdown.
const page = `+++
title = "About"
+++

{{< figure src="/img/me.jpg" alt="Me at a desk"
  caption="At work, 2024." >}}

Hello! I'm **Oskari Rantanen**, a cartographer on the maps team at
[Lapin Kansa](https://example.org/lapin), the regional paper in Rovaniemi, Finland.

## What I do

- web maps in **Leaflet** and **MapLibre GL**, written in TypeScript
- analysis in **Python** with GeoPandas; SQL against our PostgreSQL archive
- map layouts

{% include footer.html %}

## Talks

Maps Meetup Oulu, 2024
: *Snow maps that load on a phone*

Kartta-päivät, Helsinki, 2025
: *Shaded relief for news*

I work in Finnish and English, and get by in Swedish and Northern Sami.
`;

describe('an About page from a static-site generator', () => {
  const imported = importMarkdownProfile(page);
  const profile = imported.profile;
  const text = JSON.stringify(profile);

  it('drops template tags standing on their own lines and says so', () => {
    expect(text).not.toContain('{{<');
    expect(text).not.toContain('{%');
    expect(imported.notes.join('\n')).toMatch(/Template tags → 2 removed/);
  });

  it('keeps a sentence whole when a link carries it onto the next line', () => {
    expect(profile.summary).toContainEqual(
      expect.stringContaining('on the maps team at Lapin Kansa, the regional paper'),
    );
  });

  it('reads the tools that the sentences of a "What I do" list name as skills', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(
      expect.arrayContaining(['Leaflet', 'TypeScript', 'Python', 'PostgreSQL']),
    );
  });

  it('pairs a definition list term with its definition: one talk each', () => {
    expect(profile.publications.map((p) => [p.title, p.venue, p.date])).toEqual([
      ['Snow maps that load on a phone', 'Maps Meetup Oulu', '2024'],
      ['Shaded relief for news', 'Kartta-päivät, Helsinki', '2025'],
    ]);
  });

  it('reads the spoken languages from the owner sentence under the talks', () => {
    expect(profile.languages.map((l) => l.name)).toEqual(
      expect.arrayContaining(['Finnish', 'English', 'Swedish']),
    );
  });
});

describe('a job named by one word under the name', () => {
  it('is the title when nothing else names one', () => {
    const profile = importMarkdownProfile(
      '# Aila Korhonen\n\nStatistician\n\nSurvey weighting and small-area estimates since 2015.\n',
    ).profile;
    expect(profile.identity.title).toBe('Statistician');
  });

  it('gives way to a title the roles name', () => {
    const profile = importMarkdownProfile(
      '# Aila Korhonen\n\nWinchester\n\n## Experience\n\n### Data Analyst — Hampshire Council\n2019 – present\n',
    ).profile;
    expect(profile.identity.title).toBe('Data Analyst');
  });
});

describe('a plain-text CV whose title is one job word', () => {
  it('reads the first line as the name when the next one names the job', () => {
    const profile = importMarkdownProfile(
      'Aila Korhonen\nStatistician\n\nSurvey weighting and small-area estimates since 2015.\n',
    ).profile;
    expect([profile.identity.name, profile.identity.title]).toEqual([
      'Aila Korhonen',
      'Statistician',
    ]);
  });
});

describe('a plain-text CV opened by a name in capitals and a contact line', () => {
  const cv = [
    'MARTA KOWALCZYK',
    'marta@kowalczyk.example | +48 600 100 200 | github.com/mkowal',
    '',
    'SUMMARY',
    '',
    'Backend engineer with 7 years of experience in Go and PostgreSQL.',
    '',
    'EXPERIENCE',
    '',
    'Senior Backend Engineer, Wisla Pay, Krakow (2021 - present)',
    '',
  ].join('\n');

  it('reads the name, the contact line and the sections typed in capitals', () => {
    const imported = importMarkdownProfile(cv);
    expect(imported.profile.identity.name.toLowerCase()).toBe('marta kowalczyk');
    expect(imported.profile.contact.email).toBe('marta@kowalczyk.example');
    expect(imported.profile.roles.map((r) => r.company)).toEqual(['Wisla Pay']);
  });
});
