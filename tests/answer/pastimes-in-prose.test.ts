import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented profile whose pastimes are told only in the summary, beside work words. */
const lina = (summary: string[]) =>
  createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Lina Haas',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Frontend Engineer',
      },
      summary,
      skills: [{ id: 'fe', name: 'Frontend', skills: [{ name: 'React' }] }],
    }),
  );

describe('pastimes told in a line of prose', () => {
  it('are the answer to "what are her hobbies?", not "doesn\'t mention hobbies"', () => {
    const bot = lina([
      'I build design systems in React.',
      'Otherwise: bouldering, running and far too much sourdough.',
    ]);
    const text = answerToPlainText(bot.ask('what are her hobbies?'));
    expect(text).not.toMatch(/doesn't mention/);
    expect(text).toMatch(/bouldering, running/);
    expect(text).not.toMatch(/design systems/);
  });

  it('are not found in work words that pastimes share ("running", "reading")', () => {
    const bot = lina(['Running the web platform team and reading every incident report.']);
    expect(answerToPlainText(bot.ask('what are her hobbies?'))).toMatch(
      /doesn't mention hobbies or interests/,
    );
  });
});
