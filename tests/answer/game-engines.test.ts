import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented game programmer who names her engines and tools only in a sentence. */
const profile = ProfileSchema.parse(
  importMarkdownProfile(`# Maren Oyelaran

Gameplay Programmer · Dundee, UK

## About

I build combat systems in Unity and Godot, and we keep the game itself in Perforce.
`).profile,
);
const ask = (q: string) => answerToPlainText(createAssistant(profile).ask(q));

describe('game engines and tools asked by name', () => {
  it('says a clear no to an engine she never names, naming it', () => {
    expect(ask('has she used gamemaker studio')).toMatch(/^No — GameMaker isn't in/);
    expect(ask('any Defold?')).toMatch(/^No — Defold isn't in/);
  });

  it('says yes to a tool named in her prose', () => {
    expect(ask('does she know Perforce?')).toMatch(/^Yes\b/);
  });
});
