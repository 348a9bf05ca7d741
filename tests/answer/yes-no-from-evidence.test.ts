import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/**
 * An invented mobile engineer: gRPC only in the expertise list, a talk told inside a job's
 * paragraph, a team's size said in a job, a stance on relocating in the about text.
 */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Sigrun Halvorsen',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Lead Mobile Engineer',
      headline: 'Lead Mobile Engineer | Kotlin · Swift',
    },
    summary: [
      "I'm based in Bergen and I'm not looking to relocate – remote works best for me.",
      'I manage a team that ships on Fridays without fear.',
      'The tools I reach for, day to day. Not sponsored, not exhaustive.',
    ],
    expertise: ['Offline-first sync over gRPC streams'],
    industries: ['Maritime transport', 'Travel'],
    skills: [
      {
        id: 'databases',
        name: 'Databases',
        skills: [{ name: 'SQLite' }, { name: 'Realm' }],
      },
    ],
    roles: [
      {
        company: 'Fjordline Apps',
        title: 'Lead Mobile Engineer',
        location: 'Bergen, Norway',
        start: '2020-02',
        end: 'present',
        technologies: ['Kotlin Multiplatform', 'SwiftUI', 'Jetpack Compose', 'Fastlane'],
        summary:
          'Leading a team of 4 mobile engineers building the ferry-booking app for iOS and Android. In 2021 I drove the move to a Kotlin Multiplatform module for networking and storage, with native UIs in SwiftUI and Jetpack Compose. Built the BLE integration with the gangway hardware and set up the release pipeline with Fastlane. I gave a talk about it at droidcon Oslo 2023 – "Ready? Set. Sync! Offline ferries".',
      },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('yes and no said from the evidence', () => {
  it('says no to relocating when the profile rules it out, quoting the line', () => {
    const text = ask('would she relocate to Oslo for the right role?');
    expect(text).toMatch(/^No — Sigrun's profile says she isn't looking to relocate/);
    expect(text).toContain('not looking to relocate');
  });

  it('says yes to a technology the expertise names, saying it is not in a skills list', () => {
    expect(ask('has she built gRPC services?')).toMatch(
      /^Yes — Sigrun's profile shows gRPC in her expertise, though not in a skills list/,
    );
  });

  it('says yes to a group asked plainly when it holds listed skills', () => {
    expect(ask('any database exp?')).toMatch(
      /^Yes — Sigrun's Databases skills: (?:SQLite, Realm|Realm, SQLite)/,
    );
  });

  it('says yes to talks when a talk is told, quoting the sentence whole', () => {
    const text = ask('has she spoken at any conferences?');
    expect(text).toMatch(/^Yes — /);
    expect(text).toContain('"Ready? Set. Sync! Offline ferries"');
  });

  it('answers what she does now with the job held now', () => {
    expect(ask('what is she doing at the moment?').split('\n')[0]).toBe(
      'Sigrun works at Fjordline Apps as Lead Mobile Engineer (since 2020-02).',
    );
  });

  it('gives the team size a job states instead of saying there is no figure', () => {
    const text = ask('How big is the team she manages right now?');
    expect(text).toContain('a team of 4 mobile engineers');
    expect(text).not.toMatch(/doesn't give a figure/);
  });

  it('reads "title / headline" as the title asked', () => {
    expect(ask('whats her current title / headline')).toMatch(/Lead Mobile Engineer/);
  });

  it('says yes to a domain one of the listed industries names', () => {
    expect(ask('has she worked in travel?')).toMatch(/^Yes — Sigrun's work spans:/);
  });

  it('reads no right to work into "not sponsored" said of a list of tools', () => {
    const text = ask('would she need visa sponsorship?');
    expect(text).not.toContain('Not sponsored');
  });
});
