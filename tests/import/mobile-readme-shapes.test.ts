import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

const readme = `<h1 align="center">Hey, I'm Efua Mensah</h1>
<h3 align="center">Mobile developer — Flutter & Kotlin</h3>

<p align="center">
  <a href="https://skillicons.dev"><img src="https://skillicons.dev/icons?i=flutter,dart,kotlin,firebase" /></a>
</p>

- Kumasi, Ghana (GMT, happy to overlap with EU hours)
- efua.mensah@example.com

## Tech

<table>
  <tr>
    <td><b>Mobile</b></td>
    <td><img alt="Jetpack Compose" src="compose.svg"/> <img alt="SwiftUI" src="swiftui.svg"/></td>
  </tr>
  <tr>
    <td><b>Backend</b></td>
    <td><img alt="Supabase" src="supabase.svg"/> <img alt="Firebase" src="firebase.svg"/></td>
  </tr>
</table>

## Featured apps

| App | Store | Downloads | Stack |
|---|---|---|---|
| Tro Tracker | [Play Store](https://play.google.com/store/apps/details?id=tro.tracker) | 50k+ | Flutter, Firebase |
`;

describe('an HTML-heavy mobile developer README', () => {
  const { profile, notes } = importMarkdownProfile(readme);
  const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));

  it('reads a skill-icon strip under the name as skills, never as the place', () => {
    expect(skills).toEqual(expect.arrayContaining(['Flutter', 'Dart', 'Kotlin', 'Firebase']));
    expect(profile.identity.location).toMatch(/^Kumasi, Ghana/);
    // The import report says where the icons went.
    expect(notes).toContain('Header icons → 1 category, 4 skills');
  });

  it('reads one skill per image in a table row of logos named by their alt text', () => {
    expect(skills).toEqual(expect.arrayContaining(['Jetpack Compose', 'SwiftUI', 'Supabase']));
    expect(skills.some((s) => s.includes('Compose SwiftUI'))).toBe(false);
  });

  it('reads a featured-apps table as projects, downloads and store links kept', () => {
    const [app] = profile.projects;
    expect(app?.name).toBe('Tro Tracker');
    expect(app?.technologies).toEqual(['Flutter', 'Firebase']);
    expect(app?.details).toContain('Downloads: 50k+');
    expect(app?.links.map((l) => l.url)).toContain(
      'https://play.google.com/store/apps/details?id=tro.tracker',
    );
  });
});
