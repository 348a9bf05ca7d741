import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

// A profile with roles, a "currently working on" line and CUDA named only in a role bullet.
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Min-jun Park',
      pronouns: { subject: 'they', object: 'them', possessive: 'their' },
      title: 'Research Engineer',
      location: 'Daejeon, South Korea',
    },
    summary: ["I'm currently working on a speech model that runs on a watch."],
    roles: [
      {
        company: 'Hanul AI',
        title: 'Research Engineer',
        start: '2022',
        end: 'present',
        highlights: ['Wrote custom CUDA kernels for attention.'],
      },
    ],
    projects: [{ id: 'tidy', name: 'tidy-audio', summary: 'A library for cleaning audio.' }],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('facts said in passing', () => {
  it('"where do they work now" asks for the employer, "work from" for the place', () => {
    expect(ask('where do they work now')).toMatch(/Hanul AI/);
    expect(ask('where do they work from?')).toMatch(/Daejeon/);
  });

  it('reads low-level GPU code as GPU programming, shown through CUDA', () => {
    const text = ask('can they write low-level GPU code?');
    expect(text).toMatch(/GPU programming/);
    expect(text).toMatch(/custom CUDA kernels/);
  });

  it('answers what they work on now from their own line, before listing every project', () => {
    const text = ask('what are they working on right now?');
    expect(text).toMatch(/speech model that runs on a watch/);
    expect(text).not.toMatch(/tidy-audio/);
  });
});
