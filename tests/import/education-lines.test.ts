import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** Education as LinkedIn's PDF writes it: the school as a heading, "Degree, Field · (years)". */
const CV = `# Jana Novak

Embedded Engineer

## Education

### Technische Hochschule Brno

Diplom-Informatiker (Dipl.-Inf.), Computer Science · (2008 - 2013)

### Universidad de Sevilla

Erasmus exchange year, Robotics · (2011 - 2012)
`;

const profile = ProfileSchema.parse(importMarkdownProfile(CV).profile);

describe('education lines under a school', () => {
  it('reads a degree of another system with its short form, and its field', () => {
    expect(profile.education[0]).toMatchObject({
      institution: 'Technische Hochschule Brno',
      degree: 'Diplom-Informatiker (Dipl.-Inf.)',
      field: 'Computer Science',
      start: '2008',
      end: '2013',
    });
  });

  it('keeps a line with dates that names no degree, instead of dropping its words', () => {
    expect(profile.education[1]?.details).toEqual(['Erasmus exchange year, Robotics']);
  });

  it('answers "what degree" with that degree, never "no degree"', () => {
    const answer = answerToPlainText(createAssistant(profile).ask('what degree does she have?'));
    expect(answer).not.toMatch(/^No/);
    expect(answer).toContain('Diplom-Informatiker (Dipl.-Inf.) in Computer Science');
    expect(answer).toContain('Erasmus exchange year, Robotics');
  });
});
