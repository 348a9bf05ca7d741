import { describe, expect, it } from 'vitest';
import { readRequirements } from '../../src/fit/requirements.ts';
import { statusIn } from './profile-fit.ts';

const jd = (line: string) => `## Requirements\n- ${line}\n`;

describe('a chat post with its asks on labelled lines', () => {
  const post = `hiring a senior Go dev for a logistics client, 6mo contract
must: 4y+ golang in prod, postgres, kafka
nice: terraform, grpc
DM me`;

  it('keeps the "nice:" line apart from the "must:" line above it', () => {
    const asks = readRequirements(post).map((r) => `${r.kind} ${r.text}`);
    expect(asks).toEqual(expect.arrayContaining(['nice terraform', 'nice grpc', 'must kafka']));
    expect(asks.some((ask) => ask.includes('nice:'))).toBe(false);
  });

  it('reads "postgres" in lower case as PostgreSQL, which the profile lists', () => {
    expect(statusIn('shipped', post, 'postgres')).toBe('met');
  });

  it('reads "4y+" as years asked of the technology', () => {
    // Arjun lists TypeScript beside seven years of mobile work, and no years of TypeScript.
    expect(statusIn('arjun-mehta', jd('5y+ TypeScript in production'), 'TypeScript')).toBe(
      'partial',
    );
  });
});

describe('two asks joined by "and", one of them a named tool', () => {
  it('holds CI/CD alone close to "CI/CD and release automation for app store builds"', () => {
    const ask = jd(
      'CI/CD and release automation for app store builds (Fastlane, Bitrise or similar)',
    );
    expect(statusIn('shipped', ask, 'release automation')).toBe('partial');
  });

  it('never meets "Go and pandas" on Go alone', () => {
    expect(statusIn('pham-thu-ha', jd('Go and pandas'), 'pandas')).toBe('partial');
  });

  it('reads "mit pandas / NumPy" in German as the choice asked beside Python', () => {
    const ask = jd('Sehr gute Python-Kenntnisse und Erfahrung mit pandas / NumPy');
    expect(statusIn('pham-thu-ha', ask, 'pandas')).toBe('partial');
  });
});

describe('a tool asked as a use of it', () => {
  it('holds Redis used for caching close to "Redis queues", not as meeting it', () => {
    // Dan runs Redis for caching; nothing of his is a queue or a background job.
    const ask = jd('Background job experience (BullMQ, SQS, Redis queues or similar)');
    expect(statusIn('dan-okafor', ask, 'Redis queues')).toBe('partial');
  });
});

describe('publications asked in a field', () => {
  it('takes talks on another field as no publications at ML conferences', () => {
    const ask = jd('Publications at ML conferences (NeurIPS, ICML, KDD)');
    expect(statusIn('amara-okafor', ask, 'Publications')).toBe('missing');
  });
});

describe('an agency posting written as paragraphs', () => {
  const posting = `# Front-end Developer

We make websites and campaigns for museums (you've probably visited one).

So, who are you? You're comfortable picking apart a design in Figma before you start building. You'll be in our Utrecht studio at least three days a week.

Experience with a headless CMS like Sanity would make your first month a lot easier. A bit of Node.js for the odd build script is welcome too. If you've set up a CI pipeline or two (GitHub Actions, we're looking at you), even better.

Send us your CV and two things you've built to jobs@example.org.`;
  const asks = readRequirements(posting);
  const kindOf = (part: string) => asks.find((r) => r.text.includes(part))?.kind;

  it('takes what the studio makes and how to apply for no asks', () => {
    expect(asks.some((r) => r.text.startsWith('We make'))).toBe(false);
    expect(asks.some((r) => r.text.startsWith('Send us your CV'))).toBe(false);
  });

  it('reads the reader described and the studio days as asks', () => {
    expect(kindOf('picking apart a design')).toBe('must');
    expect(asks.find((r) => r.text.includes('Utrecht studio'))?.topic).toBe('location');
  });

  it('reads "welcome too", "even better" and "would make … easier" as nice to have', () => {
    expect(kindOf('headless CMS')).toBe('nice');
    expect(kindOf('Node.js')).toBe('nice');
    expect(kindOf('CI pipeline')).toBe('nice');
  });
});

describe('a qualification list of plain lines, and years asked with tools', () => {
  it('keeps a short last line of the list an ask, not a heading over the pay', () => {
    const posting = `Preferred Qualifications:

Experience with dbt for data modeling

Insurance or financial services industry experience

Compensation

The expected salary range is $112,000 - $148,000.`;
    const asks = readRequirements(posting).map((r) => `${r.kind} ${r.text}`);
    expect(asks).toContain('nice Insurance or financial services industry experience');
  });

  it('asks the tools as well as the years of "5+ yrs shipping backend X on Y"', () => {
    // Six years of backend work, TypeScript listed for the front end, no Node.js.
    const ask = jd('5+ yrs shipping backend TypeScript on Node.js in prod');
    expect(statusIn('shipped', ask, 'Node.js')).toBe('partial');
  });
});
