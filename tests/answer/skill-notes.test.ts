import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented consultant whose skills carry their level and years, and a thesis. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: { name: 'Jonas Brandt', title: 'Mobile Consultant', yearsOfExperience: 12 },
    skills: [
      {
        id: 'matrix',
        name: 'Skills matrix',
        skills: [
          { name: 'Kotlin', note: 'expert, 8 years, last used 2024' },
          { name: 'Swift', note: 'advanced, 6 years' },
          { name: 'Angular', note: 'intermediate, 3 years, last used 2019' },
        ],
      },
    ],
    education: [
      {
        institution: 'TU Berlin',
        degree: 'M.Sc.',
        field: 'Informatik',
        details: ['Thesis: "Energy-aware scheduling on Android"'],
      },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe("a skill's own level and years", () => {
  it("gives each skill's rating in an answer about several", () => {
    expect(ask('kotlin and angular?')).toMatch(
      /Angular: yes — listed under Skills matrix \(intermediate, 3 years, last used 2019\)/,
    );
  });

  it('answers the years from the skill, never "no years per skill"', () => {
    const text = ask('how many years of swift?');
    expect(text).toMatch(/Swift — advanced, 6 years/);
    expect(text).not.toMatch(/doesn't give years per skill/);
  });

  it('puts the years first when asked, without a "Yes" no one asked for', () => {
    const text = ask('how many years of swift?');
    expect(text.split('\n')[0]).toMatch(/Swift — advanced, 6 years/);
    expect(text).not.toMatch(/^Yes\b/);
  });

  it('still answers "does he know swift?" with a yes', () => {
    expect(ask('does he know swift?')).toMatch(/^Yes — /);
  });
});

describe('a thesis asked about', () => {
  it('shows the thesis under its degree', () => {
    expect(ask('what was his master thesis about')).toMatch(/Energy-aware scheduling/);
  });
});
