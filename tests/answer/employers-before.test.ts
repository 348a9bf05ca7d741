import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented freelancer with two salaried jobs before. */
const MARKDOWN = `# Jana Wolska

Freelance Shopify Developer

Freelancing full-time for four years. Available for freelance work from 15 Jan.

## Employment history

**Senior Front-end Developer** · Koral Commerce, Gdańsk
2019/06 – 2020/12
Shopify agency; led theme work for ~30 merchants.

**Full-stack Developer** — Pixelfjord Software House, Gdynia
Sept 2016 – May 2019
PHP (Laravel) and Vue.js for logistics clients.
`;

const assistant = createAssistant(ProfileSchema.parse(importMarkdownProfile(MARKDOWN).profile));
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('the employers asked beside the word freelance', () => {
  it('lists the employers for "who did she work for before going freelance?"', () => {
    const text = ask('who did she work for before going freelance?');
    expect(text).toContain('Koral Commerce');
    expect(text).toContain('Pixelfjord Software House');
  });

  it('still answers availability for freelance work', () => {
    expect(ask('is she available for freelance work?')).toContain('15 Jan');
  });
});
