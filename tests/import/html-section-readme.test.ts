import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/**
 * An invented profile README written almost all in HTML: its sections are `<h2>` elements, its
 * jobs folded into `<details>`, its apps in an HTML table, a typing banner under the name.
 */
const readme = `<h1 align="center">Hey, I'm Wanjiru Kamau</h1>
<h3 align="center">Senior Android Engineer · Kotlin · Compose</h3>

<p align="center">
  <img src="https://readme-typing-svg.demolab.com?lines=10%2B+years+building+Android+apps;Compose+all+the+things" alt="Typing SVG" />
</p>

- 📍 Nairobi, Kenya

<h2>💼 Experience</h2>

<details open>
<summary><b>Lead Android Engineer — Mkopo</b> · Jan 2021 – Present</summary>

- Lead four Android engineers on a lending app

</details>

<details>
<summary><b>Android Developer @ Duka Digital</b> (consultancy) · Mar 2016 – Dec 2020</summary>

- Built shop apps for retail clients

</details>

<h2>📱 Apps</h2>

<table>
  <tr><th>App</th><th>Stack</th></tr>
  <tr><td><b>Mkopo Lend</b></td><td>Kotlin, Compose</td></tr>
  <tr><td><b>Ndege</b> <i>(side project)</i></td><td>Flutter, Hive</td></tr>
</table>

<h2>🏅 Certifications &amp; Education</h2>

- Associate Android Developer — Google (2018)
- BSc Computer Science — University of Nairobi, 2015

<h2>🌍 Languages</h2>

Swahili (native) · English (fluent)

<h2>📊 GitHub stats</h2>

<p><img src="https://github-readme-stats.vercel.app/api?username=wkamau" alt="stats" /></p>

<h2>🤝 Connect</h2>

When I'm not in Android Studio I'm probably running in Karura forest or baking bread.
`;

describe('a README whose sections are HTML headings and whose jobs are folded', () => {
  const { profile } = imported(readme);

  it('reads each folded job under an HTML "Experience" heading as a role', () => {
    expect(profile.roles.map((r) => `${r.title} @ ${r.company}`)).toEqual([
      'Lead Android Engineer @ Mkopo',
      'Android Developer @ Duka Digital',
    ]);
  });

  it('keeps the HTML sections after the folds as sections of their own', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['Mkopo Lend', 'Ndege']);
    expect(profile.education.map((e) => e.institution)).toContain('University of Nairobi');
  });

  it('takes a lower-case aside after a name as a note, not as part of the name', () => {
    const ndege = profile.projects.find((p) => p.name === 'Ndege');
    expect(ndege?.details).toContain('Side project');
    expect(ndege?.technologies).toEqual(['Flutter', 'Hive']);
    const duka = profile.roles.find((r) => r.company === 'Duka Digital');
    expect(duka?.summary).toBe('Consultancy');
  });

  it('reads "Associate … Developer — Google" beside a degree as a certificate', () => {
    expect(profile.certifications.map((c) => c.name)).toEqual(['Associate Android Developer']);
    expect(profile.education).toHaveLength(1);
  });

  it('takes the title from the subtitle, not from a banner line counting years', () => {
    expect(profile.identity.title).toBe('Senior Android Engineer');
  });

  it('keeps nothing of a heading with only stats cards under it', () => {
    expect(JSON.stringify(profile.sections)).not.toContain('GitHub stats');
  });

  it('reads pastimes told in a closing line outside any list', () => {
    expect(profile.interests.map((i) => i.name)).toEqual([
      'running in Karura forest',
      'baking bread',
    ]);
  });
});
