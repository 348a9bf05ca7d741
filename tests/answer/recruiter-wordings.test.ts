import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented mobile engineer, with a master's, an AWS certificate and a Spanish note. */
const profile = {
  identity: {
    name: 'Lucía Arregui',
    pronouns: { subject: 'she', object: 'her', possessive: 'her' },
    title: 'Mobile Engineer',
    location: 'Bilbao, Spain',
    availability: 'Disponible a partir de marzo. Nada de relocalización, por ahora.',
  },
  skills: [
    { id: 'testing', name: 'Testing', skills: [{ name: 'JUnit' }, { name: 'XCTest' }] },
    { id: 'ci', name: 'CI/CD', skills: [{ name: 'GitHub Actions' }, { name: 'Fastlane' }] },
    { id: 'web', name: 'Web', skills: [{ name: 'WCAG' }, { name: 'TypeScript' }] },
  ],
  roles: [{ company: 'Ondarra', title: 'Mobile Engineer', start: '2021', end: 'present' }],
  education: [
    { institution: 'Universidad de Deusto', degree: "Master's degree", field: 'HCI' },
    { institution: 'UPV/EHU', degree: 'Grado', field: 'Ingeniería Informática' },
  ],
  certifications: [{ name: 'AWS Certified Developer – Associate', year: '2023' }],
  languages: [{ name: 'Spanish' }, { name: 'Basque' }, { name: 'English' }],
  contact: { email: 'lucia@example.com' },
};
const assistant = createAssistant(ProfileSchema.parse(profile));
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('yes-or-no questions about a group of skills, asked with a verb of doing', () => {
  it('says yes with the group', () => {
    expect(ask('is she comfortable writing automated tests?')).toMatch(/^Yes\b[\s\S]*JUnit/);
    expect(ask('can she set up build pipelines / ci?')).toMatch(/^Yes\b[\s\S]*Fastlane/);
  });
});

describe('degrees asked by level', () => {
  it('says yes to a postgraduate degree when a master’s is listed', () => {
    expect(ask('does she have a postgrad degree?')).toMatch(/^Yes\b[\s\S]*Master's degree/);
  });

  it('says no naming every level asked when none is held', () => {
    const only = createAssistant(
      ProfileSchema.parse({ ...profile, education: [profile.education[1]] }),
    );
    expect(answerToPlainText(only.ask('does she hold a phd or masters'))).toMatch(
      /^No\b.*PhD or master's degree/,
    );
  });
});

describe('other words recruiters use', () => {
  it('reads relocation turned down in Spanish as a no', () => {
    expect(ask('would she relocate to berlin?')).toMatch(/^No\b/);
  });

  it('reads "communicate in" as spoken languages', () => {
    expect(ask('which languages can she communicate in')).toContain('Basque');
  });

  it('reads "the earliest she could join" as the availability', () => {
    expect(ask('whens the earliest she could join us')).toContain('marzo');
  });

  it('reads "gig" as a job', () => {
    expect(ask('whats her current gig')).toContain('Ondarra');
  });

  it('reads "making sites accessible" as accessibility, found through WCAG', () => {
    expect(ask('any experience making sites accessible?')).toMatch(/^Yes\b[\s\S]*WCAG/);
  });

  it('reads "amazon cloud" as AWS when asked about certificates', () => {
    expect(ask('does she hold any amazon cloud certification')).toMatch(/^Yes\b[\s\S]*AWS/);
  });
});

describe('the fediverse', () => {
  it('is asked as Mastodon', () => {
    const social = createAssistant(
      ProfileSchema.parse({
        ...profile,
        contact: {
          email: 'lucia@example.com',
          other: [{ label: 'Mastodon', url: 'https://hachyderm.io/@lucia' }],
        },
      }),
    );
    expect(answerToPlainText(social.ask('is she on the fediverse'))).toContain(
      'hachyderm.io/@lucia',
    );
  });
});
