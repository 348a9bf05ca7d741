import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/** An invented profile note kept in Obsidian: aliases, a property table, a "Looking for" list. */
const note = `---
title: Katrin Ólafsdóttir
aliases:
  - Kata
role: Staff Data Engineer
---

# Katrin Ólafsdóttir

| Property | Value |
| --- | --- |
| 📍 Based in | Reykjavík, Iceland (remote-first) |
| 🟢 Availability | Open to offers · 2 months notice |

## 🧰 Stack

| Area | Tools |
| --- | --- |
| Processing | Apache Spark, Apache Flink, Kafka |
| Orchestration | Airflow, dbt |

## ✅ Looking for

- [x] Data platform roles with real users
- [ ] Management only — not right now
`;

describe('a profile note with properties and aliases', () => {
  const { profile } = importMarkdownProfile(note);

  it('keeps the "Based in:" label out of the place', () => {
    expect(profile.identity.location).toBe('Reykjavík, Iceland (remote-first)');
  });

  it('leads the availability with the row that names it, keeping what the note looks for', () => {
    expect(profile.identity.availability).toMatch(/^Open to offers · 2 months notice\. /);
    expect(profile.identity.availability).toContain('Data platform roles with real users');
  });

  it('takes a one-word alias as what people call the owner', () => {
    expect(profile.identity.shortName).toBe('Kata');
  });

  describe('asked about', () => {
    const assistant = createAssistant(profile);
    const ask = (q: string) => answerToPlainText(assistant.ask(q, q));

    it('knows the owner by the alias', () => {
      expect(ask('where is kata located?')).toContain('Reykjavík, Iceland');
    });

    it('answers how soon the owner could join', () => {
      expect(ask('how soon could she join us?')).toContain('2 months notice');
    });

    it('reads real-time data pipelines as streaming, not CI/CD', () => {
      const text = ask('real-time data pipelines, has she done that?');
      expect(text).toContain('Apache Flink');
      expect(text).not.toContain('CI/CD');
    });
  });
});
