import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';
import { imported } from '../support/import-fixture.ts';

/**
 * An invented personal site's about page: the career told as a story under "Where I've been",
 * the current job in another section, languages and relocation in sentences.
 */
const page = `---
title: "About"
draft: false
---

## Hi, I'm Saskia 👋

I'm **Saskia Verhoeven**, a data and platform engineer living in Utrecht, Netherlands.

## What I do

Right now I'm a **Principal Engineer at Dijkstroom Energy**, where I look after the metering
pipelines and the people who run them.

## Where I've been

I studied at **Delft University of Technology** (TU Delft) and finished a Master of Science in
Applied Mathematics in 2013. My thesis was about forecasting grid load from weather data, which
explains most of what came after.

In the summer of '13 I joined **Kaasfabriek Digital**, a small agency in Gouda, as a junior
data analyst. Lots of SQL, lots of dashboards nobody opened twice.

From 2015 to 2019 I was at **Fietsrek**, a logistics startup in Utrecht. I started as a data
engineer and ended up as Data Lead, running a team of three.

Then from Mar 2019 until mid-2022 I was a Senior Platform Engineer at **Waterlijn Analytics**,
mostly on Kafka and Flink. I talked about that at dataconf Amsterdam 2021 in a talk called
*"Exactly once, mostly: streaming meter reads"*.

Since September 2022 I've been at Dijkstroom Energy (see above).

## Off the clock

I help organise the **PyData Utrecht** meetups.

Languages: Dutch is my mother tongue, English is my work language, my German is solid school
German, and I've been learning Spanish for a year.

## Say hello

I'm not looking for a full-time role right now, but I take on a little freelance work on the side,
mostly data platform reviews and pipeline audits, at most one day a week. Relocation is off the
table (family), but remote is totally fine.
`;

describe('a career told as a story on an about page', () => {
  const { profile } = imported(page);
  const jobs = profile.roles.map((r) => [r.company, r.title, r.start, r.end]);

  it('reads each job the story tells, with the dates it gives', () => {
    expect(jobs).toContainEqual(['Dijkstroom Energy', 'Principal Engineer', '2022-09', 'present']);
    expect(jobs).toContainEqual(['Kaasfabriek Digital', 'Junior data analyst', '2013', '2015']);
    expect(jobs).toContainEqual([
      'Waterlijn Analytics',
      'Senior Platform Engineer',
      '2019-03',
      '2022',
    ]);
  });

  it('reads "started as … and ended up as …" as two titles, each dated only as far as told', () => {
    expect(jobs).toContainEqual(['Fietsrek', 'Data engineer', '2015', undefined]);
    expect(jobs).toContainEqual(['Fietsrek', 'Data Lead', undefined, '2019']);
  });

  it('never takes a sentence of the story for an employer', () => {
    expect(profile.roles.every((r) => !/\bI\b/.test(r.company))).toBe(true);
    expect(profile.identity.title).toBe('Principal Engineer');
  });

  it('reads the degree told after "I studied at", with its thesis', () => {
    expect(profile.education).toEqual([
      expect.objectContaining({
        institution: 'Delft University of Technology (TU Delft)',
        degree: 'Master of Science',
        field: 'Applied Mathematics',
        end: '2013',
        details: [expect.stringContaining('forecasting grid load')],
      }),
    ]);
  });

  it('reads the spoken languages a "Languages:" line tells in sentences', () => {
    expect(profile.languages.map((l) => [l.name, l.proficiency])).toEqual(
      expect.arrayContaining([
        ['Dutch', 'native'],
        ['German', undefined],
        ['Spanish', 'learning'],
        ['English', expect.anything()],
      ]),
    );
  });

  it('reads the talk with its lower-case event and the meetup helped organise', () => {
    expect(profile.publications).toEqual([
      expect.objectContaining({
        title: 'Exactly once, mostly: streaming meter reads',
        venue: 'dataconf Amsterdam 2021',
      }),
    ]);
    expect(profile.volunteer.map((v) => v.organization)).toEqual(['PyData Utrecht meetup']);
  });

  it('answers a relocation question with the sentence that rules it out', () => {
    const answer = answerToPlainText(
      createAssistant(ProfileSchema.parse(profile)).ask('would she relocate to Berlin?'),
    );
    expect(answer).toMatch(/^No — /);
    expect(answer).toContain('Relocation is off the table');
  });
});
