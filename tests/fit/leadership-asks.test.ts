import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const profileWith = (highlights: string[]) =>
  ProfileSchema.parse({
    identity: { name: 'Sam Ortiz', title: 'Backend Engineer' },
    skills: [{ id: 'backend', name: 'Backend', skills: [{ name: 'Go' }] }],
    roles: [{ company: 'Parcelo', title: 'Backend Engineer', highlights }],
  });
const jd = `## Requirements

- Prior experience as a tech lead
- Has mentored engineers
- People management experience
`;
const statuses = (highlights: string[]) =>
  Object.fromEntries(
    createFit(profileWith(highlights))
      .fit(jd)
      .requirements.map((r) => [r.requirement, r.status]),
  );

describe('a requirement to have led, managed or mentored', () => {
  it('is met by the lines that state it, each ask by its own', () => {
    expect(
      statuses(['Lead a team of 4 engineers on the parcel API', 'Mentored two junior engineers']),
    ).toEqual({
      'Prior experience as a tech lead': 'met',
      'Has mentored engineers': 'met',
      'People management experience': 'met',
    });
  });

  it('is only close when the owner led work but no team, mentee or report is named', () => {
    expect(statuses(['Led the migration of billing to event sourcing'])).toEqual({
      'Prior experience as a tech lead': 'partial',
      'Has mentored engineers': 'partial',
      'People management experience': 'partial',
    });
  });

  it('is missing, never left unclassified, when nothing was led', () => {
    expect(statuses(['Built the parcel tracking API in Go'])).toEqual({
      'Prior experience as a tech lead': 'missing',
      'Has mentored engineers': 'missing',
      'People management experience': 'missing',
    });
  });
});
