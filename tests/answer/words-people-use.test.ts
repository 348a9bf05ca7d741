import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Eleni Papadaki',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Identity engineer',
    },
    skills: [{ id: 'backend', name: 'Backend', skills: [{ name: 'Kotlin' }, { name: 'Ktor' }] }],
    certifications: [{ name: 'Linux Foundation Certified System Administrator (LFCS)' }],
    roles: [
      {
        company: 'Aigaio Bank',
        title: 'Identity Engineer',
        start: '2021',
        highlights: ['Rolled out FIDO2/WebAuthn login; cut password-reset tickets by 64%.'],
      },
      {
        company: 'Kyma Cloud',
        title: 'Security Engineer',
        start: '2017',
        end: '2021',
        highlights: ['Ran SAML federation for 40 municipal services.'],
      },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('words people use for what a profile says otherwise', () => {
  it('greets back in a transliterated greeting', () => {
    expect(ask('geia sou!')).toMatch(/^Hello/);
    expect(ask('czesc')).toMatch(/^Hello/);
  });

  it('reaches FIDO2/WebAuthn from "passwordless"', () => {
    expect(ask('anything passwordless?')).toContain('FIDO2/WebAuthn');
  });

  it('answers a JVM question with the JVM languages listed', () => {
    const answer = ask('any jvm experience');
    expect(answer).toContain('Kotlin');
    expect(answer).not.toMatch(/^No\b/);
  });

  it('names the certificate asked about, not a word of its vendor', () => {
    expect(ask('is she rhce / red hat certified')).toMatch(
      /^No — no RHCE \(Red Hat Certified Engineer\) certification/,
    );
  });
});

describe('names people shorten', () => {
  it('finds a versioned name by its name alone ("fido" for FIDO2)', () => {
    expect(ask('anything with fido?')).toContain('64%');
  });

  it('reads "the bank" as the one employer whose name says bank', () => {
    const answer = ask('where did she work before the bank');
    expect(answer).toContain('Kyma Cloud');
    expect(answer).not.toMatch(/^Here's what/);
  });
});

describe('a short form that is also a tool the profile lists', () => {
  const withPerf = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Petr Novak',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Compiler engineer',
      },
      skills: [{ id: 'debug', name: 'Debug', skills: [{ name: 'gdb' }, { name: 'perf' }] }],
    }),
  );

  it('reads "perf" as the tool listed, not as "performance"', () => {
    expect(answerToPlainText(withPerf.ask('does he do perf profiling'))).toMatch(
      /^Yes — Petr lists perf/,
    );
  });
});
