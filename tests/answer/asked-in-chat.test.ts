import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented profile: jobs, a payments technology, BLE firmware, a certificate told as an exam. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Noor Haddad',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Firmware Engineer',
      location: 'Amman, Jordan',
      yearsOfExperience: 8,
    },
    summary: [
      'Recently passed the Google Cloud Professional Data Engineer exam (01/2025).',
      'Built billing on Stripe for a wearables shop.',
      'I write the code that runs on things with batteries.',
      "I'm looking to collaborate on open-source BLE stacks.",
    ],
    skills: [
      {
        id: 'fw',
        name: 'Firmware',
        skills: [{ name: 'C' }, { name: 'Go' }, { name: 'BLE' }, { name: 'Stripe' }],
      },
    ],
    roles: [
      {
        company: 'Wadi Devices',
        title: 'Firmware Engineer',
        start: '2021-04',
        highlights: [],
      },
      {
        company: 'Petra Labs',
        title: 'Embedded Developer',
        start: '2017-01',
        end: '2021-03',
        highlights: ['The job that taught me C on the firmware team.'],
      },
    ],
    publications: [
      { kind: 'talk', title: 'Power debugging on nRF53', venue: 'Oulu Embedded Meetup' },
    ],
  }),
);
const ask = (q: string, conversation?: string) => answerToPlainText(assistant.ask(q, conversation));

describe('questions as chats write them', () => {
  it('reads "@bot" before a question as whom it is addressed to, not a word of it', () => {
    expect(ask('@bot has she worked at grab')).toMatch(/^No — Grab isn't among/);
  });

  it('reads a lower-case employer of two words after "at" as one name', () => {
    expect(ask('did she ever work at google deepmind?')).toMatch(/^No — Google Deepmind/);
  });

  it('answers a technology asked as an employer with a no, then where it is used', () => {
    const text = ask('did she work at Stripe?');
    expect(text).toMatch(/^No — Stripe isn't among the employers in Noor's profile/);
    expect(text).toContain('Built billing on Stripe');
  });

  it('answers the question after a dash, not the context before it', () => {
    expect(
      ask(
        'hiring for a senior Go role at a payments company in Berlin - how many yrs of experience does Noor have overall?',
      ),
    ).toMatch(/\b8\b/);
  });

  it('says what the profile gives on years when years of a skill are asked in other words', () => {
    expect(ask('how many years has she been writing Go tbh')).toMatch(/8 years of experience/);
  });

  it('finds a certificate told as a passed exam before saying no', () => {
    expect(ask('does she have any google cloud certs')).toContain(
      'Google Cloud Professional Data Engineer',
    );
  });

  it('reads chat shorthand: "collab" is "collaborate"', () => {
    expect(ask('what kind of stuff is she looking to collab on?')).toContain(
      'open-source BLE stacks',
    );
  });

  it('reads BLE as Bluetooth experience', () => {
    expect(ask('any bluetooth experience?')).toMatch(/^Yes — through BLE/);
  });

  it('does not take a word of the same meaning for an initialism a line spells', () => {
    // "OEM" is near "AUTOSAR" in meaning; "Oulu Embedded Meetup" spells no OEM.
    expect(ask('any AUTOSAR experience?')).toMatch(/^No — AUTOSAR isn't in Noor's profile/);
  });

  it('never reads "since" as the name of a skill', () => {
    ask('who is she working for now?', 'since');
    expect(ask('since when?', 'since')).not.toMatch(/Since isn't/);
  });

  it('declines a ranking of the owner against other people, which no profile shows', () => {
    expect(ask('in ur opinion is she better than the avg go dev?')).toMatch(/^I don't know/);
    expect(ask('is she better than most engineers at C?')).toMatch(/^I don't know/);
  });

  it('declines a prediction about the world', () => {
    expect(ask("who's going to win the ice hockey world championship this year?")).toMatch(
      /^I don't know/,
    );
  });

  it('answers "how long was that?" after a job with that job\'s dates', () => {
    ask('what did she do at Petra Labs?', 'tenure');
    expect(ask('how long was that job', 'tenure')).toMatch(/Embedded Developer.*2017-01 – 2021-03/);
  });

  it('reads "public" as a word of its own, not the stem of "publication"', () => {
    expect(ask('<@U0BOT> any public talks?')).toContain('Power debugging on nRF53');
  });
});

describe('a place said only in the subtitle', () => {
  it('finds it beside a flag before saying the profile names none', () => {
    const subtitled = createAssistant(
      ProfileSchema.parse({
        identity: {
          name: 'Lucía Torres',
          title: 'Senior Android Engineer',
          headline: 'Senior Android Engineer · Cali, Colombia 🇨🇴 · (ella / she / her)',
        },
      }),
    );
    expect(answerToPlainText(subtitled.ask('where is she based?'))).toMatch(
      /based in Cali, Colombia/,
    );
  });
});

describe('a field of work named like an employer', () => {
  const gamer = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Piotr Nowak', title: 'Rendering Engineer' },
      summary: ['Rendering engineer with nine years in the games industry.'],
      skills: [{ id: 'gfx', name: 'Graphics', skills: [{ name: 'HLSL' }, { name: 'GLSL' }] }],
      roles: [{ company: 'Hollowpeak Games', title: 'Engine Programmer', highlights: [] }],
      sections: [
        {
          id: 'outside',
          title: 'Outside work',
          items: ['Our 4k intro took 2nd place in the 4k intro competition at Revision 2019.'],
        },
      ],
    }),
  );
  const said = (q: string) => answerToPlainText(gamer.ask(q));

  it('reads "the games industry" as a field, not the employer with "Games" in its name', () => {
    expect(said('how many years has he been in the games industry?')).toMatch(/nine years/);
  });

  it('finds a place won in a competition when asked for awards', () => {
    expect(said('has he won any awards?')).toMatch(/2nd place in the 4k intro competition/);
  });

  it('answers "can he write shaders?" through the shading languages listed', () => {
    expect(said('can he write shaders?')).toMatch(/^Yes — through HLSL and GLSL/);
  });
});

describe('"currently" in a question about the owner', () => {
  it('reads "does she manage anyone currently?" as management, not what she is learning', () => {
    const lead = createAssistant(
      ProfileSchema.parse({
        identity: { name: 'Wanjiru Kamau', title: 'Senior Data Scientist' },
        expertise: ['Machine Learning'],
        summary: ['Learning-to-rank and credit models for mobile lending.'],
        skills: [{ id: 'ml', name: 'Machine Learning', skills: [{ name: 'PyTorch' }] }],
        roles: [
          {
            company: 'Zawadi Pay',
            title: 'Senior Data Scientist',
            highlights: ['Manage two data scientists and one analytics engineer'],
          },
        ],
      }),
    );
    const text = answerToPlainText(lead.ask('does she manage anyone currently?'));
    expect(text).toContain('Manage two data scientists');
    expect(text).not.toContain('Learning-to-rank');
  });
});
