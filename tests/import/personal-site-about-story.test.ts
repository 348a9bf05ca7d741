import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { titleFromSummary } from '../../src/import/header-titles.ts';
import { interestsFromProse } from '../../src/import/prose-interests.ts';
import { imported } from '../support/import-fixture.ts';

/**
 * An invented personal site's "about" page: the site's menu over the page, a career told as a
 * story in hard-wrapped paragraphs, a project whose description wraps after its linked name,
 * a "Working with me" section of principles and a closing "Say hello" that says when.
 */
const page = `---
title: "About"
layout: page
---

[Home](/) · [Notes](/notes/) · [Speaking](/speaking/) · **About** · [Uses](/uses/)

# About

Hello, I'm Idunn Castellanos. I'm a platform lead (and a former database administrator) living
in Valparaíso, Chile, and for nine years I've looked after the parts of a system people only
notice when they stop.

Right now I'm Head of Infrastructure for the Core Services group at [Marisol](https://marisol.example),
where I look after six engineers and two very busy on-call rotations. I joined Marisol in 2020
as a site reliability engineer and took over the group the year after.

Before Marisol I spent five years at Cerro Alto Mining, where I joined as a junior DBA and left
as a platform engineer. My first proper job was at Faro Digital, a tiny studio in Santiago.

## Side projects

**[tideclock](https://github.com/icastellanos/tideclock)**: a Rust command-line tool that reads
harbour tide tables and prints when the next slack water is. I use it every weekend.

## Community

I co-organise Valpo Rust, a monthly meetup, mostly by finding rooms.

## Working with me

Some habits I hold myself to:

I write the decision down before the meeting ends, with the options we turned down and why.

I would rather ship a small change on Tuesday than a big one on Friday evening.

## Say hello

I'm not looking for a new job at the moment, but I'm always glad to talk about Rust or
databases. Write to [idunn@castellanos.example](mailto:idunn@castellanos.example).
`;

describe("a personal site's about page told as a story", () => {
  const { profile } = imported(page);

  it("takes no page of the site's menu for the title, but the job held now", () => {
    expect(profile.identity.title).toBe('Head of Infrastructure');
    expect(profile.identity.headline ?? '').not.toMatch(/Home|Notes/);
  });

  it("gives the employer's site, linked on its name in a sentence, as no way to reach the owner", () => {
    expect(JSON.stringify(profile.contact)).not.toMatch(/marisol/);
  });

  it('reads the job held now, the one before it there, and both titles at the earlier employer', () => {
    const roles = profile.roles.map((r) => `${r.title} @ ${r.company}${r.end ? ` ${r.end}` : ''}`);
    expect(roles).toEqual(
      expect.arrayContaining([
        'Head of Infrastructure @ Marisol present',
        'Site reliability engineer @ Marisol',
        'Platform engineer @ Cerro Alto Mining',
      ]),
    );
  });

  it('counts no people and no group as expertise', () => {
    expect(profile.expertise.join(' | ')).not.toMatch(/six engineers|^group$/);
  });

  it('joins a project description wrapped after its linked name', () => {
    const tideclock = profile.projects.find((p) => p.name === 'tideclock');
    expect(tideclock?.summary).toMatch(/reads harbour tide tables/);
  });

  it('reads a meetup the owner co-organises, named before its kind', () => {
    expect(profile.volunteer.map((v) => `${v.position} ${v.organization}`)).toContain(
      'Co-organiser Valpo Rust',
    );
  });

  it('reads "Working with me" without a word of when as principles, not availability', () => {
    expect(profile.principles.join(' ')).toMatch(/write the decision down/);
    expect(profile.identity.availability ?? '').not.toMatch(/write the decision down/);
  });

  it('takes the availability from the closing paragraph that also gives the address', () => {
    expect(profile.identity.availability).toMatch(/not looking for a new job at the moment/i);
    expect(profile.contact.email).toBe('idunn@castellanos.example');
  });
});

describe('the title an introduction gives', () => {
  it('leaves out an aside in brackets and ends before "living in"', () => {
    expect(
      titleFromSummary(
        "I'm a platform lead (and a former database administrator) living in Valparaíso, Chile.",
      ),
    ).toBe('Platform lead');
  });
});

describe('pastimes told where the owner is when not working', () => {
  it('reads the place one is at and a pastime of two words, without how well or where', () => {
    expect(
      interestsFromProse(
        "When I'm not at my desk I'm usually at the workshop, or out trail running slowly around Lake Como.",
      ),
    ).toEqual(['workshop', 'trail running']);
  });
});

describe('answers on the story-told about page', () => {
  const bot = createAssistant(imported(page).profile);
  const ask = (q: string, id?: string) => answerToPlainText(bot.ask(q, id));

  it('says where the owner works now and, before it, the employer only the prose names', () => {
    const text = ask('which companies did she work for before her current job?');
    expect(text).toMatch(/works at Marisol as Head of Infrastructure/);
    expect(text).toMatch(/Cerro Alto Mining/);
    expect(text).toMatch(/Faro Digital/);
    // The earlier job there is no "2020 – present": another job is the one held now.
    expect(text).not.toMatch(/2020 – present/);
  });

  it('answers "what is her management style?" from the principles', () => {
    expect(ask("what's her management style like?")).toMatch(/write the decision down/);
  });

  it('declines a verdict on a person beside the owner', () => {
    expect(
      bot.ask('what do you think of her old boss at Cerro Alto, was he any good?').answered,
    ).toBe(false);
  });
});
