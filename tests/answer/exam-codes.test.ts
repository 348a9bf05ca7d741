import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented .NET developer: Azure and AWS as skills, one Azure certificate held. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Gwen Lloyd',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Senior .NET Developer',
    },
    skills: [
      { id: 'cloud', name: 'Cloud', skills: [{ name: 'Azure DevOps' }, { name: 'AWS' }] },
      { id: 'security', name: 'Security', skills: [{ name: 'OAuth 2.0' }] },
    ],
    certifications: [
      { name: 'Microsoft Certified: Azure Developer Associate (AZ-204)', year: '2022' },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe("a certificate asked for by its exam's code", () => {
  it('says no to an exam code beside a skill she lists, never yes for the skill', () => {
    const answer = ask('does she have the AWS SAA-C03?');
    expect(answer).toMatch(/^No — /);
    expect(answer).toContain('SAA-C03');
  });

  it('names the code asked in the no, not only the technology', () => {
    expect(ask('Does she hold the AZ-400 Azure DevOps Engineer Expert cert?')).toMatch(
      /^No — .*no AZ-400 \(Azure DevOps\) certification/,
    );
  });

  it('says yes to the code of a certificate she holds', () => {
    expect(ask('is she AZ-204 certified?')).toMatch(/^Yes — .*AZ-204/);
  });
});
