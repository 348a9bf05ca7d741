import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented engineer in Osaka: a Japanese national exam and an AWS Associate certificate. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: { name: 'Haruto Mori', title: 'Backend Engineer' },
    certifications: [
      { name: '応用情報技術者試験 / Applied Information Technology Engineer Examination (AP)' },
      { name: 'AWS Certified Solutions Architect – Associate' },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('certificates asked by their Japanese names', () => {
  it('says yes to a name the certificate holds inside its title', () => {
    expect(ask('does he have the 応用情報 cert?')).toMatch(/^Yes\b.*応用情報技術者試験/);
  });
  it('says no to one nothing names, never taking its Latin words alone for it', () => {
    expect(ask('does he have the データベーススペシャリスト cert?')).toMatch(
      /^No\b.*データベーススペシャリスト/,
    );
  });
});

describe('a certificate asked by its tier, without the word "certificate"', () => {
  it('says no to another tier than the one held, naming the one held', () => {
    expect(ask('does he hold AWS Solutions Architect Professional')).toMatch(
      /^No\b.*Solutions Architect – Associate.*not the professional tier/,
    );
  });
});

describe('years asked of a skill the profile gives no years for', () => {
  it('says that skill lacks them, not that the profile gives none, when others have them', () => {
    const sre = createAssistant(
      ProfileSchema.parse({
        identity: { name: 'Sigrid Lunde', title: 'SRE', yearsOfExperience: 9 },
        skills: [
          {
            id: 'ops',
            name: 'Ops',
            skills: [{ name: 'Terraform', note: 'expert, 5 years' }, { name: 'Ansible' }],
          },
        ],
      }),
    );
    const text = answerToPlainText(sre.ask('how many years of ansible?'));
    expect(text).toMatch(/doesn't give years for Ansible/);
    expect(text).not.toMatch(/years per skill/);
  });
});
