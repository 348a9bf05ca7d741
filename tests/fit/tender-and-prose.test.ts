import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

// A senior backend engineer in Da Nang with TypeScript, React, Node.js, PostgreSQL and AWS, 7
// years, no people management anywhere.
const fitOf = createFit(
  ProfileSchema.parse({
    identity: {
      name: 'Linh Vo',
      title: 'Senior Backend Engineer',
      location: 'Da Nang, Vietnam',
      yearsOfExperience: 7,
    },
    skills: [
      {
        id: 'core',
        name: 'Core',
        skills: [
          { name: 'TypeScript' },
          { name: 'React' },
          { name: 'Node.js' },
          { name: 'PostgreSQL' },
          { name: 'AWS' },
        ],
      },
    ],
  }),
).fit;
const report = (jd: string) => fitOf(jd).requirements;
const find = (jd: string, part: string) => report(jd).find((r) => r.requirement.includes(part));

const tender = `REQUEST FOR QUOTATION

2. TASKS
- Advise architects on security requirements

3. MANDATORY CRITERIA (knock-out)
The candidate must meet ALL mandatory criteria. Offers in which the CV does not demonstrably meet each criterion will be excluded from further evaluation.

M1. At least 5 years of demonstrable work experience with TypeScript.
M2. Experience integrating SAST tooling into CI/CD pipelines.

4. DESIRABLE CRITERIA (scored, max. 70 points)
D1. CISSP or CISM certification. (10 points)
D2. Experience with PostgreSQL. (15 points)
`;

describe('a tender’s numbered criteria', () => {
  it('reads each "M1." criterion as a must and each "D1." under the desirable heading as a nice', () => {
    expect(find(tender, 'SAST tooling')?.kind).toBe('must');
    expect(find(tender, 'CISSP')?.kind).toBe('nice');
    expect(find(tender, 'PostgreSQL')?.kind).toBe('nice');
  });

  it('reports neither the numbered headings nor the rules about the criteria as asks', () => {
    const asked = report(tender)
      .map((r) => r.requirement)
      .join('\n');
    expect(asked).not.toMatch(/DESIRABLE CRITERIA|must meet ALL|excluded from further/);
  });
});

describe('asks written as casual or running prose', () => {
  it('reads a lower-case "need:" list, its sentences too, an ask each', () => {
    const jd =
      "we're hiring an Engineering Manager!\n\nneed: 5+ yrs managing engineers, still hands-on w/ TypeScript, solid AWS. must be based in Vietnam, Singapore or Malaysia";
    expect(report(jd).map((r) => [r.requirement, r.status])).toEqual([
      ['5+ yrs managing engineers', 'missing'],
      ['still hands-on w/ TypeScript', 'met'],
      ['solid AWS', 'met'],
      ['must be based in Vietnam, Singapore or Malaysia', 'met'],
    ]);
  });

  it('splits a sentence that asks a list after a colon, and wishes joined with ", and"', () => {
    const jd =
      "Hey! We're a 9-person startup.\n\nYou'll need at least 5 years of professional software experience and you should be genuinely comfortable on both sides of the stack: solid React on the frontend, Node.js on the server side, and comfortable writing PostgreSQL queries. Next.js experience is a nice bonus since that's what our web app is built with, and AWS knowledge would be useful because nobody likes touching our infra.";
    expect(report(jd).map((r) => [r.requirement, r.kind, r.status])).toEqual([
      ["You'll need at least 5 years of professional software experience", 'must', 'met'],
      ['solid React on the frontend', 'must', 'met'],
      ['Node.js on the server side', 'must', 'met'],
      ['comfortable writing PostgreSQL queries', 'must', 'met'],
      [
        "Next.js experience is a nice bonus since that's what our web app is built with",
        'nice',
        'missing',
      ],
      ['AWS knowledge would be useful because nobody likes touching our infra.', 'nice', 'met'],
    ]);
  });

  it("keeps a labelled lead-in's list as that label says: perks are no asks", () => {
    const jd =
      'We build payments software for clinics in Hanoi and are growing fast this year.\n\nPerks are the usual: fully remote, a $2k home office budget, 4 weeks off and a company-wide week off in December.';
    expect(report(jd)).toEqual([]);
  });
});
