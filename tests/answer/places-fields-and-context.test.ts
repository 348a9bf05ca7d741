import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented research engineer's knowledge, as the importer writes it. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Ines Albrecht',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Research Software Engineer',
      location: 'Bern, Switzerland',
    },
    expertise: ['Self-supervised learning for satellite imagery; glacier change detection'],
    skills: [
      {
        id: 'languages',
        name: 'Languages',
        skills: [{ name: 'Python', note: '5/5, 9 years' }, { name: 'Rust' }],
      },
      { id: 'data', name: 'Data', skills: [{ name: 'PostgreSQL' }, { name: 'Redis' }] },
    ],
    roles: [
      {
        company: 'Alpine Remote Sensing Lab, University of Bern',
        title: 'Postdoctoral Researcher',
        start: '2019',
        end: '2022',
        location: 'Bern, Switzerland',
        highlights: ['Lidero un equipo de 3 doctorandos en la detección de cambios glaciares.'],
      },
      {
        company: 'Infotech Solutions',
        title: 'Software Engineer',
        start: '2014',
        end: '2017',
        location: 'Pune, India',
        highlights: [],
      },
    ],
    projects: [
      {
        id: 'icemask',
        name: 'icemask',
        summary: 'Open source package for glacier masks from Sentinel-2 · ★ 800 · maintainer',
      },
      {
        id: 'tilequeue',
        name: 'Tile Queue',
        summary: 'A recurring job scheduler with time zone aware weekly and monthly runs.',
      },
    ],
    awards: [{ title: 'Swiss National Science Foundation project grant, CHF 200,000 (2023)' }],
    principles: ['Clean Architecture and small modules'],
    contact: { email: 'ines@example.org' },
  }),
);

const ask = (q: string, c = 'c') => answerToPlainText(assistant.ask(q, c));

describe('questions about places, fields and what was asked beside', () => {
  it('answers work in a country from the roles held there, and a clear no for another', () => {
    expect(ask('has she ever worked in india?')).toMatch(/^Yes — Ines worked in India/);
    // Asked in the present form after "did" or "ever".
    expect(ask('did she ever work in india?')).toMatch(/^Yes — Ines worked in India/);
    expect(ask('has she worked in germany?')).toMatch(
      /^No — none of Ines's roles in the profile was in Germany\. Her roles were in Switzerland and India/,
    );
  });

  it('says a field the profile never names is not in it, and finds one it names', () => {
    expect(ask('does she have experience in medical imaging?')).toBe(
      "No — Ines's profile doesn't mention medical imaging.",
    );
    expect(ask('has she ever brought in grant money?')).toContain('project grant, CHF 200,000');
  });

  it('reads shorthand and the words academics use', () => {
    expect(ask('where did she do her postdoc')).toContain('Alpine Remote Sensing Lab');
    expect(ask('clean arch?')).toContain('Clean Architecture');
    expect(ask('what are her research interests?')).toContain('glacier change detection');
    expect(ask('whats her strongest area')).toContain('Self-supervised learning');
    expect(ask('which open source packages does she maintain?')).toContain('icemask');
  });

  it('gives the years of the skill just asked about when the follow-up asks how long', () => {
    ask('does she know python?', 'years');
    expect(ask('how many years?', 'years')).toBe(
      'On the years, the profile says: Python — 5/5, 9 years.',
    );
  });

  it('finds leadership written in Spanish, with the size of the team', () => {
    expect(ask('has she ever managed a team')).toContain('Lidero un equipo de 3 doctorandos');
  });

  it('declines an opinion on the world', () => {
    expect(assistant.ask('what do you think of the EU AI Act?', 'c').answered).toBe(false);
  });
});

describe('working hours set against another time zone', () => {
  it('gives how far apart the place and the zone asked are, and that the hours are not stated', () => {
    const text = ask('can she overlap with EST hours?');
    expect(text).toContain('Bern, Switzerland is on UTC+1 (standard time), 6 hours ahead of EST');
    expect(text).toContain("doesn't state a time zone or working hours");
    expect(text).not.toMatch(/^\**(?:yes|no)\b/i);
  });

  it('reads a zone by its spoken name', () => {
    expect(ask("what's the time difference to the west coast?")).toContain(
      '9 hours ahead of US Pacific time',
    );
  });

  it('still declines the time of day', () => {
    expect(assistant.ask('what time is it?', 'c').answered).toBe(false);
  });
});

describe('a question pasted after its context', () => {
  it('answers about the context when the question points back to it', () => {
    const text = ask(
      'we process a lot of recurring jobs with weekly and monthly runs across time zones. has she built something like that?',
    );
    expect(text).toContain('Tile Queue');
  });

  it('adds the described work to a verdict on several technologies', () => {
    const text = ask(
      'we need someone to own our recurring job scheduler (time zones, weekly/monthly runs) on postgres + redis. does she have that kind of experience?',
    );
    expect(text).toMatch(/^Yes to all 2/);
    expect(text).toContain('On the work described, her profile says:');
    expect(text).toContain('Tile Queue');
  });
});

describe('a profile in another language, and channels and names asked for', () => {
  const dutch = createAssistant(
    ProfileSchema.parse({
      identity: {
        name: 'Sanne de Graaf',
        pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        title: 'Automation Engineer',
      },
      skills: [
        {
          id: 'netwerken',
          name: 'Netwerken',
          skills: [{ name: 'PROFINET' }, { name: 'PROFIBUS' }],
        },
        { id: 'talen', name: 'Talen', skills: [{ name: 'Python' }] },
      ],
      roles: [
        {
          company: 'Vanderlande',
          title: 'Senior Automation Engineer',
          start: '2020-01',
          end: 'present',
          highlights: [],
        },
      ],
    }),
  );
  const say = (q: string, c = 'n') => answerToPlainText(dutch.ask(q, c));

  it('shows a group spelled close to the field asked, never a "no"', () => {
    const text = say('Any experience with industrial fieldbus networks?');
    expect(text).not.toMatch(/^No\b/);
    expect(text).toContain('PROFINET');
  });

  it('names the tool asked beside a technology in its "no"', () => {
    expect(say('does she know KUKA robot programming?')).toMatch(/KUKA/);
  });

  it('answers "since when?" after the current employer, and names a missing email', () => {
    say("who's her current employer?", 'since');
    expect(say('since when?', 'since')).toBe(
      'Since 2020-01 — Senior Automation Engineer at Vanderlande.',
    );
    expect(say('whats her email address?')).toContain('email address');
  });

  it('reads a lower-case technology right after "build" as the technology', () => {
    expect(say('can she build react frontends too?')).toMatch(
      /^No — React isn't in Sanne's profile/,
    );
  });
});

describe('work in a country, with a role whose place is not given', () => {
  const some = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Ola Berg', title: 'Engineer' },
      roles: [
        { company: 'Fjord AS', title: 'Engineer', location: 'Oslo, Norway', highlights: [] },
        { company: 'Acme', title: 'Developer', highlights: [] },
      ],
    }),
  );

  it('says only that the profile does not mention it', () => {
    expect(answerToPlainText(some.ask('has ola worked in germany?', 'w'))).toMatch(
      /^Not that the profile says — it doesn't mention Germany for any of Ola's roles/,
    );
  });
});

describe('a profile that states no location', () => {
  const placeless = createAssistant(
    ProfileSchema.parse({
      identity: { name: 'Oren Pax', title: 'Storage Engineer' },
      projects: [{ id: 'kv', name: 'tinykv', summary: 'A Raft-based key-value store in Go' }],
    }),
  );

  it('does not take "Raft-based" for where the owner is based', () => {
    const text = answerToPlainText(placeless.ask('where is he based?', 'p'));
    expect(text).not.toContain('tinykv');
    expect(text).toContain("doesn't mention a location");
  });
});
