import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/** An invented game developer's README: GIFs between the sections, a tagline with languages. */
const readme = `<h1 align="center">Hi! I'm Tavo 🎮</h1>
<p align="center">
  <sub>Gustavo Pereyra · he/him</sub><br>
  <b>Gameplay Programmer · jam enjoyer</b><br>
  📍 Rosario, Argentina &nbsp;|&nbsp; 🗣 Español / English / Italiano
</p>

## 🎮 Games

| Title | Engine | Role |
|---|---|---|
| **Moth Lantern** | Godot 4 | solo |
| **Pampa Drift** | Unity | Gameplay Programmer |

<p align="center">
  <img src="https://example.org/pampa-drift.gif" width="380" alt="Pampa Drift drift loop">
  <img src="https://example.org/moth.gif" width="380" alt="Moth Lantern WIP">
</p>

## 🌱 Currently

- 🔭 Prototyping a rhythm platformer
- 🎲 Off-keyboard: tango lessons, tabletop RPGs
`;

describe("a game developer's README", () => {
  const { profile } = importMarkdownProfile(readme);

  it('reads no project out of the GIFs shown between the sections', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['Moth Lantern', 'Pampa Drift']);
  });

  it('reads the languages the tagline lists after the speaking-head emoji', () => {
    expect(profile.languages.map((l) => l.name)).toEqual(['Español', 'English', 'Italiano']);
  });

  it('takes the pastimes out of what the owner is doing now', () => {
    expect(profile.interests.map((i) => i.name)).toEqual(['tango lessons', 'tabletop RPGs']);
    expect(profile.exploring).toEqual(['Prototyping a rhythm platformer']);
  });
});
