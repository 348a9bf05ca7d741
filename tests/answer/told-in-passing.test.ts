import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented profile: availability only in a summary line, studies with no degree named. */
const lina = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Lina Haas',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Frontend Engineer',
    },
    summary: ['I build design systems.', 'Happy to chat from February 2027, ideally part-time.'],
    education: [{ institution: 'TU Graz', field: 'Physics' }],
  }),
);
const ask = (q: string) => answerToPlainText(lina.ask(q));

describe('facts told in passing', () => {
  it('answers "when is she available?" with the line that says it, not "doesn\'t mention"', () => {
    for (const q of ['when is she available?', 'is she open to full time?']) {
      const text = ask(q);
      expect(text).not.toMatch(/doesn't mention/);
      expect(text).toMatch(/from February 2027, ideally part-time/);
    }
  });

  it('does not say "no degree" of studies whose degree is not named', () => {
    const text = ask('does she have a degree?');
    expect(text).not.toMatch(/^No\b/);
    expect(text).toMatch(/doesn't name a degree/);
    expect(text).toMatch(/TU Graz/);
  });
});

describe('writing told in a line of prose', () => {
  const writer = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Ines Kovac',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Frontend Engineer',
      },
      summary: ['I wrote a small book on accessible forms, and I mentor at a coding school.'],
    }),
  );

  it('is quoted for "has she written anything?", not "doesn\'t mention talks or writing"', () => {
    const text = answerToPlainText(writer.ask('has she written anything?'));
    expect(text).not.toMatch(/doesn't mention/);
    expect(text).toMatch(/small book on accessible forms/);
  });
});
