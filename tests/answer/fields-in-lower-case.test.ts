import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented ML engineer whose fields of work are told only in lower-case prose. */
const profile = ProfileSchema.parse(
  importMarkdownProfile(`# Ilse Brandvold

Machine Learning Engineer · Trondheim

## About

I spent four years of a PhD in computer vision before moving to industry, and my first
freelance gigs were small ruby on rails shops.

## Skills

- PyTorch, scikit-learn, Docker
`).profile,
);
const ask = (q: string) => answerToPlainText(createAssistant(profile).ask(q));

describe('a field of several words written in lower case', () => {
  it('is found in the prose instead of getting a no', () => {
    const text = ask('is she comfortable with computer vision work?');
    expect(text).not.toMatch(/^No\b/);
    expect(text).toMatch(/PhD in computer vision/);
  });

  it('counts a framework of several words written in lower case too', () => {
    const text = ask('does she know Ruby on Rails?');
    expect(text).not.toMatch(/^No\b/);
    expect(text).toMatch(/ruby on rails shops/);
  });

  it('still says no to a field the profile never names', () => {
    expect(ask('does she know robotics?')).toMatch(/^No\b/);
  });
});
