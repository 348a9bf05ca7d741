import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented imported profile: one skill group called "Skills", no expertise list. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Tove Lindqvist',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Platform Engineer',
    },
    skills: [
      {
        id: 'skills',
        name: 'Skills',
        note: 'named in the prose',
        skills: [{ name: 'Go' }, { name: 'Kubernetes' }, { name: 'PostgreSQL' }],
      },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('asking what someone is best at when the profile lists no expertise', () => {
  it('answers with the skills it lists, saying there is no expertise list', () => {
    for (const q of ["what's she best at?", 'what is she expert in?']) {
      const text = ask(q);
      expect(text, q).toMatch(/names no areas of expertise as such/);
      expect(text, q).toMatch(/Go, Kubernetes, PostgreSQL/);
      expect(text, q).not.toMatch(/doesn't mention/);
    }
  });

  it('calls a group named "Skills" her skills, not her "Skills skills"', () => {
    const text = ask('what are her main skills?');
    expect(text).not.toMatch(/Skills skills/i);
    expect(text).toMatch(/Tove's skills/);
  });
});
