import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// An invented "about" page of a static site: front matter with a list of social links, prose
// hard-wrapped at 100 columns, a timeline shortcode, and the jobs told as paragraphs.
const page = `---
title: "About"
author: "Ilona Varga"
social:
  - name: GitHub
    url: https://github.com/ivarga
  - name: Mastodon
    url: https://hachyderm.io/@ilona
---

Hi, I'm Ilona. I'm a platform engineer, which mostly means I keep build systems and clusters
boring for the people who ship product. I've been doing this for about nine years, mostly in Go.

I grew up in Pécs, studied in Budapest for a few years, went to Graz for a while, and since 2021
I've lived in Tallinn, Estonia, with two bikes and far too many plants.

{{< timeline >}}
{{< timeline-item year="2015" >}}BSc in Computer Engineering, Budapest University of Technology. First job.{{< /timeline-item >}}
{{< /timeline >}}

## Work

From 2015 to 2019 I was a build engineer at Korall Games, a mobile studio in Budapest. I moved
the studio's builds from Jenkins to Bazel and cut release builds from two hours to twenty minutes.

Since 2019 I've been a senior platform engineer at Northwind Freight, a logistics company. I run
the Kubernetes clusters and the internal developer portal.

## Elsewhere

The easiest way to reach me is email: ilona@varga.example. I answer within a week.
`;

describe('a personal site’s about page told in prose', () => {
  const { profile } = imported(page);

  it('reads each job told as a paragraph: title, employer and years', () => {
    expect(profile.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual(
      expect.arrayContaining([
        ['Build engineer', 'Korall Games', '2015', '2019'],
        ['Senior platform engineer', 'Northwind Freight', '2019', 'present'],
      ]),
    );
    expect(profile.identity.title).toMatch(/platform engineer/i);
    const korall = profile.roles.find((r) => r.company === 'Korall Games');
    expect(korall?.summary).toMatch(/from Jenkins to Bazel/);
  });

  it('takes the home the owner has lived in since, across a wrapped line', () => {
    expect(profile.identity.location).toBe('Tallinn, Estonia');
    expect(profile.summary.join('\n')).toMatch(/since 2021 I've lived in Tallinn/);
  });

  it('keeps a timeline entry’s text with its year, and reads the degree it names', () => {
    expect(profile.education).toEqual([
      expect.objectContaining({
        degree: 'BSc',
        field: 'Computer Engineering',
        institution: 'Budapest University of Technology',
        end: '2015',
      }),
    ]);
  });

  it('takes the links of the front matter’s list and the address the prose offers', () => {
    expect(profile.contact.github).toBe('https://github.com/ivarga');
    expect(profile.contact.other).toEqual([
      { label: 'Mastodon', url: 'https://hachyderm.io/@ilona' },
    ]);
    expect(profile.contact.email).toBe('ilona@varga.example');
  });
});
