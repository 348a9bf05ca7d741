import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { markMdx } from '../../src/import/mdx-components.ts';

const page = `---
title: About
description: Storage engineer
---

import Experience from '../components/Experience.astro';
import { Skill } from '@/components/Skill';
export const meta = { layout: 'about' };

# Hi, I'm Tove Lindqvist

I build storage engines in Rust. I live in Uppsala, Sweden and am open to new roles starting in
March 2027.

## Experience

<Experience company="Northvolt" role="Senior Software Engineer" start="2020" end="present">
  Own the battery-telemetry ingestion service.
</Experience>
<Experience company="Spotify" role="Backend Engineer" start="2016" end="2020" />

## Skills

<Skill name="Rust" level="advanced" />
<Skill name="Go" level="intermediate" />

## Projects

<ProjectCard title="tidewal" href="https://github.com/tove-example/tidewal" stars={412}>
  A write-ahead log for embedded databases.
</ProjectCard>

Reach me at [tove@example.se](mailto:tove@example.se) or on GitHub.
`;

describe('an MDX about page', () => {
  const { profile } = importMarkdownProfile(page);

  it('leaves the import and export lines out of what the owner says', () => {
    expect(JSON.stringify(profile)).not.toMatch(/components\/|import |export const/);
  });

  it('reads jobs, skills and projects from the components’ attributes', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.start, r.end])).toEqual([
      ['Northvolt', 'Senior Software Engineer', '2020', 'present'],
      ['Spotify', 'Backend Engineer', '2016', '2020'],
    ]);
    expect(profile.roles[0]?.summary).toContain('battery-telemetry ingestion');
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => [s.name, s.note]));
    expect(skills).toEqual(
      expect.arrayContaining([
        ['Rust', 'advanced'],
        ['Go', 'intermediate'],
      ]),
    );
    const [project] = profile.projects;
    expect(project?.name).toBe('tidewal');
    expect(project?.summary).toContain('write-ahead log');
    expect(project?.summary).toContain('412 stars');
  });

  it('keeps an offer to be contacted out of the projects, its address as the e-mail', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['tidewal']);
    expect(profile.contact.email).toBe('tove@example.se');
  });

  it('joins a sentence wrapped before its month and year', () => {
    expect(profile.identity.availability).toContain('starting in March 2027');
  });
});

describe('what is not MDX', () => {
  it('leaves old upper-case HTML tags to the HTML readers', () => {
    const html = '<TABLE><TR><TD><B>Go</B></TD></TR></TABLE>';
    expect(markMdx(html)).toEqual({ text: html, rewritten: false });
  });
});
