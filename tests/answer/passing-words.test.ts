import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** Words that name a group, an employer or a having, in questions about something else. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Pia Rautio',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Graphics programmer',
    },
    skills: [{ id: 'languages', name: 'Languages', skills: [{ name: 'C++' }, { name: 'HLSL' }] }],
    roles: [
      {
        company: 'Northlight Games',
        title: 'Senior Graphics Programmer',
        start: '2021',
        end: 'present',
        highlights: ['Built the shader-variant pipeline that cut load times by 40%.'],
      },
      { company: 'Koivu Studio', title: 'Programmer', start: '2017', end: '2021' },
    ],
    sections: [
      {
        id: 'grants-and-awards',
        title: 'Grants & Awards',
        items: ['Best Indie Tech Award, Nordic Dev Days 2023'],
      },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('words that only pass through a question', () => {
  it('finds an award kept as text when asked whether she won one', () => {
    expect(ask('has she won any awards')).toContain('Best Indie Tech Award');
  });

  it('answers about a line the question names instead of denying a group it mentions', () => {
    const out = ask('what did the shader variant pipeline improve');
    expect(out).not.toMatch(/^No/);
    expect(out).toContain('40%');
  });

  it('does not take a word every studio shares for one employer', () => {
    expect(ask('how many games has she worked on')).not.toMatch(/^\*?\*?Senior Graphics/);
    expect(ask('which studio is she at now?')).toContain('Northlight Games');
  });
});

describe('a city in an employer’s name', () => {
  const assistant = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Rémi Caron',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Engineering manager',
        location: 'Lyon, France',
      },
      roles: [{ company: 'Arkane Lyon', title: 'Gameplay programmer', start: '2012', end: '2016' }],
    }),
  );

  it('does not take a question about the city for one about the employer', () => {
    const out = answerToPlainText(assistant.ask('best restaurants in lyon?'));
    expect(out).not.toContain('Gameplay programmer');
    expect(answerToPlainText(assistant.ask('what did he do at arkane'))).toContain(
      'Gameplay programmer',
    );
  });
});
