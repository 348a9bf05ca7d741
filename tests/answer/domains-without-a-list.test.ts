import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/**
 * A profile that lists no industries: the domains are in its jobs' words ("retail banking
 * app"), and a section is titled with an ordinary word ("Outside work").
 */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Tariq Osei',
      pronouns: { subject: 'he', object: 'him', possessive: 'his' },
      title: 'Senior iOS Engineer',
      location: 'Accra, Ghana',
    },
    skills: [{ id: 'mobile', name: 'Mobile', skills: [{ name: 'Swift' }, { name: 'SwiftUI' }] }],
    roles: [
      {
        company: 'Volta Savings',
        title: 'iOS Engineer',
        start: '2019',
        end: '2023',
        summary: 'Rebuilt the retail banking app used by 900k customers.',
      },
      { company: 'Shea Games', title: 'Mobile Developer', start: '2016', end: '2019' },
    ],
    sections: [
      {
        id: 'outside-work',
        title: 'Outside work',
        items: ['I coach a youth football team on Saturdays.'],
      },
    ],
    contact: { email: 'tariq@example.com' },
  }),
);
const ask = (question: string) => answerToPlainText(assistant.ask(question));

describe('domains of a profile without a list of industries', () => {
  it('finds banking work for a fintech question instead of saying no', () => {
    for (const question of ['any fintech background?', 'any fintech / banking background?']) {
      const answer = ask(question);
      expect(answer).not.toMatch(/^No\b/);
      expect(answer).toMatch(/retail banking app/);
    }
  });

  it('says a clear no to a domain nothing in the profile holds, naming it', () => {
    expect(ask('has he worked in insurance?')).toMatch(/^No\b.*insurance/);
    expect(ask('has he worked in healthcare?')).toMatch(/^No\b.*healthcare/);
  });

  it('does not take "worked" for the name of the "Outside work" section', () => {
    expect(ask('has he worked in healthcare?')).not.toMatch(/football/);
    expect(ask('what does he do outside work?')).toMatch(/football/);
  });
});

describe('a domain named in the words of another language', () => {
  const insurer = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Álvaro Ruiz',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Backend Developer',
      },
      roles: [
        {
          company: 'Grupo Norte Seguros',
          title: 'Desarrollador Backend',
          start: '2018',
          end: '2022',
        },
      ],
    }),
  );

  it('is a yes quoting the line that names it so ("Seguros" for insurance)', () => {
    const answer = answerToPlainText(insurer.ask('did he work in insurance at all?'));
    expect(answer).toMatch(/^Yes\b/);
    expect(answer).toMatch(/Grupo Norte Seguros/);
  });
});

describe('a domain asked with a typo, or as one side of a choice', () => {
  const civic = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Rui Matos',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Design Engineer',
      },
      industries: ['Travel', 'Public sector'],
      roles: [
        {
          company: 'Câmara Municipal de Sintra',
          title: 'UI Developer',
          start: '2017',
          end: '2018',
        },
      ],
    }),
  );
  const ask = (q: string) => answerToPlainText(civic.ask(q));

  it('never says no while the other side of "goverment / public sector" is listed', () => {
    const answer = ask('any goverment / public sector experience?');
    expect(answer).not.toMatch(/^No\b/);
    expect(answer).toMatch(/Public sector/);
  });

  it('reaches a city council’s job from "government"', () => {
    expect(ask('any government experience?')).toMatch(/^Yes\b[\s\S]*Câmara Municipal de Sintra/);
  });
});

describe('new technology being picked up, beside a "Currently" section about music', () => {
  const learner = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Tomás Reyes',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Design Engineer',
      },
      exploring: ['Rust and WebAssembly for in-browser image tools'],
      sections: [
        { id: 'repeat', title: 'Currently on Repeat', items: ['Khruangbin — Con Todo El Mundo'] },
      ],
    }),
  );

  it('is what he is learning, not the record he is playing', () => {
    const answer = answerToPlainText(learner.ask('is he picking up any new tech at the moment?'));
    expect(answer).toMatch(/Rust and WebAssembly/);
    expect(answer).not.toMatch(/Khruangbin/);
  });
});
