import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented sound designer turned gameplay programmer, asked in several languages. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Inês Valadares',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Gameplay Programmer',
      location: 'Porto, Portugal',
      yearsOfExperience: 9,
    },
    summary: ["I've made games for 9 years, first as a sound designer."],
    skills: [
      { id: 'engines', name: 'Engines', skills: [{ name: 'Unity' }, { name: 'Godot' }] },
      { id: 'audio', name: 'Audio', skills: [{ name: 'FMOD' }] },
    ],
    roles: [
      {
        company: 'Maresia Games',
        title: 'Gameplay Programmer',
        start: '2021',
        end: 'present',
        highlights: [
          'Built the boat physics for Salt & Sail.',
          'Lead a team of 4 gameplay programmers.',
        ],
      },
    ],
    contact: {
      email: 'ines@example.com',
      other: [{ label: 'Dribbble', url: 'https://dribbble.com/ines-v' }],
    },
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q, q));

describe('questions typed in Portuguese, Spanish, German or French', () => {
  it('answers where the owner lives and works now', () => {
    expect(ask('onde ela mora?')).toContain('Porto, Portugal');
    expect(ask('Wo arbeitet sie derzeit?')).toContain('Maresia Games');
    expect(ask('¿Dónde trabaja ella?')).toContain('Maresia Games');
  });

  it('answers the years and how to get in touch', () => {
    expect(ask('qts anos de xp ela tem?')).toMatch(/\b9\b/);
    expect(ask('¿cómo la puedo contactar?')).toContain('ines@example.com');
  });

  it('declines a task asked in Spanish, with no verdict on a skill', () => {
    const answer = assistant.ask('¿me escribes un script en python para ordenar una lista?', 't');
    expect(answer.answered).toBe(false);
    expect(answerToPlainText(answer)).not.toMatch(/^No\b/);
  });

  it('leaves an English question as it is', () => {
    expect(ask('is she in Porto?')).toMatch(/^Yes\b/);
  });
});

describe('plain questions the words alone misread', () => {
  it('reads "how long has she been in the industry" as years, not industries', () => {
    expect(ask('how long has she been in the industry')).toMatch(/\b9\b/);
  });

  it('finds audio middleware through FMOD', () => {
    expect(ask('any experience with audio middleware?')).toContain('FMOD');
  });

  it('reads "the team she runs" as the team the owner leads', () => {
    expect(ask('how big is the team she runs?')).toContain('team of 4 gameplay programmers');
  });

  it('reads "titel" as the job title', () => {
    expect(ask('whats her current titel?')).toContain('Gameplay Programmer');
  });

  it('reads "dribble" as the Dribbble profile', () => {
    expect(ask('does she have a dribble')).toContain('dribbble.com/ines-v');
  });
});
