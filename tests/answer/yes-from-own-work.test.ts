import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/**
 * An invented platform engineer: an award and an audit told in prose, a practice among her
 * principles, a migration off an old tool, and no employers named anywhere.
 */
const MARKDOWN = `# Oona Lindqvist

Platform Engineer

I'm a platform engineer in Tampere. Highlights: got us through SOC 2 audits two years running
and rolled out short-lived credentials everywhere.

In 2023 I received the Nordic DevOps Award for the on-call handbook I wrote.
I have never worked on Windows servers and I'm not interested in blockchain work.

## Skills

- Go, Terraform, Kubernetes

## Principles

- Trunk-based development
- Blameless postmortems

## Impact

- Migrated the build farm off a legacy Jenkins setup into GitHub Actions.
- Built the Kubernetes operator that provisions tenant databases.
- Built the Stripe billing integration for the tenant portal.
- Led the rewrite of the appointment booking flow.
- Replaced nightly batch loads with streaming jobs, cutting tracking latency to 90 seconds.
`;

const assistant = createAssistant(ProfileSchema.parse(importMarkdownProfile(MARKDOWN).profile), {
  understoodQuestions: 0,
  rememberedAnswers: 0,
});
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('a yes said from a line of the owner’s own work', () => {
  it('says yes to an achievement every word of which one line holds', () => {
    expect(ask('has she ever migrated a build farm?')).toMatch(/^Yes\b/);
    expect(ask('has she won any awards?')).toMatch(/^Yes\b[\s\S]*Nordic DevOps Award/);
    // "cutting" says "reduced" in other words.
    expect(ask('has she reduced latency anywhere?')).toMatch(
      /^Yes\b[\s\S]*cutting tracking latency/,
    );
  });

  it('says yes to a practice she lists among her principles', () => {
    expect(ask('does she do trunk-based development?')).toMatch(/^Yes\b[\s\S]*Principle/);
  });

  it('says yes to a compliance she got the company through', () => {
    expect(ask('does she have SOC 2 experience?')).toMatch(/^Yes\b[\s\S]*SOC 2 audits/);
  });

  it('gives no yes where the line denies it or the tool was only left behind', () => {
    expect(ask('has she worked on windows servers?')).not.toMatch(/^Yes\b/);
    expect(ask('does she know Jenkins?')).not.toMatch(/^Yes\b/);
    expect(ask('any blockchain work?')).not.toMatch(/^Yes\b/);
    // "book" is not in "booking", nor "write" in "rewrite": words that only share a stem.
    expect(ask('did she ever write a book?')).not.toMatch(/^Yes\b/);
  });
});

describe('an employer asked of a profile that names none', () => {
  it('says no, and where the name does come up, when the line only uses it', () => {
    const text = ask('did she work at stripe?');
    expect(text).toMatch(/^No\b/);
    expect(text).toMatch(/does come up[\s\S]*Stripe billing integration/);
  });

  it('quotes the line instead of a no when it says she worked there', () => {
    const worked = createAssistant(
      ProfileSchema.parse(
        importMarkdownProfile(`${MARKDOWN}\nBefore this I spent four years at Nokia.\n`).profile,
      ),
    );
    expect(answerToPlainText(worked.ask('did she work at nokia?'))).not.toMatch(/^No\b/);
  });
});
