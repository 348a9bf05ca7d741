import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** A profile whose facts are in role lines and written in the owner's own words. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Mirela Dragan',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Localization Engineer',
      location: 'Cluj-Napoca, Romania',
    },
    skills: [
      { id: 'code', name: 'Code', skills: [{ name: 'TypeScript' }, { name: 'Python' }] },
      { id: 'testing', name: 'Testing', skills: [{ name: 'GoogleTest' }] },
    ],
    roles: [
      {
        company: 'Lingvo Labs',
        title: 'Localization Engineer',
        start: '2021',
        end: 'present',
        highlights: [
          'Led the right-to-left launch (Arabic and Hebrew) with bidi isolation in the UI.',
          'On the pager rotation for the translation API (one week in six).',
          'Wrote a placeholder linter; translation bugs after release fell from 40 a month to 6.',
        ],
      },
    ],
  }),
);
const say = (q: string) => answerToPlainText(assistant.ask(q));

describe('no "no" before the profile\'s own words were searched', () => {
  it('reads "rtl" as the right-to-left work the profile spells out', () => {
    const out = say('any rtl experience?');
    expect(out).not.toMatch(/^No\b/);
    expect(out).toContain('right-to-left');
  });

  it('finds on-call work written as a pager rotation', () => {
    const out = say('has she done on-call?');
    expect(out).not.toMatch(/^No\b/);
    expect(out).toContain('pager rotation');
  });

  it('counts a unit-testing framework as unit testing', () => {
    expect(say('does she do unit testing')).toMatch(/^Yes — through GoogleTest/);
  });

  it('still says no to a tool named with an everyday word that is absent', () => {
    expect(say('does she know Go')).toMatch(/^No — Go isn't in Mirela's profile/);
  });
});

describe("questions that are not about the profile's facts", () => {
  it('says no to an unknown product named before "experience", even if one word is used', () => {
    expect(say('smartling translation api experience')).toMatch(/^No — Smartling/);
  });

  it('says whether something she made helped, not what the bot can help with', () => {
    expect(say('did the linter she wrote actually help? numbers?')).toContain(
      'from 40 a month to 6',
    );
  });

  it('answers pay asked with a verb by saying the profile does not state it', () => {
    expect(say('how much does she make')).toMatch(/doesn't mention salary/);
  });

  it('gives no opinion, in any clause of the question', () => {
    for (const q of [
      'in ur opinion is python better than go?',
      'which TMS is the best one in your opinion',
      'my strings break lol, how do i fix my plural rules',
    ]) {
      expect(assistant.ask(q).answered, q).toBe(false);
    }
  });

  it('gives no verdict on how technologies compare, even ones she knows', () => {
    for (const q of [
      'How much faster is TypeScript than Python?',
      "what's the difference between python and typescript",
      'compare TypeScript to Python',
    ]) {
      expect(assistant.ask(q).answered, q).toBe(false);
    }
    // Asked of her, the comparison is hers to answer from the profile.
    expect(assistant.ask("what's the difference between her python and typescript").answered).toBe(
      true,
    );
  });

  it('says nothing of her private life, least of all a no', () => {
    for (const q of [
      'married?',
      'is she married',
      'does she have kids?',
      'what does her husband do',
    ]) {
      const answer = assistant.ask(q);
      expect(answer.answered, q).toBe(false);
      expect(answer.text, q).not.toMatch(/^No\b/);
    }
  });

  it('reads a common English word asked alone as no product to say no to', () => {
    for (const q of ['honest?', 'vegan?', 'punctual?', 'detail oriented?']) {
      expect(say(q), q).not.toMatch(/^No\b/);
    }
    // A name no dictionary holds is still a product the profile lacks.
    expect(say('fivetran?')).toMatch(/^No — Fivetran isn't/);
  });

  it('greets back in scripts its words do not read', () => {
    for (const q of ['здравей!', 'γεια σου!', 'ευχαριστώ', 'murakoze cyane', 'assalamu alaikum']) {
      expect(assistant.ask(q).topic, q).toMatch(/^(?:greeting|thanks)$/);
    }
  });
});

describe('a place asked that the profile does not state', () => {
  it('says the profile does not name it, then where she is', () => {
    expect(say('shes timisoara based right?')).toMatch(
      /^Not that the profile says — it doesn't mention Timisoara; Mirela is based in Cluj-Napoca/,
    );
    expect(say('cluj-napoca based?')).toMatch(/^Yes — Mirela is based in Cluj-Napoca/);
  });
});

describe('a field named in other words than the profile uses', () => {
  const agronomist = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Iker Salas',
        pronouns: { subject: 'he', object: 'him', possessive: 'his' },
        title: 'Embedded Engineer',
      },
      skills: [{ id: 'geo', name: 'Geospatial', skills: [{ name: 'GDAL' }, { name: 'NDVI' }] }],
      roles: [
        {
          company: 'Campo Norte',
          title: 'Embedded Engineer',
          highlights: ['Built the yield-map pipeline from Sentinel-2 tiles.'],
        },
      ],
    }),
  );

  it('finds satellite imagery in Sentinel-2 and NDVI before saying no', () => {
    const out = answerToPlainText(agronomist.ask('satellite imagery exp?'));
    expect(out).not.toMatch(/^No\b/);
    expect(out).toContain('Sentinel-2');
  });
});

describe('tools known by what they do, and names shared by two tools', () => {
  const developer = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Sigrid Holm',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'BIM Software Developer',
        location: 'Bergen, Norway',
      },
      skills: [
        {
          id: 'tools',
          name: 'Tools',
          skills: [
            { name: 'Dynamo' },
            { name: 'Azure DevOps' },
            { name: 'Wireshark' },
            { name: 'Deadline' },
          ],
        },
      ],
    }),
  );
  const ask = (q: string) => answerToPlainText(developer.ask(q));

  it('does not take Dynamo for DynamoDB, so no AWS through it', () => {
    expect(ask('aws?')).toMatch(/^No — AWS isn't in Sigrid's profile/);
  });

  it('finds CI/CD, packet analysis and a render farm through the tools that do them', () => {
    expect(ask('ci/cd exp?')).toMatch(/^Yes — through Azure DevOps/);
    expect(ask('can she do packet capture analysis')).toMatch(/^Yes — through Wireshark/);
    expect(ask('render farm experience?')).toMatch(/^Yes — through Deadline/);
  });

  it('names a place asked about in work history, not "industries"', () => {
    expect(ask('has she worked in Stavanger')).toMatch(/doesn't mention Stavanger/);
  });

  it('answers "where\'s she working these days" with her jobs, and greets in Norwegian', () => {
    expect(developer.ask("where's she working these days").topic).toBe('roles');
    expect(developer.ask('hei! hvordan går det?').topic).toBe('greeting');
    expect(developer.ask('dynamo or grasshopper, which is the better tool?').answered).toBe(false);
  });
});

describe('desktop GUI tools as a group', () => {
  it('answers "can she build gui tools" with the GUI toolkit she lists', () => {
    const toolsmith = createAssistant(
      ProfileSchema.parse({
        identity: {
          name: 'Ines Brault',
          pronouns: { subject: 'she', object: 'her', possessive: 'her' },
          title: 'Pipeline Developer',
        },
        skills: [{ id: 'code', name: 'Code', skills: [{ name: 'Python' }, { name: 'PySide6' }] }],
      }),
    );
    expect(answerToPlainText(toolsmith.ask('can she build gui tools for artists'))).toContain(
      'PySide6',
    );
  });
});
