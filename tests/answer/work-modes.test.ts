import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const askerFor = (markdown: string) => {
  const assistant = createAssistant(ProfileSchema.parse(importMarkdownProfile(markdown).profile));
  return (q: string) => answerToPlainText(assistant.ask(q));
};

/** Invented engineers who say how they want to work, and one who does not. */
const open = askerFor(`# Joris Vandamme

Backend Engineer · Ghent, Belgium

## About

Open to new roles from May 2026. Remote within CET, or hybrid in Ghent.

## Skills

- Kotlin, PostgreSQL
`);

const office = askerFor(`# Salome Okafor

Site Reliability Engineer · Lagos, Nigeria

## About

Available from June 2026. Not open to remote roles: I do my best work in the office.

## Skills

- Terraform, Go
`);

const silent = askerFor(`# Piet Haverkamp

Data Engineer · Utrecht, Netherlands

## About

Available from January 2027.

## Skills

- Python, dbt
`);

describe('ways of working asked as yes or no', () => {
  it('says yes, with the line, where the owner says remote work is fine', () => {
    expect(open('is he open to remote work?')).toMatch(/^Yes — .*Remote within CET/);
    expect(open('would he be ok with a fully remote position?')).toMatch(/^Yes\b/);
    expect(open('would he do hybrid?')).toMatch(/^Yes — .*hybrid in Ghent/);
  });

  it('says no, with the line, where the owner turns remote work down', () => {
    expect(office('is she open to remote work?')).toMatch(/^No — .*Not open to remote roles/);
  });

  it('says neither where the profile says nothing of it', () => {
    const text = silent('is he open to remote work?');
    expect(text).not.toMatch(/^(?:Yes|No)\b/);
  });
});

/** An invented engineer who says, in prose, which role she wants next. */
const seeking = askerFor(`# Ada Okereke

Game Programmer · Halifax, Canada

## About

Open to new roles from April 2026.

So, what's next? I'm looking for a lead gameplay role on a multiplayer game.

## Skills

- C++, Unreal Engine
`);

describe('the role sought', () => {
  it('answers "what kind of role is she looking for?" with the role she names, then when', () => {
    const text = seeking('what kind of role is she looking for next');
    expect(text).toMatch(/^I'm looking for a lead gameplay role/);
    expect(text).toMatch(/Availability: Open to new roles from April 2026/);
  });
});
