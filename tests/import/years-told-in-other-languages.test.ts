import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** Invented intros in Portuguese and Spanish that say how long the owner has worked. */
const intro = (text: string) =>
  importMarkdownProfile(`# Caio Lima\n\nBackend Developer\n\n${text}\n`).profile;

describe('the years of a career told in Portuguese or Spanish', () => {
  it('reads "Sou dev há mais de 6 anos" and "Soy desarrolladora desde hace 8 años"', () => {
    expect(
      intro('Sou dev há mais de 6 anos, quase sempre com APIs.').identity.yearsOfExperience,
    ).toBe(6);
    expect(intro('Soy desarrolladora desde hace 8 años.').identity.yearsOfExperience).toBe(8);
  });

  it('does not take the years of one tool for the career', () => {
    expect(intro('Trabalho com Go há 3 anos.').identity.yearsOfExperience).toBeUndefined();
  });

  it('answers the years instead of saying the profile does not mention them', () => {
    const profile = intro('Sou dev há mais de 6 anos, quase sempre com APIs.');
    const answer = answerToPlainText(
      createAssistant(ProfileSchema.parse(profile)).ask('how many yrs of experience does he have'),
    );
    expect(answer).toMatch(/6/);
    expect(answer).not.toMatch(/doesn't mention/);
  });
});
