import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented frontend engineer: languages and a team told only in prose. */
const MARKDOWN = `# Tiago Moreno

Frontend Engineer

My mum is from Porto, so I grew up speaking Portuguese at home as well as English. I'm
learning Italian, slowly.

At Quillpad I lead a team of 4 frontend engineers and run our design-system guild.

## Skills

- **Accessibility:** WCAG 2.2, axe-core
- **Frontend:** React, TypeScript
`;

const assistant = createAssistant(ProfileSchema.parse(importMarkdownProfile(MARKDOWN).profile));
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('a spoken language told in a sentence', () => {
  it('is a yes when the sentence says it is spoken', () => {
    expect(ask('does he speak portuguese?')).toMatch(/^Yes\b[\s\S]*Portuguese/);
  });

  it('is no yes for a language being learned', () => {
    expect(ask('does he speak italian?')).not.toMatch(/^Yes\b/);
  });

  it('is a no for a language the text does not name beside those it does', () => {
    const text = ask('does he speak german?');
    expect(text).toMatch(/^No\b/);
    expect(text).toContain('Portuguese');
  });
});

describe('people leadership asked yes or no', () => {
  it('is a yes where a line says the owner leads a team', () => {
    expect(ask('Does the candidate have people leadership experience?')).toMatch(
      /^Yes\b[\s\S]*team of 4/,
    );
  });
});

describe('hands-on experience of a group of skills', () => {
  it('is a yes when the group holds listed skills', () => {
    expect(ask('Does the candidate have hands-on accessibility experience?')).toMatch(
      /^Yes\b[\s\S]*WCAG/,
    );
  });
});
