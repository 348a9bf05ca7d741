import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/**
 * An invented "how I got here" blog post: a title that is a sentence, chapters under headings
 * of their own, every fact told in prose, some paragraphs hard-wrapped.
 */
const post = `# About me — how a nurse ended up writing firmware for infusion pumps

People ask how I switched careers, so here is the long version, written down once.

## The ward years

My name's Carys Bevan. I grew up near Swansea and did a BSc in Nursing at Bangor University,
graduating in 2008. I worked night shifts for years and kept a notebook of every alarm that
went off for no reason, which is how I got curious about the machines themselves.

## Switching

In 2015 I did the sixteen-week evening course at CodeFirst Academy in Bristol, mostly C and a
little Python. I applied everywhere. The one that said yes was Tidewell Medical in Bristol, where
I started in March 2016 as a Junior Test Engineer, and I learned what a requirements trace is.

In 2019 I moved to Aldergrove Devices, a pump maker based in Bath, as a Firmware Engineer. I
wrote most of the alarm logic on their STM32 boards and I still think it is the best thing I
have built.

## Today

Since June 2022 I've been a Senior Embedded Engineer at Kestrel Infusion, a small company in
Bristol. I lead the firmware reviews and I speak English and Welsh, and my French is rusty
(B1, I can read datasheets in it).

## Side projects and talks

My main side project is \`alarmlint\`, a small open source checker for alarm tables. It has a
few dozen users, which still surprises me.

In 2023 I gave my first conference talk at Embedded World in Nuremberg, "What night shifts taught
me about alarm fatigue", about designing alarms people do not learn to ignore.

## What I'm looking for next

I'm open to the right thing: ideally a lead firmware role in medical devices. I live in Clifton
with my partner, so hybrid in Bristol works. My notice period is two months.
`;

describe('a career story told as a blog post', () => {
  const { profile } = imported(post);

  it('takes the name from the prose, not from a title that is a sentence', () => {
    expect(profile.identity.name).toBe('Carys Bevan');
    expect(profile.identity.title).toBe('Senior Embedded Engineer');
  });

  it('reads the jobs told in its chapters, with when they began', () => {
    const roles = profile.roles.map((r) => `${r.title} at ${r.company} from ${r.start}`);
    expect(roles).toEqual(
      expect.arrayContaining([
        'Senior Embedded Engineer at Kestrel Infusion from 2022-06',
        'Junior Test Engineer at Tidewell Medical from 2016-03',
        'Firmware Engineer at Aldergrove Devices from 2019',
      ]),
    );
  });

  it('reads where she lives, her degree with its year and the course that changed her career', () => {
    expect(profile.identity.location).toBe('Clifton');
    expect(profile.education).toEqual([
      expect.objectContaining({ institution: 'Bangor University', degree: 'BSc', end: '2008' }),
      expect.objectContaining({
        institution: 'CodeFirst Academy',
        degree: 'sixteen-week evening course',
        end: '2015',
      }),
    ]);
  });

  it('reads the talk with its venue and year, the side project and a language and its level', () => {
    expect(profile.publications).toEqual([
      expect.objectContaining({
        title: 'What night shifts taught me about alarm fatigue',
        venue: 'Embedded World',
        date: '2023',
      }),
    ]);
    expect(profile.projects.map((p) => p.name)).toEqual(['alarmlint']);
    expect(profile.languages).toContainEqual({ name: 'French', proficiency: 'B1' });
  });

  it('takes the availability from the closing chapter and keeps its story searchable', () => {
    expect(profile.identity.availability).toContain('notice period is two months');
    expect(profile.summary.join(' ')).toContain('ideally a lead firmware role in medical devices');
  });
});
