import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { createFit } from '../../src/fit/fit.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const profileOf = (extra = '') =>
  ProfileSchema.parse(
    importMarkdownProfile(`# Noor Haddad

Platform Engineer in Amman, building and operating internal developer platforms.

## Skills

- Go, Kubernetes, Terraform, PostgreSQL

## Experience

### Platform Engineer — Wadi Cloud (2019 – present)

- Ran the Kubernetes clusters for 40 services
${extra}`).profile,
  );

const ask = (q: string, extra?: string) =>
  answerToPlainText(createAssistant(profileOf(extra)).ask(q));

describe('a thing made with a listed technology', () => {
  it('is no "yes" from the skill alone: nothing shows an operator written', () => {
    const text = ask('has she written a Kubernetes operator?');
    expect(text).not.toMatch(/^\s*\**yes/i);
    expect(text).toMatch(/Not that the profile shows/);
    expect(text).toMatch(/Kubernetes operator/);
  });

  it('shows the line when the profile names such a thing', () => {
    const text = ask(
      'has she written a Kubernetes operator?',
      '- Wrote a Kubernetes operator that rotates database credentials',
    );
    expect(text).toMatch(/rotates database credentials/);
  });

  it('still answers the skill itself with a yes', () => {
    expect(ask('does she know Kubernetes?')).toMatch(/^\s*\**Yes/);
  });
});

describe('a requirement asking for a thing made with a technology', () => {
  const status = (line: string, extra?: string) =>
    createFit(profileOf(extra)).fit(`## Requirements\n- ${line}\n`).requirements[0]?.status;

  it('comes close from the technology alone, never met', () => {
    expect(status("You've maintained a public Go library with semver releases")).toBe('partial');
    expect(status("You've written a Kubernetes operator")).toBe('partial');
  });

  it('is met when the profile shows the thing', () => {
    expect(
      status(
        "You've written a Kubernetes operator",
        '- Wrote a Kubernetes operator that rotates database credentials',
      ),
    ).toBe('met');
  });

  it('is not met by the verb of building found in the profile', () => {
    expect(
      status(
        'Experience of building and maintaining a design system or component library — Interview',
      ),
    ).not.toBe('met');
  });
});
