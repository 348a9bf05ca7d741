import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/**
 * A game programmer's portfolio: shipped titles in a table and again under headings with their
 * story, jam entries, and a comma line of engines whose last item the owner qualifies.
 */
const page = `# Ines Varga

Gameplay Programmer

## Shipped titles

| Game | Year | Engine |
|------|------|--------|
| **Tidewatch** | 2022 | Unreal Engine 5 |
| **Moss & Mortar** | 2019 | Unity |

#### Tidewatch (Harbour Games, 2022)
Naval strategy game. [Steam](https://store.steampowered.com/app/111/Tidewatch/)
- Wrote the fleet AI

## Game jams

- **Ludum Dare 50** (2022) — *Last Lantern*, made in Godot in 48 hours

## Tools & Tech

Unity (C#), Unreal Engine 5 (C++, Blueprints), Godot (GDScript), a bit of Defold back in the day

- Perforce, Git
- RenderDoc, PIX

Certs, since people ask: Unity Certified Professional: Programmer (2021). That's the only one.
`;

describe("a game programmer's portfolio", () => {
  const { profile } = importMarkdownProfile(page);

  it('reads the shipped titles and the jam entries as projects, each game once', () => {
    const names = profile.projects.map((p) => p.name);
    expect(names.filter((n) => n.startsWith('Tidewatch'))).toEqual(['Tidewatch']);
    expect(names).toContain('Moss & Mortar');
    expect(names.join(' ')).toMatch(/Ludum Dare 50/);
  });

  it("joins a game's story to its row: summary, details and Steam link", () => {
    const game = profile.projects.find((p) => p.name === 'Tidewatch');
    expect(game?.summary).toMatch(/^Naval strategy game/);
    expect(game?.details).toContain('Wrote the fleet AI');
    expect(game?.links.map((l) => l.url)).toContain(
      'https://store.steampowered.com/app/111/Tidewatch/',
    );
  });

  it('reads the engines line as skills, the qualified last one included', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(expect.arrayContaining(['Unity', 'Godot', 'Defold']));
    expect(skills.join(' ')).toMatch(/Unreal Engine/);
  });

  it('reads a certificates line among the tools as a certification, not a skill', () => {
    expect(profile.certifications).toEqual([
      { name: 'Unity Certified Professional: Programmer', year: '2021' },
    ]);
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name)).join(' ');
    expect(skills).not.toMatch(/Certified/);
  });

  it('answers "which game engines?" with them', () => {
    const assistant = createAssistant(ProfileSchema.parse(profile));
    const text = answerToPlainText(assistant.ask('which game engines does she work with?'));
    expect(text).toMatch(/Unity/);
    expect(text).toMatch(/Godot/);
  });
});
