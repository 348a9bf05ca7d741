import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented profile with security work (RBAC, OWASP) and, optionally, a clearance. */
const rosa = (summary: string[]) =>
  createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Rosa Ilves',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Backend Engineer',
        availability: 'Open to remote contract work from March 2027',
      },
      summary,
      skills: [{ id: 'sec', name: 'Security', skills: [{ name: 'OWASP' }, { name: 'RBAC' }] }],
    }),
  );

describe('a security clearance asked about', () => {
  it('is not answered with security skills when no clearance is stated', () => {
    const text = answerToPlainText(rosa([]).ask('does she have security clearance?'));
    expect(text).toMatch(/doesn't mention a security clearance/);
    expect(text).not.toMatch(/OWASP|^Yes/);
  });

  it('gives the line that states one', () => {
    const held = rosa(['I hold active UK SC clearance.']);
    expect(answerToPlainText(held.ask('is she security cleared?'))).toMatch(/UK SC clearance/);
  });

  it('leaves a question about security skills to the skills', () => {
    expect(answerToPlainText(rosa([]).ask('does she know security?'))).toMatch(/OWASP/);
  });
});
