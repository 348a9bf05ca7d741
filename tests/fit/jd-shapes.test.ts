import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';
import { fitFor, statusIn } from './profile-fit.ts';

const texts = (jd: string) => readRequirements(jd).map((r) => `${r.kind}: ${r.text}`);

describe('where the work happens', () => {
  const jd = '## Requirements\n- you are based somewhere in Asia; we are a remote-first team\n';
  it('reads "remote" beside a named region as remote within that region, not anywhere', () => {
    // Ha lives in Vietnam (Asia); Tomás in Portugal.
    expect(statusIn('pham-thu-ha', jd, 'asia')).toBe('met');
    expect(statusIn('tomas-arvelo', jd, 'asia')).toBe('missing');
  });

  it('reads a callout marked non-negotiable as a must-have location line', () => {
    const callout = [
      '## Perks',
      '- A bike',
      '',
      '<aside>',
      '⚠️ **Non-negotiable:** you live in the EU and can work CET +/-2 hours.',
      '</aside>',
    ].join('\n');
    expect(texts(callout)).toEqual(['must: you live in the EU and can work CET +/-2 hours.']);
    expect(statusIn('ingrid-vasquez-holm', callout, 'EU')).toBe('met');
    expect(statusIn('pham-thu-ha', callout, 'EU')).toBe('missing');
  });
});

describe('requirements asked as questions', () => {
  const jd = [
    'Backend Engineer - Acme',
    '',
    '### What we ask everyone',
    '',
    '**Have you run PostgreSQL in production?**',
    '**Is Go your everyday language?**',
    '',
    '### Bonus questions',
    '',
    '**Have you spoken at a conference?**',
    '',
    "### What we'll give you",
    '',
    '- A laptop and a good chair',
  ].join('\n');

  it('reads each question to the reader as a requirement of its section', () => {
    expect(texts(jd)).toEqual([
      'must: Have you run PostgreSQL in production?',
      'must: Is Go your everyday language?',
      'nice: Have you spoken at a conference?',
    ]);
  });

  it('reads the kind of work named before the years ("building web apps for 5+ years")', () => {
    // The shipped profile is a backend engineer: years of backend work are not mobile years.
    const years =
      '## Requirements\n- Have you been building mobile apps for a living for 5+ years?';
    expect(statusIn('shipped', years, 'mobile')).not.toBe('met');
    expect(statusIn('arjun-mehta', years, 'mobile')).toBe('met');
  });

  it('does not read "you don\'t need …" nor "if you …" as something asked for', () => {
    expect(texts("You don't need a PhD. If you have one, great.")).toEqual([]);
  });
});

describe('a first-months timeline', () => {
  it('asks for what one walks in with on day 1, not for the goals of later months', () => {
    const jd = [
      '## Day 1: what you bring',
      '- 3+ years of Go',
      '## Also nice on Day 1',
      '- Kafka',
      '## Month 2 (none of this is expected before you join)',
      "- You've shipped the billing rewrite.",
      '## Month 6',
      '- You own the search service.',
    ].join('\n');
    expect(texts(jd)).toEqual(['must: 3+ years of Go', 'nice: Kafka']);
  });
});

describe('"you might be a fit if" and "you\'re probably not a fit if"', () => {
  it('reads a lack ruled out as the thing asked for, and leaves preferences out', () => {
    const jd = [
      '## You might be a fit if…',
      '- you write Go most days',
      "## You're probably not a fit if…",
      "- you've never run a service in production",
      '- you want to work on a fixed schedule',
    ].join('\n');
    expect(texts(jd)).toEqual([
      'must: you write Go most days',
      "must: you've never run a service in production",
    ]);
  });
});

describe('daily use', () => {
  it('counts a skill listed only with a qualifier ("selective") as close to daily use', () => {
    // The shipped profile lists React under a "selective" frontend group; Tomás lists it plainly.
    const jd = '## Requirements\n- you write React every day\n- React\n';
    expect(statusIn('shipped', jd, 'every day')).toBe('partial');
    expect(statusIn('tomas-arvelo', jd, 'every day')).toBe('met');
  });
});

describe('depth asked of a skill listed only with a qualifier', () => {
  it('counts "deep", "solid" or "in a large codebase" as close, the plain name as met', () => {
    // The shipped profile lists React and TypeScript only under a "selective" frontend group.
    const jd = `## Requirements
- Deep expertise in React and its rendering model
- Solid TypeScript
- TypeScript in a large codebase
- Vue, our only language on the client
- React
`;
    for (const part of ['deep expertise', 'solid typescript', 'large codebase', 'only language'])
      expect(statusIn('shipped', jd, part)).toBe('partial');
    const plain = fitFor('shipped')
      .fit(jd)
      .requirements.find((r) => r.requirement === 'React');
    expect(plain?.status).toBe('met');
    expect(statusIn('tomas-arvelo', jd, 'solid typescript')).toBe('met');
  });
});
