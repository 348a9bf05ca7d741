import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

// A static-site "about" page: the résumé as data in the front matter, the rest in prose.
const page = `---
title: "About"
layout: resume
date: 2024-02-01
name: Tiia Kallio
pronouns: she/her
jobTitle: Staff Mobile Engineer
location: Tampere, Finland
contact:
  email: tiia@example.org
skills:
  - category: Mobile
    items: [Kotlin, Swift, Jetpack Compose (Material 3, Wear OS), SwiftUI]
  - category: Tooling
    items: [Gradle, Fastlane]
experience:
  - company: Revontuli Apps
    title: Staff Mobile Engineer
    from: 2020-03
    to: present
    highlights:
      - Led the offline sync rewrite for 2M users
  - company: Lakeside Digital
    title: Android Developer
    from: 2016-08
    to: 2020-02
certifications:
  - name: Associate Android Developer
    issuer: Google
    year: 2018
languages:
  - name: Finnish
    level: Native
  - name: Swedish
    level: Good
---

## About

Hi, I'm Tiia. I build mobile apps that work on a train in a tunnel. In 2021 the sync team I led
won Revontuli's Quality Award. Outside work I sail, bake rye bread and coach junior floorball.
`;

describe('a portfolio page whose front matter holds the résumé as data', () => {
  const { profile, notes } = importMarkdownProfile(page);

  it('reads the jobs, skills, certificates and languages of the front matter', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.start])).toEqual([
      ['Revontuli Apps', 'Staff Mobile Engineer', '2020-03'],
      ['Lakeside Digital', 'Android Developer', '2016-08'],
    ]);
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Kotlin', 'SwiftUI', 'Gradle', 'Fastlane']));
    expect(profile.certifications.map((c) => c.name)).toEqual(['Associate Android Developer']);
    expect(profile.languages.map((l) => l.name)).toEqual(['Finnish', 'Swedish']);
    expect(notes[0]).toMatch(/Front matter → read as résumé data/);
  });

  it('keeps a YAML flow list item whole though its bracket holds commas', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toContain('Jetpack Compose (Material 3, Wear OS)');
    expect(skills).not.toContain('Wear OS)');
  });

  it('takes the job title, not the page title, and the pronouns of the front matter', () => {
    expect(profile.identity.title).toBe('Staff Mobile Engineer');
    expect(profile.identity.pronouns.subject).toBe('she');
    expect(profile.sections.flatMap((s) => s.items).join(' ')).not.toMatch(/2024-02-01/);
  });

  it('keeps what the prose says beside the data: the about text, an award, pastimes', () => {
    expect(profile.summary.join(' ')).toMatch(/train in a tunnel/);
    expect(profile.awards).toEqual([
      { title: 'Quality Award', awarder: 'Revontuli', date: '2021' },
    ]);
    expect(profile.interests.map((i) => i.name)).toEqual(
      expect.arrayContaining(['sailing', 'baking rye bread']),
    );
  });

  it('answers from both halves', () => {
    const assistant = createAssistant(ProfileSchema.parse(profile));
    expect(answerToPlainText(assistant.ask('where did she work before Revontuli?'))).toMatch(
      /Lakeside Digital/,
    );
    expect(answerToPlainText(assistant.ask('is she certified?'))).toMatch(
      /Associate Android Developer/,
    );
  });
});

describe('front matter that is about the page only', () => {
  it('leaves the page as markdown reads it', () => {
    const { profile, notes } = importMarkdownProfile(
      '---\ntitle: "Home"\ntags: [blog]\n---\n\n# Ada Lind\n\nBackend Engineer in Oslo.\n\n## Skills\n\n- Go\n',
    );
    expect(profile.identity.name).toBe('Ada Lind');
    expect(notes.join('\n')).not.toMatch(/résumé data/);
  });
});
