import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

// A profile kept as a note in a personal knowledge base (Obsidian with Dataview fields).
const note = `---
tags: [cv]
aliases: [Ines R.]
---

# Inês Ribeiro

role:: Senior Data Engineer
company:: [[Marés Analytics]]
location:: Porto, Portugal
experience:: 9 years (data since 2019)
spoken:: Portuguese (native), English (C1), Spanish (B2)

> [!note] Availability
> Open to contract work from **1 May 2027**.

I keep the [[dbt-notes|dbt]] models honest. ![[pipeline.png]]

## Goals

- [x] ship the lakehouse
- [ ] get the Databricks certification
`;

describe('a profile written as a knowledge-base note', () => {
  const imported = importMarkdownProfile(note);
  const profile = ProfileSchema.parse(imported.profile);
  const text = JSON.stringify(profile);

  it('reads inline fields as the labels they are', () => {
    expect(profile.identity.title).toBe('Senior Data Engineer');
    expect(profile.identity.location).toBe('Porto, Portugal');
    expect(profile.identity.yearsOfExperience).toBe(9);
    expect(profile.languages.map((l) => l.name)).toEqual(['Portuguese', 'English', 'Spanish']);
  });

  it('shows a wiki link as its text and drops embeds', () => {
    expect(text).toContain('I keep the dbt models honest.');
    expect(text).not.toContain('[[');
    expect(text).not.toContain('pipeline.png');
  });

  it('reads the availability callout', () => {
    expect(profile.identity.availability).toContain('1 May 2027');
  });

  it('never takes an unticked goal for a certification held', () => {
    expect(profile.certifications).toEqual([]);
    const answer = answerToPlainText(createAssistant(profile).ask('is she databricks certified?'));
    expect(answer).not.toMatch(/^Yes/);
  });
});

describe('the vault tags of a knowledge-base note', () => {
  it('are not words of the text: a role keeps its place and its employer stays nameable', () => {
    const profile = importMarkdownProfile(`# Ola Berg

role:: Backend Engineer

## Experience

### Fjordline AS
Backend Engineer · Bergen · #work/fjordline · 2021 – present
- Cut p99 latency in half #win

### Tindra Data
Developer · Oslo · 2018 – 2021
- Built the billing exports
`).profile;
    expect(JSON.stringify(profile)).not.toMatch(/#work|#win/);
    const answer = answerToPlainText(
      createAssistant(ProfileSchema.parse(profile)).ask('where did he work before fjordline'),
    );
    expect(answer).toContain('Tindra Data');
  });
});
