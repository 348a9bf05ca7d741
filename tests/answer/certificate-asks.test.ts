import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/**
 * An invented firmware engineer: one certificate held, one in progress, a sentence about the
 * certificates that names a tool, Yocto work in a role, SAST tools in a list.
 */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Noor Haddad',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Firmware Engineer',
    },
    skills: [
      { id: 'rtos', name: 'Embedded', skills: [{ name: 'Zephyr RTOS' }, { name: 'Yocto' }] },
      { id: 'tools', name: 'Tooling', skills: [{ name: 'Semgrep' }, { name: 'CodeQL' }] },
      { id: 'data', name: 'Data', skills: [{ name: 'Kafka' }] },
      { id: 'ci', name: 'CI', skills: [{ name: 'GitHub Actions' }] },
    ],
    roles: [
      {
        company: 'Velomotive Car Systems',
        title: 'Firmware Engineer',
        summary: 'Built head-unit images for two European OEMs.',
      },
    ],
    certifications: [
      { name: 'Functional Safety Engineer (ISO 26262)', issuer: 'TÜV Rheinland', year: '2019' },
      { name: 'CSSLP', year: 'in progress, exam scheduled' },
    ],
    sections: [
      {
        id: 'certifications',
        title: 'Certifications',
        items: [
          "That's the only formal certificate I have; everything else was learned on the job, in datasheets, or in the Zephyr forum.",
        ],
      },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('certificate questions in the shapes people type them', () => {
  it('says no to a tool named only in a sentence about certificates', () => {
    expect(ask('is she certified in zephyr?')).toMatch(/^No — .*no Zephyr RTOS certification/);
  });

  it('says no to a certificate named before "certification" or before "certified for"', () => {
    expect(ask('does she hold an ARM certification (arm accredited engineer or similar)?')).toMatch(
      /^No — no ARM certification/,
    );
    expect(ask('confluent certified for kafka?')).toMatch(/^No — /);
  });

  it('reads "certified yet" as asking about the certificate still in progress', () => {
    expect(ask('is noor CSSLP certified yet')).toMatch(/^Not yet — /);
  });
});

describe('skills a field word or a build tool implies', () => {
  it('answers embedded Linux through Yocto', () => {
    expect(ask('embedded linux experience?')).toMatch(/^Yes — through Yocto/);
  });

  it('answers SAST with the static analysis tools listed', () => {
    const text = ask('any SAST experience');
    expect(text).not.toMatch(/^No\b/);
    expect(text).toMatch(/SAST skills: Semgrep, CodeQL/);
  });

  it('finds automotive work in a car systems employer before any no', () => {
    const text = ask('any automotive background?');
    expect(text).not.toMatch(/^No\b/);
    expect(text).toMatch(/Velomotive Car Systems/);
  });
});

describe('a certificate asked beside a word of another kind', () => {
  it('answers "a GitHub Actions certification" from the certificates, not the skill', () => {
    const text = answerToPlainText(assistant.ask('does she have a GitHub Actions certification'));
    expect(text).toMatch(
      /^No — Noor lists GitHub Actions as a skill, but no GitHub Actions certification/,
    );
  });

  it('reads "certificate pinning" as a skill asked, not a credential', () => {
    const text = answerToPlainText(assistant.ask('does she know certificate pinning?'));
    expect(text).not.toMatch(/certifications/i);
  });
});
