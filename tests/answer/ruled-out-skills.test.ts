import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented freelancer's bio that names technologies only to rule them out. */
const bio = `# Ilse Marchetti

Freelance Backend Engineer

My stack is TypeScript end to end, with NestJS and PostgreSQL. I don't do native mobile work (no
Swift or Kotlin); when a client needs an app, I own the API it talks to. I have no Azure
certifications, but I've done exactly one Azure project.
`;

const profile = ProfileSchema.parse(importMarkdownProfile(bio).profile);
const ask = (q: string) => answerToPlainText(createAssistant(profile).ask(q));

describe('technologies named only to be ruled out', () => {
  it('are not imported as skills', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).not.toContain('Kotlin');
    expect(skills).not.toContain('Swift');
    expect(skills).toContain('Azure');
  });

  it('get a no that quotes the line ruling them out, never a yes', () => {
    const text = ask('does she know kotlin?');
    expect(text).toMatch(/^No — Ilse's profile rules out Kotlin/);
    expect(text).toMatch(/no Swift or Kotlin/);
    expect(ask('swift and typescript?')).toMatch(/Swift: no — (?:her|their) profile rules it out/);
  });
});
