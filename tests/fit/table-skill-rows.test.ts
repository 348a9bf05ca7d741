import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { profileOf } from './profile-fit.ts';

// A backend engineer whose lines start with "Built"; a design engineer with a design system.
const BACKEND = profileOf(`# Omar Haddad

Backend Engineer

## Impact

- Built production-grade billing systems with retry logic.

## Skills

- Go, PostgreSQL
`);

const DESIGNER = profileOf(`# Lea Brandt

Design Engineer

## Work

**Lead Design Engineer** at Maré Travel · 2022 – now
- Built Ondas, the company design system: 60 components, used by 4 product teams.

## Skills

- React, TypeScript, Figma
`);

const JD = `## Requirements

| Skill | Level | Must/Nice |
|---|---|---|
| Design system / component library | Built or maintained one used by more than one team | Must |
| Design tokens & theming | Working knowledge | Must |
`;

const rows = (profile: ReturnType<typeof profileOf>) => createFit(profile).fit(JD).requirements;

describe('a requirements table whose rows name a skill, then what is asked of it', () => {
  it('does not take the verb that opens the second cell for a name the profile holds', () => {
    const [design, tokens] = rows(BACKEND);
    expect(design?.status).not.toBe('met');
    expect(tokens?.status).toBe('missing');
  });

  it('meets the skill named in the first cell where the profile shows it', () => {
    expect(rows(DESIGNER)[0]?.status).toBe('met');
  });
});
