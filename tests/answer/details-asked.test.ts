import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented research engineer and freelancer: a thesis, a model told over two sentences. */
const MARKDOWN = `# Halina Sobczak

## ML Engineer | Forecasting — €90/hr

## Education

- **PhD, Computer Science**, University of Glasgow — 2015–2019
  - Thesis: *Robust Demand Forecasting under Concept Drift*
- **MSc Mathematics**, University of Gdańsk — 2013–2015

## Experience

**ML Engineer** · Tidewell Freight · 2019 – present
- Tech lead for **PortCast**, the berth-arrival model behind 40 terminals. Gradient-boosted
  quantile models in LightGBM, served on Kubernetes with BentoML.

## Contact

- Email: halina@example.com
`;

const assistant = createAssistant(ProfileSchema.parse(importMarkdownProfile(MARKDOWN).profile));
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('details a question asks of an entry', () => {
  it('gives the thesis when asked what the PhD was about', () => {
    expect(ask('what did her PhD work on?')).toContain('Robust Demand Forecasting');
  });

  it('quotes the whole entry when the tools of the thing found are asked', () => {
    expect(ask("what's the tech stack behind PortCast?")).toContain('LightGBM');
  });

  it('says the rate, and that no salary is stated, when a yearly salary is asked', () => {
    const text = ask('what annual salary would she expect for a permanent position?');
    expect(text).toContain('€90/hr');
    expect(text).toMatch(/doesn't state a salary/);
    expect(text).toContain('halina@example.com');
  });

  it('gives the rate alone when the rate is asked', () => {
    const text = ask("what's her hourly rate?");
    expect(text).toContain('€90/hr');
    expect(text).not.toMatch(/salary/);
  });
});
