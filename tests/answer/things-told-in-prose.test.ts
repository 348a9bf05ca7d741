import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented game developer's about page: games and side projects named only in prose. */
const profile = ProfileSchema.parse(
  importMarkdownProfile(`# Ruth Abernathy

I'm a gameplay programmer in Leeds, UK.

I spent four years at Copperleaf Games, mostly on a co-op heist game called Vaultline (Unreal
Engine 5, C++, EOS for the networking). I can't say much about the next project yet.

Outside of work I always have a small project going. The one I like best is Mossback, a tiny
farming game about a tortoise. I made it in Godot with GDScript for a jam in 2022.
`).profile,
);
const ask = (q: string) => answerToPlainText(createAssistant(profile).ask(q));

describe('things named only in the prose', () => {
  it('quotes the line naming the thing asked before lines that only say "project"', () => {
    const text = ask('what tech stack was Vaultline built on');
    expect(text.split('\n')[1]).toMatch(/Vaultline \(Unreal Engine 5, C\+\+, EOS/);
  });

  it('goes on to the next sentence when it tells more of the same thing', () => {
    expect(ask('what engine did she use for mossback')).toMatch(/I made it in Godot/);
  });
});
