import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

const page = `---
title: "About — Ines Marlow"
---

import Timeline from '../components/Timeline.astro'
import Stack from '../components/Stack.astro'
import { Link } from '../components/Link'

# Hi, I'm Ines

I'm a **Staff Android Engineer**. I live in Leith, a district of Edinburgh, Scotland, with two
very patient ferrets.

<Callout type="info">
  Busy at Heronry right now and not actively looking — but I'm open to a chat about principal roles from spring 2027.
</Callout>

## What I use

<Stack tools={[
  'Kotlin', 'Jetpack Compose',
  'Gradle', 'Room'
]} />

## Where I've worked

<Timeline items={[
  { year: '2022–now', company: 'Heronry', role: 'Staff Android Engineer' },
  { year: '2017–2022', company: 'Quayside Insurance', role: 'Android Developer' },
]} />

**Heronry** (travel, Series A) — I lead the offline maps work and mentor four engineers.

**Quayside Insurance** — Built the claims app that policyholders use after a car accident.

## Projects

- **<Link href="https://github.com/imarlow/ferry">Ferry</Link>** — a small
  Kotlin library for retrying uploads. Built with Kotlin and OkHttp.

## Talks

I gave a talk called *"Maps Without Signal"* at /droidcon/2024 in Berlin, and a lightning
talk, *"Compose at Scale"*, at Edinburgh Android in 2023.

## Education

BSc (Software Engineering), University of Dundee, 2016. I also did the **Associate Android
Developer** certification back in 2018, which was mostly about testing.

## Outside work

I speak English and some Gaelic. I'm also slowly learning Norwegian (A1, barely).

## Say hi

- <Link href="https://github.com/imarlow">github.com/imarlow</Link>
`;

describe('an about page whose components hold lists, and entries told below them', () => {
  const { profile } = importMarkdownProfile(page);

  it('reads a component’s list of names as skills and its list of objects as jobs', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Kotlin', 'Jetpack Compose', 'Gradle', 'Room']));
    expect(profile.roles.map((r) => [r.company, r.title, r.start])).toEqual([
      ['Heronry', 'Staff Android Engineer', '2022'],
      ['Quayside Insurance', 'Android Developer', '2017'],
    ]);
  });

  it('gives a paragraph opening with an employer to that job, not to the last one listed', () => {
    const [heronry, quayside] = profile.roles;
    expect(heronry?.summary).toMatch(/offline maps/);
    expect(quayside?.summary).toMatch(/claims app/);
    expect(quayside?.summary ?? '').not.toMatch(/offline maps/);
  });

  it('keeps a link component’s address and a description wrapped after its article', () => {
    const ferry = profile.projects.find((p) => p.name === 'Ferry');
    expect(ferry?.summary).toBe(
      'a small Kotlin library for retrying uploads. Built with Kotlin and OkHttp.',
    );
    expect(ferry?.links.map((l) => l.url)).toContain('https://github.com/imarlow/ferry');
    expect(profile.contact.github).toBe('https://github.com/imarlow');
  });

  it('reads each talk a sentence tells, with its own venue and year', () => {
    const talks = profile.publications.filter((p) => p.kind === 'talk');
    expect(talks).toEqual([
      expect.objectContaining({ title: 'Maps Without Signal', venue: '/droidcon/2024' }),
      expect.objectContaining({
        title: 'Compose at Scale',
        venue: 'Edinburgh Android',
        date: '2023',
      }),
    ]);
    expect(talks[0]?.date).toBeUndefined();
  });

  it('reads a degree and a certificate told in the next sentence apart', () => {
    expect(profile.education).toEqual([
      expect.objectContaining({
        institution: 'University of Dundee',
        degree: 'BSc (Software Engineering)',
        end: '2016',
      }),
    ]);
    expect(profile.certifications).toEqual([
      expect.objectContaining({ name: 'Associate Android Developer', year: '2018' }),
    ]);
  });

  it('finds where the owner lives past the district, and when they are open to talk', () => {
    expect(profile.identity.location).toBe('Edinburgh, Scotland');
    expect(profile.identity.availability).toMatch(
      /^Open to a chat about principal roles from spring 2027/,
    );
  });

  it('says a language being learnt is being learnt', () => {
    expect(profile.languages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'English' }),
        expect.objectContaining({ name: 'Norwegian', proficiency: 'A1' }),
      ]),
    );
  });
});

describe('a language learnt, told in a sentence', () => {
  it('is kept as learning when no level is given', () => {
    const { profile } = importMarkdownProfile(
      '# Ana Lopes\n\nBackend engineer in Porto, Portugal. I speak Portuguese and English, and I am currently learning Japanese (for fun).\n',
    );
    expect(profile.languages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Japanese', proficiency: 'learning' }),
      ]),
    );
  });
});
