import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';
import { imported } from '../support/import-fixture.ts';

/** An invented mobile developer's about page: the whole career told as a story, no lists. */
const page = `# Tove Lindqvist

I'm a senior iOS engineer in Malmö, Sweden.

In March 2015 I moved to Gothenburg to join Fjordlight Apps as an iOS Developer. I owned the
offline sync layer and later the whole checkout flow, all in Swift with Core Data.

I came back to Malmö in Aug 2019 for a role as Senior iOS Engineer at Brisk Health. I rebuilt
the appointment booking screens in SwiftUI.

Since June 2023 I've been at Nordvik Bank, where I'm the Lead iOS Engineer.

Outside of work I always have a small game going, and I climb and bake sourdough.
`;

describe('a career told in prose', () => {
  const { profile } = imported(page);
  const role = (company: string) => profile.roles.find((r) => r.company === company);

  it('reads the month a job began from the sentence that tells it', () => {
    expect(role('Fjordlight Apps')?.start).toBe('2015-03');
    expect(role('Brisk Health')?.start).toBe('2019-08');
  });

  it('ends each earlier job when the next one begins, so only the last is current', () => {
    expect(role('Fjordlight Apps')?.end).toBe('2019-08');
    expect(role('Brisk Health')?.end).toBe('2023-06');
  });

  it('answers what was done at an employer with the sentences after the one naming it', () => {
    const assistant = createAssistant(ProfileSchema.parse(profile));
    const text = answerToPlainText(assistant.ask('what did she work on at Fjordlight?'));
    expect(text).toMatch(/offline sync layer/);
    expect(text).not.toMatch(/– present/);
  });

  it('does not make a pastime of an adverb ("I always have …")', () => {
    expect(profile.interests.map((i) => i.name)).not.toContainEqual(
      expect.stringMatching(/ing have/),
    );
    expect(profile.interests.map((i) => i.name)).toEqual(
      expect.arrayContaining(['climbing', 'baking sourdough']),
    );
  });
});

describe('an about page telling its years and pastimes in passing', () => {
  const { profile } = imported(`# Wren Halvorsen

Gameplay Programmer · Bergen, Norway

I've been making games professionally for about nine years now, mostly on consoles.

When I'm not at a keyboard you'll probably find me bouldering, or fiddling with modular
synthesizers, which I mostly use to make sound effects.
`);

  it('reads the years from "I’ve been making games … for about nine years now"', () => {
    expect(profile.identity.yearsOfExperience).toBe(9);
  });

  it('reads the pastimes after "you’ll probably find me", not what one of them is for', () => {
    expect(profile.interests.map((i) => i.name)).toEqual([
      'bouldering',
      'fiddling with modular synthesizers',
    ]);
  });
});

describe('a job and a degree told in the sentences of an intro', () => {
  const { profile } = imported(`# Léa Tremblay

Game programmer in Montréal, Canada.

I graduated with a BSc in Computer Science from Concordia University in 2014, then joined
Pixelwood as a junior. I was a Junior Gameplay Programmer there until 2017, when I moved to
Ubisoft Montréal.

## Skills

C++, Unreal Engine, Lua
`);

  it('gives the title the next sentence tells to the employer the sentence before it named', () => {
    expect(profile.roles).toEqual([
      expect.objectContaining({
        company: 'Pixelwood',
        title: 'Junior Gameplay Programmer',
        end: '2017',
      }),
    ]);
  });

  it('reads a degree "from" its school, with the year after it', () => {
    expect(profile.education).toEqual([
      expect.objectContaining({
        institution: 'Concordia University',
        degree: 'BSc',
        field: 'Computer Science',
        end: '2014',
      }),
    ]);
  });
});
